package org.dateline.messages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Problem;

/**
 * One messages file: keys and texts written as in Java's {@code .properties} files ({@code key = text},
 * {@code #} comments, {@code \} at the end of a line to go on, {@code \n} and unicode escapes).
 * Read here rather than by {@link java.util.Properties} so that every entry knows its line, and a
 * mistake can be told with it.
 *
 * @param name the file as problems name it
 * @param entries each key's text and line, in the order of the file
 */
public record MessageFile(String name, Map<String, Entry> entries) {

    public MessageFile {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** A key's text, and the line it starts on. */
    public record Entry(String text, int line) {
    }

    /** A file read: what it says, and what is wrong in it (the lines in question are left out). */
    public record Read(MessageFile file, List<Problem> problems) {
    }

    public static Read parse(String name, String text) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        // Some editors start UTF-8 files with a byte order mark; it is not part of the first key.
        String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        String[] lines = body.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int first = i + 1;
            String line = stripLeading(lines[i]);
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '!') {
                continue;
            }
            StringBuilder logical = new StringBuilder();
            while (endsInEscape(line) && i + 1 < lines.length) {
                logical.append(line, 0, line.length() - 1);
                line = stripLeading(lines[++i]);
            }
            logical.append(endsInEscape(line) ? line.substring(0, line.length() - 1) : line);
            entry(name, logical.toString(), first, entries, problems);
        }
        return new Read(new MessageFile(name, entries), problems);
    }

    private static void entry(String name, String line, int number, Map<String, Entry> entries, List<Problem> problems) {
        int at = 0;
        StringBuilder key = new StringBuilder();
        while (at < line.length()) {
            char c = line.charAt(at);
            if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                break;
            }
            if (c == '\\' && at + 1 < line.length()) {
                at = unescape(line, at, key);
                if (at < 0) {
                    problems.add(badEscape(name, number));
                    return;
                }
                continue;
            }
            key.append(c);
            at++;
        }
        while (at < line.length() && isBlank(line.charAt(at))) {
            at++;
        }
        if (at >= line.length() || (line.charAt(at) != '=' && line.charAt(at) != ':')) {
            problems.add(Problem.at(name, number, "'" + line.strip() + "' has no '=' between a key and its text",
                    "Write each message as 'key = text', e.g. 'search.button = Search'."));
            return;
        }
        if (key.length() == 0) {
            problems.add(Problem.at(name, number, "the line has a text but no key before its '='",
                    "Write each message as 'key = text', e.g. 'search.button = Search'."));
            return;
        }
        at++;
        while (at < line.length() && isBlank(line.charAt(at))) {
            at++;
        }
        StringBuilder value = new StringBuilder(line.length() - at);
        while (at < line.length()) {
            char c = line.charAt(at);
            if (c == '\\' && at + 1 < line.length()) {
                at = unescape(line, at, value);
                if (at < 0) {
                    problems.add(badEscape(name, number));
                    return;
                }
                continue;
            }
            value.append(c);
            at++;
        }
        String k = key.toString();
        Entry before = entries.get(k);
        if (before != null) {
            problems.add(Problem.at(name, number, "the key '" + k + "' is given twice, on lines " + before.line() + " and "
                    + number, "Keep one of them: the text of the other would be lost."));
            return;
        }
        entries.put(k, new Entry(value.toString(), number));
    }

    /** Reads the escape at {@code at} (a backslash) into {@code out}; the index after it, or -1 for a unicode escape without four hex digits. */
    private static int unescape(String line, int at, StringBuilder out) {
        char c = line.charAt(at + 1);
        switch (c) {
            case 't' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 'f' -> out.append('\f');
            case 'u' -> {
                if (at + 6 > line.length()) {
                    return -1;
                }
                try {
                    out.append((char) Integer.parseInt(line.substring(at + 2, at + 6), 16));
                } catch (NumberFormatException e) {
                    return -1;
                }
                return at + 6;
            }
            default -> out.append(c);
        }
        return at + 2;
    }

    private static Problem badEscape(String name, int line) {
        return Problem.at(name, line, "a '\\u' escape is not followed by four hex digits",
                "Write the character itself (the file is read as UTF-8), or \\u and four hex digits, e.g. \\u00e9 for é.");
    }

    /** Whether the line goes on in the next one: it ends in an odd number of backslashes. */
    private static boolean endsInEscape(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static String stripLeading(String line) {
        int at = 0;
        while (at < line.length() && isBlank(line.charAt(at))) {
            at++;
        }
        return line.substring(at);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }
}
