package org.dateline.importer;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.regex.Pattern;

/**
 * A WordPress body as Markdown. WordPress stores text typed in its classic editor without
 * {@code <p>} tags and adds them when it shows a post ({@code wpautop}): blank lines part
 * paragraphs and a single line break is a {@code <br>}. That is done here first, for text not
 * already inside a block element, and Flexmark's converter writes the result as Markdown.
 */
final class HtmlToMarkdown {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    /** A chunk that starts with one of these is already HTML blocks, as the block editor writes them. */
    private static final Pattern STARTS_WITH_BLOCK = Pattern.compile(
            "(?is)^\\s*<(?:!--|p[\\s>]|h[1-6]|ul|ol|li|dl|blockquote|pre|div|figure|table|hr|section|article|aside|iframe|form|address|details)");

    private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter.builder(new MutableDataSet()
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
            .set(FlexmarkHtmlConverter.BR_AS_PARA_BREAKS, false)
            .set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false)).build();
    /**
     * The converter puts a space between closing emphasis and the punctuation after it
     * ({@code **stay** .}); the space was not in the text, and a reader sees it.
     */
    private static final Pattern SPACE_AFTER_EMPHASIS = Pattern.compile("(?<=[^\\s*])(\\*{1,2}) (?=[.,;:!?)])");

    private HtmlToMarkdown() {
    }

    /**
     * @param links rewrites the body's links to the old blog
     * @param shortcodes makes captions figures, and counts the shortcodes left as text
     */
    static String convert(String html, OldLinks links, Shortcodes shortcodes) {
        String markdown = CONVERTER.convert(links.rewrite(paragraphs(shortcodes.apply(html.replace("\r\n", "\n")))));
        markdown = SPACE_AFTER_EMPHASIS.matcher(markdown).replaceAll("$1");
        return markdown.strip() + "\n";
    }

    /** WordPress's {@code wpautop}, in short: paragraphs for text written without them. */
    static String paragraphs(String html) {
        StringBuilder out = new StringBuilder();
        for (String chunk : BLANK_LINES.split(html.strip())) {
            if (chunk.isBlank()) {
                continue;
            }
            if (STARTS_WITH_BLOCK.matcher(chunk).lookingAt()) {
                out.append(chunk);
            } else {
                out.append("<p>").append(chunk.strip().replace("\n", "<br>")).append("</p>");
            }
            out.append("\n\n");
        }
        return out.toString();
    }
}
