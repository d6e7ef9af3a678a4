package org.dateline.parse;

import java.util.List;
import java.util.Map;

/**
 * Plain-text wire copy, read into its parts.
 *
 * @param header the {@code Key: value} lines above the story, keys in lower case
 * @param headerLines the file line of each header key
 * @param headline the first line of the story
 * @param headlineLine its line in the file
 * @param blocks the body, paragraphs and subheadings in order
 * @param source the agency named on a closing {@code Source:} line, or empty
 */
public record WireStory(
        Map<String, String> header,
        Map<String, Integer> headerLines,
        String headline,
        int headlineLine,
        List<Block> blocks,
        String source) {

    public WireStory {
        header = Map.copyOf(header);
        headerLines = Map.copyOf(headerLines);
        blocks = List.copyOf(blocks);
    }

    /** A piece of the body. */
    public sealed interface Block permits Paragraph, Subheading {
        String text();
    }

    /**
     * @param caption whether the text appeared more than once word for word, which is how a photo
     *     caption pasted under a picture and again as its alt text looks in wire copy
     */
    public record Paragraph(String text, boolean caption) implements Block {
    }

    public record Subheading(String text) implements Block {
    }
}
