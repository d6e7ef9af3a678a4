package org.dateline.parse.agency;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.parse.WireStory;
import org.dateline.xml.XmlElement;

/**
 * An agency body (NITF {@code body.content}, an XHTML {@code body}) as paragraphs and subheadings.
 * Markup is dropped and text kept: every element with text becomes a paragraph unless it holds
 * blocks of its own, so no sentence of the copy is lost to an element this reader does not know.
 */
final class AgencyBody {

    private static final Set<String> HEADINGS = Set.of("hl1", "hl2", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> PARAGRAPHS = Set.of("p", "li", "dt", "dd", "tagline", "note", "biblio", "pre",
            "caption", "figcaption");
    /** Elements with no text for a reader: metadata, scripts, and the header that repeats headline and byline. */
    private static final Set<String> SKIPPED = Set.of("head", "header", "title", "meta", "script", "style",
            "media-reference", "media-metadata", "media-object", "img", "br", "hr");

    private AgencyBody() {
    }

    static void addBlocks(XmlElement container, List<WireStory.Block> out) {
        if (container == null) {
            return;
        }
        for (XmlElement child : container.children()) {
            String name = child.name();
            if (SKIPPED.contains(name)) {
                continue;
            }
            if (HEADINGS.contains(name)) {
                add(new WireStory.Subheading(textOf(child)), out);
            } else if (name.equals("media")) {
                add(new WireStory.Paragraph(caption(child), true), out);
            } else if (name.equals("media-caption")) {
                add(new WireStory.Paragraph(textOf(child), true), out);
            } else if (name.equals("tr")) {
                add(new WireStory.Paragraph(child.children().stream().map(AgencyBody::textOf)
                        .filter(cell -> !cell.isEmpty()).collect(Collectors.joining(" | ")), false), out);
            } else if (PARAGRAPHS.contains(name) || child.children().isEmpty()) {
                add(new WireStory.Paragraph(textOf(child), false), out);
            } else {
                addBlocks(child, out);
            }
        }
    }

    /**
     * A picture's or clip's caption, with the credit of its producer after it: NITF's
     * {@code media-producer} is the photographer, not a paragraph of the story.
     */
    private static String caption(XmlElement media) {
        String caption = media.children("media-caption").stream().map(AgencyBody::textOf)
                .filter(text -> !text.isEmpty()).collect(Collectors.joining(" "));
        String producer = media.children("media-producer").stream().map(AgencyBody::textOf)
                .filter(text -> !text.isEmpty()).collect(Collectors.joining(", "));
        if (producer.isEmpty()) {
            return caption;
        }
        return caption.isEmpty() ? "Credit: " + producer : caption + " Credit: " + producer;
    }

    /** An element's text, leaving out what is not for reading (a script inside a paragraph). */
    private static String textOf(XmlElement element) {
        StringBuilder out = new StringBuilder();
        appendText(element, out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void appendText(XmlElement element, StringBuilder out) {
        for (Object part : element.content()) {
            if (part instanceof String text) {
                out.append(text);
            } else if (part instanceof XmlElement child && !SKIPPED.contains(child.name())) {
                appendText(child, out);
            }
        }
    }

    /** A plain-text body ({@code inlineData}): blank lines separate paragraphs. */
    static void addPlainText(String text, List<WireStory.Block> out) {
        for (String paragraph : text.split("\\n\\s*\\n")) {
            add(new WireStory.Paragraph(paragraph.replaceAll("\\s+", " ").strip(), false), out);
        }
    }

    private static void add(WireStory.Block block, List<WireStory.Block> out) {
        if (!block.text().isEmpty()) {
            out.add(block);
        }
    }
}
