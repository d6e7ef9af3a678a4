package org.dateline.parse;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dateline.model.Article;
import org.dateline.model.ArticleDate;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.model.SourceFormat;
import org.dateline.parse.agency.AgencyStory;
import org.dateline.parse.agency.AgencyXmlReader;
import org.dateline.text.Slugs;
import org.dateline.text.Text;

/**
 * Reads one article's text into an {@link Article} (metadata only) and, when its page is rendered,
 * its body into HTML. Markdown front matter and wire-copy headers share one set of keys, so both
 * formats obey the same rules and give the same problems.
 */
public final class ArticleReader {

    /** Keys with a meaning of their own; the rest go to templates as {@code article.extra}. */
    static final Set<String> KNOWN_KEYS = Set.of(
            "title", "date", "updated", "lastmod", "author", "authors", "source", "section", "tags",
            "summary", "description", "excerpt", "dateline", "image", "caption", "slug", "aliases",
            "draft", "embargo", "expiryDate", "expirydate", "corrections", "excerpt_separator");

    static final int MAX_TITLE_LENGTH = 400;
    static final int EXCERPT_LENGTH = 240;

    /** What says an article's language and the key it shares with its translations, on a multilingual site. */
    static final Set<String> LANGUAGE_KEYS = Set.of("lang", "language", "translationKey");

    private final ZoneId zone;
    private final Markdown markdown;
    private final LanguageLayout languages;

    public ArticleReader(ZoneId zone, Markdown markdown) {
        this(zone, markdown, LanguageLayout.NONE);
    }

    public ArticleReader(ZoneId zone, Markdown markdown, LanguageLayout languages) {
        this.zone = zone;
        this.markdown = markdown;
        this.languages = languages;
    }

    /** Reads the metadata of an article; its body is left for later. */
    public ReadResult read(String sourcePath, String file, SourceFormat format, String text) {
        return read(sourcePath, file, format, text, null);
    }

    /**
     * Reads an article and, in the same pass, its body as HTML, so the Markdown is parsed once.
     *
     * @param sourcePath the file's path under the content folder, with {@code /} separators
     * @param file the file's name as problems should show it
     * @param text the file's text, {@code \n} line ends, no byte-order mark
     * @param links given the article, how its body's relative links are rewritten; null to skip the body
     */
    public ReadResult read(String sourcePath, String file, SourceFormat format, String text,
                           Function<Article, UnaryOperator<String>> links) {
        try {
            return switch (format) {
                case MARKDOWN -> readMarkdown(sourcePath, file, text, links);
                case WIRE -> readWire(sourcePath, file, text, links);
                case NITF, NEWSML_G2 -> readAgency(sourcePath, file, format, text, links);
            };
        } catch (ProblemException e) {
            return ReadResult.failed(e.problems());
        } catch (StackOverflowError e) {
            return ReadResult.failed(List.of(tooDeep(file)));
        }
    }

    /**
     * The body of {@code article} as HTML, from its text; relative links and images go through
     * {@code links}. A leading heading that repeats the headline is left out: the page shows it.
     */
    public String bodyHtml(Article article, String file, String text, UnaryOperator<String> links) throws ProblemException {
        try {
            if (article.format() == SourceFormat.MARKDOWN) {
                FrontMatter parts = FrontMatterSplitter.split(text, file);
                MarkdownBody body = markdown.read(ImportedBody.of(parts.body(), separatorOf(parts, file)).markdown());
                body.removeLeadingTitle(article.title());
                return body.html(links);
            }
            if (article.format() != SourceFormat.WIRE) {
                return WireHtml.render(AgencyXmlReader.read(text, file, article.format()).blocks());
            }
            return WireHtml.render(WireCopyReader.read(text).blocks());
        } catch (StackOverflowError e) {
            throw new ProblemException(tooDeep(file));
        }
    }

    /**
     * Flexmark reads and renders nested quotes, lists and emphasis by recursion, with no limit of its
     * own. {@link BodyLimits} refuses the shapes known to overflow the stack; should another do it,
     * the thread survives (the stack unwinds to here, and nothing is shared), and it is told as a
     * problem of the file, not a crash.
     */
    private static Problem tooDeep(String file) {
        return Problem.inFile(file, "the text nests quotes, lists, links or emphasis thousands of levels deep,"
                        + " more than Dateline can read",
                "Look for a run of '>', '*', '_' or '[' that an editor or a script repeated: no article needs more"
                        + " than a few levels.");
    }

