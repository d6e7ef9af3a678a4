package org.dateline.importer;

import java.util.List;

/** Writes YAML front matter whose values are always quoted, so no title or name can change its meaning. */
final class FrontMatterWriter {

    private final StringBuilder out = new StringBuilder("---\n");

    FrontMatterWriter text(String key, String value) {
        if (value != null && !value.isBlank()) {
            out.append(key).append(": ").append(quoted(value.strip())).append('\n');
        }
        return this;
    }

    /** A date as Dateline reads it, unquoted like the dates people write. */
    FrontMatterWriter date(String key, String value) {
        if (value != null && !value.isEmpty()) {
            out.append(key).append(": ").append(value).append('\n');
        }
        return this;
    }

    FrontMatterWriter list(String key, List<String> values) {
        if (!values.isEmpty()) {
            out.append(key).append(':').append('\n');
            values.forEach(value -> out.append("  - ").append(quoted(value)).append('\n'));
        }
        return this;
    }

    FrontMatterWriter plain(String key, String value) {
        out.append(key).append(": ").append(value).append('\n');
        return this;
    }

    String end() {
        return out.append("---\n").toString();
    }

    /** A YAML double-quoted scalar. */
    static String quoted(String value) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        q.append(String.format("\\x%02x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
