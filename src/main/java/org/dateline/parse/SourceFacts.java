package org.dateline.parse;

import java.util.Map;

/**
 * What reading an article found out about where it came from, for the report of a migration
 * ({@code dateline check}) and the build's notes.
 *
 * @param form how it is written: "Markdown, YAML front matter", "Jekyll post", "wire copy", …
 * @param dateFromFileName whether its date was taken from a Jekyll post's file name
 * @param leftAsText the Liquid tags and shortcodes left as text in its body, by name, with counts
 */
public record SourceFacts(String form, boolean dateFromFileName, Map<String, Integer> leftAsText) {

    /** For an article taken from the build cache, which was not read again. */
    public static final SourceFacts UNREAD = new SourceFacts("", false, Map.of());

    public SourceFacts {
        leftAsText = Map.copyOf(leftAsText);
    }
}