    private ReadResult readMarkdown(String sourcePath, String file, String text,
                                    Function<Article, UnaryOperator<String>> links) throws ProblemException {
        if (text.isBlank()) {
            throw new ProblemException(Problem.inFile(file, "the file is empty",
                    "Write the article, or delete the file."));
        }
        FrontMatter parts = FrontMatterSplitter.split(text, file);
        YamlBlock yaml = YamlBlock.read(parts, file);
        ImportedBody imported = ImportedBody.of(parts.body(), yaml.get("excerpt_separator"));
        MarkdownBody body = markdown.readPlain(imported.markdown());
        if (body == null) {
            // Only Flexmark's parser recurses on what BodyLimits refuses; plain paragraphs never reach it.
            BodyLimits.checkRuns(imported.markdown(), file, parts.bodyFirstLine());
            FlexmarkBody flexmark = markdown.readWithFlexmark(imported.markdown());
            BodyLimits.checkDepth(flexmark.document(), file, parts.bodyFirstLine());
            body = flexmark;
        }
        // The heading's own line for problems about the headline: blank lines may come before it.
        int headingLine = parts.bodyFirstLine() + body.firstBlockLine();
        String headingTitle = body.leadingTitle();
        if (headingTitle != null) {
            // The headline is not part of the text to read: leave it out of the word count.
            Object given = yaml.get("title");
            body.removeLeadingTitle(given instanceof String s ? s.strip() : headingTitle);
        }
        int wordCount = body.wordCount();
        if (wordCount == 0 && parts.present() && !yaml.has("summary")) {
            throw new ProblemException(Problem.at(file, parts.bodyFirstLine(), "the article has front matter but no text",
                    "Write the article's text below the closing '---' line."));
        }
        List<Problem> problems = new ArrayList<>();
        GeneratorKeys.Translated keys = GeneratorKeys.translate(yaml.values(), sourcePath);
        Fields fields = new Fields(keys.values(), yaml::lineOf, file, zone, problems);
        // The first paragraph is the excerpt only when no summary is given: do not collect it otherwise.
        boolean summarised = Stream.of("summary", "description", "excerpt")
                .anyMatch(key -> yaml.get(key) instanceof String given && !given.isBlank());
        String firstParagraph = summarised ? ""
                : imported.beforeSeparator() != null ? textBefore(imported.beforeSeparator(), headingTitle)
                : body.firstParagraphText();
        Derived derived = new Derived(headingTitle == null ? keys.titleFromFileName() : headingTitle, headingLine, firstParagraph, wordCount);
        Article article = assemble(sourcePath, file, SourceFormat.MARKDOWN, fields, derived, keys.values(), problems);
        if (article == null) {
            return ReadResult.failed(problems);
        }
        SourceFacts facts = new SourceFacts(JekyllPost.of(sourcePath) != null ? "Jekyll post" : "Markdown, " + parts.kind(),
                keys.dateFromFileName(), imported.leftAsText());
        return new ReadResult(article, links == null ? null : body.html(links.apply(article)), List.of(), facts);
    }

    /** The plain text of the body before its excerpt separator, without the headline. */
    private String textBefore(String before, String headingTitle) {
        com.vladsch.flexmark.util.ast.Document document = markdown.parse(before);
        if (headingTitle != null) {
            Markdown.removeLeadingTitle(document, headingTitle);
        }
        return Markdown.plainText(document).strip().replaceAll("\\s+", " ");
    }

    /** The front matter's excerpt_separator, read only when the front matter names one. */
    private static Object separatorOf(FrontMatter parts, String file) throws ProblemException {
        return parts.yaml().contains("excerpt_separator")
                ? YamlBlock.read(parts, file).get("excerpt_separator") : null;
    }

