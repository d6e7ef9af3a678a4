package org.dateline.parse;

import java.util.Map;

/**
 * A Markdown body as written for Jekyll or Hugo, ready to read: its tags converted
 * ({@link GeneratorTags}) and its excerpt separator taken out. The separator is the front matter's
 * {@code excerpt_separator} (Jekyll) or Hugo's {@code <!--more-->}; the text before it is the
 * article's excerpt.
 *
 * @param markdown the body to read
 * @param beforeSeparator the Markdown before the separator, or null when there is none
 * @param leftAsText the tags left as text, by name, with counts
 */
record ImportedBody(String markdown, String beforeSeparator, Map<String, Integer> leftAsText) {

    static final String MORE = "<!--more-->";

    /** @param separator the front matter's {@code excerpt_separator}, or null */
    static ImportedBody of(String body, Object separator) {
        GeneratorTags.Converted converted = GeneratorTags.convert(body);
        String text = converted.markdown();
        String cut = separator instanceof String given && !given.isBlank() ? given : MORE;
        int at = text.indexOf(cut);
        if (at < 0) {
            return new ImportedBody(text, null, converted.leftAsText());
        }
        String before = text.substring(0, at);
        return new ImportedBody(before + text.substring(at + cut.length()).replace(cut, ""), before, converted.leftAsText());
    }
}
