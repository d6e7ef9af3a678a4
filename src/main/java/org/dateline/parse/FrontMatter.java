package org.dateline.parse;

/**
 * A Markdown file cut in two.
 *
 * @param yaml the front matter between the {@code ---} lines, or empty when there is none
 * @param yamlFirstLine the file line the front matter starts on (2 when present)
 * @param body the Markdown after it
 * @param bodyFirstLine the file line the body starts on
 * @param kind how the front matter is written: YAML between {@code ---} lines, Hugo's TOML between
 *     {@code +++} lines or a JSON object ({@code yaml} then holds that text)
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine, Kind kind) {

    public enum Kind {
        NONE("no front matter"), YAML("YAML front matter"), TOML("TOML front matter"), JSON("JSON front matter");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    public FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
        this(yaml, yamlFirstLine, body, bodyFirstLine, yamlFirstLine > 0 ? Kind.YAML : Kind.NONE);
    }

    public boolean present() {
        return yamlFirstLine > 0;
    }
}
