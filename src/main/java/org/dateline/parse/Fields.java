package org.dateline.parse;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.ArticleDate;
import org.dateline.model.Correction;
import org.dateline.model.Problem;

/**
 * Typed reading of key-value settings (front matter, a wire header, {@code dateline.yml}), adding a
 * problem that names the line and the expected form whenever a value has the wrong type, and
 * returning a safe default so that every problem in a file is found in one pass.
 */
public final class Fields {

    private final Map<String, Object> values;
    private final LineFinder lines;
    private final String file;
    private final ZoneId zone;
    private final List<Problem> problems;

    interface LineFinder {
        int lineOf(String key);
    }

    /** The values of a YAML file that holds no dates (settings). */
    public Fields(YamlBlock block, String file, List<Problem> problems) {
        this(block.values(), block::lineOf, file, ZoneOffset.UTC, problems);
    }

    Fields(Map<String, Object> values, LineFinder lines, String file, ZoneId zone, List<Problem> problems) {
        this.values = values;
        this.lines = lines;
        this.file = file;
        this.zone = zone;
        this.problems = problems;
    }

    int lineOf(String key) {
        return lines.lineOf(key);
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    /** The first of {@code keys} that is present, or null. */
    String firstPresent(String... keys) {
        for (String key : keys) {
            if (has(key)) {
                return key;
            }
        }
        return null;
    }

    public String text(String key) {
        return text(key, "");
    }

    /** The value as text, or {@code fallback} when it is absent or not text. */
    public String text(String key, String fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value).strip();
        }
        problem(key, key + " should be text, but is a " + YamlBlock.kindOf(value),
                "Write it on one line, e.g. '" + key + ": \"Some text\"'.");
        return fallback;
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback}. */
    public int integer(String key, int fallback, int min, int max) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Integer number && number >= min && number <= max) {
            return number;
        }
        problem(key, key + " should be a whole number from " + min + " to " + max + ", but is '" + value + "'",
                "For example '" + key + ": 20'.");
        return fallback;
    }

    /**
     * A list of names, each one of {@code allowed}, in the order given, or {@code fallback} when the key
     * is absent; {@code example} shows the form in problems.
     */
    public List<String> choices(String key, List<String> allowed, List<String> fallback, String example) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof List<?> list)) {
            problem(key, key + " should be a list, but is '" + value + "'", example + " Known: " + String.join(", ", allowed) + ".");
            return fallback;
        }
        List<String> names = new ArrayList<>();
        for (Object item : list) {
            String name = String.valueOf(item).strip();
            if (!allowed.contains(name)) {
                problem(key, key + " has '" + name + "', which is not known", "Known: " + String.join(", ", allowed) + ". " + example);
            } else if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** A list of names: a YAML list, or one string with commas between the names. */
    List<String> names(String key) {
        Object value = values.get(key);
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value instanceof String text) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return out;
        }
        if (value instanceof List<?> list) {
            Set<String> seen = new HashSet<>(); // not out.contains: a list of 20,000 names would take seconds
            for (Object item : list) {
                if (item instanceof String || item instanceof Number) {
                    String name = String.valueOf(item).strip();
                    if (!name.isEmpty() && seen.add(name)) {
                        out.add(name);
                    }
                } else if (item != null) {
                    problem(key, key + " should be a list of names, but one item is a " + YamlBlock.kindOf(item),
                            "Write '" + key + ": [\"First\", \"Second\"]'.");
                }
            }
            return out;
        }
        problem(key, key + " should be a list of names, but is a " + YamlBlock.kindOf(value) + " ('" + value + "')",
                "Write '" + key + ": [\"First\", \"Second\"]', or one name as '" + key + ": \"Name\"'.");
        return out;
    }

    boolean flag(String key) {
        return flag(key, false);
    }

    /** true or false (also written as text), or {@code fallback}. */
    public boolean flag(String key, boolean fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text);
        }
        problem(key, key + " should be true or false, but is '" + value + "'", "Write '" + key + ": true' or '" + key + ": false'.");
        return fallback;
    }

    /** A date, or null when absent; a value that is not a date adds a problem. */
    ArticleDate date(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        return dateOf(key, value);
    }

    List<Correction> corrections(String key) {
        Object value = values.get(key);
        List<Correction> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof List<?> list)) {
            problem(key, key + " should be a list of dated notes, but is a " + YamlBlock.kindOf(value),
                    "Write each as '- date: 2024-06-02' with 'note: \"What was wrong\"' under it.");
            return out;
        }
        for (Object item : list) {
            if (item instanceof String note) {
                out.add(new Correction(null, note.strip()));
            } else if (item instanceof Map<?, ?> entry && (entry.get("note") != null || entry.get("text") != null)) {
                Object note = entry.get("note") != null ? entry.get("note") : entry.get("text");
                ArticleDate date = entry.get("date") == null ? null : dateOf(key, entry.get("date"));
                out.add(new Correction(date, String.valueOf(note).strip()));
            } else {
                problem(key, "a correction should be a note with an optional date, but one is '" + item + "'",
                        "Write '- date: 2024-06-02' with 'note: \"What was wrong\"' under it.");
            }
        }
        return out;
    }

    private ArticleDate dateOf(String key, Object value) {
        if (value instanceof Date legacy) {
            return new ArticleDate(legacy.toInstant().atZone(zone), true);
        }
        if (value instanceof String text) {
            return DateParser.parse(text, zone).orElseGet(() -> {
                problem(key, key + " '" + text + "' is not a date Dateline can read",
                        "Write it as " + DateParser.FORMATS + ".");
                return null;
            });
        }
        problem(key, key + " should be a date, but is a " + YamlBlock.kindOf(value) + " ('" + value + "')",
                "Write it as " + DateParser.FORMATS + ".");
        return null;
    }

    void problem(String key, String message, String hint) {
        problems.add(Problem.at(file, lineOf(key), message, hint));
    }
}
