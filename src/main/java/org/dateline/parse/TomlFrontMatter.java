package org.dateline.parse;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Hugo's TOML front matter (between {@code +++} lines), read by tomlj into the same plain values
 * YAML gives: text, numbers, true/false, lists and mappings. TOML's dates become their ISO text,
 * which {@link DateParser} reads with the site's zone as it reads a YAML date.
 */
final class TomlFrontMatter {

    private TomlFrontMatter() {
    }

    static Map<String, Object> read(String toml, String file, int firstLine) throws ProblemException {
        TomlParseResult result = Toml.parse(toml);
        if (result.hasErrors()) {
            List<Problem> problems = new ArrayList<>();
            for (TomlParseError error : result.errors()) {
                String message = error.getMessage() == null ? "" : error.getMessage().replaceAll("\\s+", " ").strip();
                problems.add(Problem.at(file, firstLine + Math.max(0, error.position().line() - 1),
                        "the TOML front matter is not valid: " + message,
                        "Write one 'key = value' per line, with text in double quotes: title = \"Ferry fares frozen\"."));
            }
            throw new ProblemException(problems);
        }
        return table(result);
    }

    private static Map<String, Object> table(TomlTable table) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : table.entrySet()) {
            out.put(entry.getKey(), plain(entry.getValue()));
        }
        return out;
    }

    private static Object plain(Object value) {
        if (value instanceof TomlTable table) {
            return table(table);
        }
        if (value instanceof TomlArray array) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                out.add(plain(array.get(i)));
            }
            return out;
        }
        if (value instanceof Long number && number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) {
            return number.intValue(); // as YAML gives a small whole number
        }
        if (value instanceof TemporalAccessor date) {
            return date.toString();
        }
        return value;
    }
}
