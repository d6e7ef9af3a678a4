package org.dateline.parse;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.model.SectionIndex;
import org.dateline.text.Slugs;
import org.dateline.text.Text;

/**
 * Reads Hugo's {@code _index.md} (or {@code _index.en.md}): its front matter's {@code title} and
 * {@code description} (or {@code summary}); without either, the first paragraph of its text is the
 * description, as an article's is its excerpt. Its front matter is read as an article's is, YAML,
 * TOML or JSON, with the same problems.
 */
public final class SectionIndexReader {

    private final Markdown markdown;

    public SectionIndexReader(Markdown markdown) {
        this.markdown = markdown;
    }

    /**
     * @param sourcePath the file's path under the content folder: {@code _index.md} or {@code world/_index.md}
     * @param file the file's name as problems should show it
     * @param text the file's text, {@code \n} line ends, no byte-order mark
     * @throws ProblemException for front matter that cannot be read, or a title that cannot name a section
     */
    public SectionIndex read(String sourcePath, String file, String text) throws ProblemException {
        FrontMatter parts = FrontMatterSplitter.split(text, file);
        YamlBlock yaml = YamlBlock.read(parts, file);
        List<Problem> problems = new ArrayList<>();
        Fields fields = new Fields(yaml, file, problems);
        String title = fields.text("title");
        // Only shown, never part of a URL (the folder's name is): any words will do, but not control characters.
        String reason = title.chars().anyMatch(Character::isISOControl) ? "it holds control characters" : null;
        if (title.length() > ArticleReader.MAX_TITLE_LENGTH) {
            reason = "it is " + title.length() + " characters long (at most " + ArticleReader.MAX_TITLE_LENGTH + ")";
        }
        if (reason != null) {
            fields.problem("title", "the section's title '" + title.replaceAll("\\p{Cntrl}", "?")
                    + "' cannot be used: " + reason, "Name the section in plain words, e.g. 'title: World news'.");
        }
        String key = fields.firstPresent("description", "summary");
        String description = key == null ? "" : fields.text(key);
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        if (description.isEmpty() && !parts.body().isBlank()) {
            BodyLimits.checkRuns(parts.body(), file, parts.bodyFirstLine());
            MarkdownBody body = markdown.read(parts.body());
            if (body instanceof FlexmarkBody flexmark) {
                BodyLimits.checkDepth(flexmark.document(), file, parts.bodyFirstLine());
            }
            description = Text.excerpt(body.firstParagraphText(), ArticleReader.EXCERPT_LENGTH);
        }
        int slash = sourcePath.indexOf('/');
        String slug = slash < 0 ? "" : Slugs.of(sourcePath.substring(0, slash));
        return new SectionIndex(sourcePath, slug, title, description);
    }
}