    private ReadResult readWire(String sourcePath, String file, String text,
                                Function<Article, UnaryOperator<String>> links) throws ProblemException {
        WireStory story = WireCopyReader.read(text);
        if (story.headline().isEmpty()) {
            throw new ProblemException(Problem.inFile(file, "the file is empty",
                    "Put the headline on the first line, then a blank line, then the story."));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        story.header().forEach((key, value) -> {
            String canonical = switch (key) {
                case "headline" -> "title";
                case "by", "byline", "authors" -> "author";
                case "keywords" -> "tags";
                default -> key;
            };
            values.put(canonical, value);
            lines.put(canonical, story.headerLines().get(key));
        });
        if (!story.source().isEmpty() && !values.containsKey("source")) {
            values.put("source", story.source());
        }
        List<Problem> problems = new ArrayList<>();
        Fields fields = new Fields(values, key -> lines.getOrDefault(key, 1), file, zone, problems);
        Derived derived = Derived.of(story.headline(), story.headlineLine(), story.blocks());
        Article article = assemble(sourcePath, file, SourceFormat.WIRE, fields, derived, values, problems);
        if (article == null) {
            return ReadResult.failed(problems);
        }
        return new ReadResult(article, links == null ? null : WireHtml.render(story.blocks()), List.of(),
                new SourceFacts("wire copy", false, Map.of()));
    }

    /** NITF and NewsML-G2: their elements are mapped to front-matter keys, their body read like wire copy's. */
    private ReadResult readAgency(String sourcePath, String file, SourceFormat format, String text,
                                  Function<Article, UnaryOperator<String>> links) throws ProblemException {
        AgencyStory story = AgencyXmlReader.read(text, file, format);
        List<Problem> problems = new ArrayList<>();
        Fields fields = new Fields(story.values(), key -> story.lines().getOrDefault(key, 1), file, zone, problems);
        Derived derived = Derived.of(story.headline(), story.headlineLine(), story.blocks());
        Article article = assemble(sourcePath, file, format, fields, derived, story.values(), problems);
        if (article == null) {
            return ReadResult.failed(problems);
        }
        return new ReadResult(article, links == null ? null : WireHtml.render(story.blocks()), List.of());
    }

    /** What the body tells about the article, for fields the metadata leaves out. */
    private record Derived(String title, int titleLine, String firstParagraph, int wordCount) {

        /** A headline and a body of paragraphs (wire copy, agency XML): the first paragraph that is not a caption. */
        static Derived of(String headline, int headlineLine, List<WireStory.Block> blocks) {
            String firstParagraph = "";
            int words = Text.wordCount(headline);
            for (WireStory.Block block : blocks) {
                words += Text.wordCount(block.text());
                if (firstParagraph.isEmpty() && block instanceof WireStory.Paragraph p && !p.caption()) {
                    firstParagraph = p.text();
                }
            }
            return new Derived(headline, headlineLine, firstParagraph, words);
        }
    }

    /** The article, or null when {@code problems} has gained any. */
    private Article assemble(String sourcePath, String file, SourceFormat format, Fields fields, Derived derived,
                             Map<String, Object> values, List<Problem> problems) {
        ArticleIdentity identity = ArticleIdentity.ofPath(languages.withoutLanguage(sourcePath));

        String title = fields.text("title");
        if (title.isEmpty()) {
            title = derived.title();
        }
        if (title.isEmpty()) {
            problems.add(Problem.at(file, 1, "the article has no headline",
                    "Add 'title: \"The headline\"' to the front matter, or start the text with '# The headline'."));
        } else if (title.length() > MAX_TITLE_LENGTH) {
            int line = fields.has("title") ? fields.lineOf("title") : derived.titleLine();
            problems.add(Problem.at(file, line, "the headline is " + title.length() + " characters long (at most "
                            + MAX_TITLE_LENGTH + " fit a page)",
                    format == SourceFormat.WIRE
                            ? "The first line of wire copy is the headline: put a blank line after a short headline."
                            : "Shorten the title; put the longer text in 'summary:'."));
        }

        String slug = identity.slug();
        if (fields.has("slug")) {
            String given = fields.text("slug");
            String reason = ArticleIdentity.unsafeReason(given);
            if (reason != null) {
                fields.problem("slug", "slug '" + printable(given) + "' cannot be used: " + reason,
                        "Use plain words joined by hyphens, e.g. 'slug: ferry-fares-frozen'.");
            } else {
                slug = Slugs.of(given);
            }
        }
        if (slug.isEmpty()) {
            problems.add(Problem.inFile(file, "the file name gives no usable URL (it has no letter or digit)",
                    "Rename the file, or add 'slug: some-words' to the front matter."));
        }

        String section = identity.section();
        String sectionSlug = identity.sectionSlug();
        if (fields.has("section")) {
            String given = fields.text("section");
            String reason = ArticleIdentity.unsafeReason(given);
            if (reason != null) {
                fields.problem("section", "section '" + printable(given) + "' cannot be used: " + reason,
                        "Name the section in plain words, e.g. 'section: World'.");
            } else if (Slugs.of(given).isEmpty()) {
                fields.problem("section", "section '" + given + "' has no letter or digit to make a URL from",
                        "Name the section in plain words, e.g. 'section: World'.");
            } else {
                section = given;
                sectionSlug = Slugs.of(given);
            }
        }

        ArticleDate date = fields.date("date");
        ArticleDate updated = fields.date(fields.has("updated") ? "updated" : "lastmod");
        ArticleDate embargo = fields.date("embargo");
        // Hugo's key, in either spelling: the article is left out of builds from that instant on.
        String expiryKey = fields.firstPresent("expiryDate", "expirydate");
        ArticleDate expires = expiryKey == null ? null : fields.date(expiryKey);
        String authorsKey = fields.has("authors") ? "authors" : "author";
        List<String> authors = fields.names(authorsKey);
        List<String> tags = fields.names("tags");
        TermLimits.check(fields, authorsKey, "author", authors);
        TermLimits.check(fields, "tags", "tag", tags);
        String source = fields.text("source");
        TermLimits.checkName(fields, "source", "source", source);
        String summaryKey = fields.firstPresent("summary", "description", "excerpt");
        String summary = summaryKey == null ? "" : fields.text(summaryKey);
        String excerpt = Text.excerpt(summary.isEmpty() ? derived.firstParagraph() : summary, EXCERPT_LENGTH);
        if (excerpt.equals(summary)) {
            excerpt = summary; // one copy, not two, of every short summary the archive holds
        }
        // Jekyll's 'published: false' says what 'draft: true' says; any other value (a date, for
        // some exporters) is not a flag and stays in extra, as before.
        Object published = values.get("published");
        boolean draft = fields.flag("draft") || Boolean.FALSE.equals(published)
                || published instanceof String text && text.equalsIgnoreCase("false");
        var corrections = fields.corrections("corrections");
        List<String> aliases = fields.names("aliases");
        String image = fields.text("image");
        if (Markdown.isScriptUrl(image)) {
            fields.problem("image", "image '" + printable(image) + "' is a script or data URL, not the address of a picture",
                    "Give the picture's file name beside the article ('image: photo.jpg') or its https:// address.");
        }

        String language = "";
        String translationKey = "";
        if (languages.multilingual()) {
            String langKey = fields.firstPresent("lang", "language");
            String given = langKey == null ? "" : fields.text(langKey);
            if (!given.isEmpty() && !languages.codes().contains(given)) {
                fields.problem(langKey, langKey + " '" + printable(given) + "' is not one of the site's languages ("
                                + String.join(", ", languages.codes().stream().sorted().toList()) + ")",
                        "Write one of them, or add '" + printable(given) + "' to 'languages:' in dateline.yml.");
            }
            language = languages.languageOf(sourcePath, given);
            // A key from the path starts with a slash, so a note can tell it from one written by hand.
            translationKey = fields.has("translationKey") && !fields.text("translationKey").isEmpty()
                    ? fields.text("translationKey") : "/" + languages.translationKey(sourcePath);
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!KNOWN_KEYS.contains(key) && value != null
                    && !(languages.multilingual() && LANGUAGE_KEYS.contains(key))) {
                extra.put(key, value);
            }
        });
        if (!problems.isEmpty()) {
            return null;
        }
        Article article = new Article(sourcePath, format, title, slug, section, sectionSlug, date, updated,
                authors, tags, source, summary, excerpt, fields.text("dateline"),
                image, fields.text("caption"), aliases, draft,
                embargo == null ? null : embargo.value().toInstant(),
                expires == null ? null : expires.value().toInstant(), corrections, derived.wordCount(), extra);
        return languages.multilingual() ? article.inLanguage(language, translationKey) : article;
    }

    private static String printable(String value) {
        return value.replace("\0", "\\0").replaceAll("\\p{Cntrl}", "?");
    }
}
