package org.dateline.parse.agency;

import java.util.List;
import java.util.Map;
import org.dateline.parse.WireStory;

/**
 * An agency item, read into front-matter keys and a body.
 *
 * @param values the article's fields under the keys front matter uses (text, or a list of names)
 * @param lines the line of the element each value came from
 * @param headline the headline (also in {@code values} as {@code title})
 * @param headlineLine its line
 * @param blocks the body, paragraphs and subheadings in order
 */
public record AgencyStory(Map<String, Object> values, Map<String, Integer> lines, String headline, int headlineLine,
                          List<WireStory.Block> blocks) {

    public AgencyStory {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        lines = Map.copyOf(lines);
        blocks = List.copyOf(blocks);
    }
}
