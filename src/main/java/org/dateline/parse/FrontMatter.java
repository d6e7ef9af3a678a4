package org.dateline.parse;

/**
 * A Markdown file cut in two.
 *
 * @param yaml the front matter between the {@code ---} lines, or empty when there is none
 * @param yamlFirstLine the file line the front matter starts on (2 when present)
 * @param body the Markdown after it
 * @param bodyFirstLine the file line the body starts on
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    public boolean present() {
        return yamlFirstLine > 0;
    }
}
