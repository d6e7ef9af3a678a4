package org.dateline.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Reads the front matter nearly every article has — {@code key: value} lines whose values are
 * quoted or plain text on one line, or lists of such text in brackets or on {@code - } lines — a
 * few times faster than the full YAML parser, and without its start-up cost in a fresh JVM.
 *
 * <p>It answers only when it is sure to give what the full parser gives: anything outside that
 * subset (numbers, nesting, anchors, tags, block scalars, escapes other than the common ones, a
 * repeated key, a tab, a line that goes on below, …) makes it answer null, and the caller hands
 * the text to the full parser, which reads it or names the problem. Plain text is typed by the
 * full parser's own {@link ScalarResolver}, so "true", "12" or "null" never pass as text.
 */
final class SimpleYaml {

    /** Past this the full parser's own limits and messages apply. */
    private static final int MAX_LENGTH = 64 * 1024;

    /** Marks a value outside the subset (null is a value: an empty one). */
    private static final Object NOT_SIMPLE = new Object();

    private final ScalarResolver resolver;
    private final String[] lines;
    private int next;

    private SimpleYaml(String yaml, ScalarResolver resolver) {
        this.resolver = resolver;
        this.lines = yaml.split("\n", -1);
    }

    /** The mapping {@code yaml} holds, keys in order, or null when the full parser must read it. */
    static Map<String, Object> read(String yaml, ScalarResolver resolver) {
        if (yaml.length() > MAX_LENGTH || !plainCharacters(yaml)) {
            return null;
        }
        return new SimpleYaml(yaml, resolver).mapping();
    }

    private Map<String, Object> mapping() {
        Map<String, Object> values = new LinkedHashMap<>();
        while (next < lines.length) {
            String line = lines[next++];
            if (isBlankOrComment(line)) {
                continue;
            }
            int colon = keyEnd(line);
            if (colon < 0) {
                return null;
            }
            String key = line.substring(0, colon);
            if (resolver.resolve(key, true) != Tag.STR || values.containsKey(key)) {
                return null; // a typed key, or a repeated one: the full parser says what it makes of it
            }
            String rest = trimSpaces(line, colon + 1, line.length());
            boolean onLinesBelow = rest.isEmpty() || rest.charAt(0) == '#';
            Object value = !onLinesBelow ? inlineValue(rest)
                    : next < lines.length && itemIndent(lines[next]) >= 0 ? blockList() : null;
            if (value == NOT_SIMPLE) {
                return null;
            }
            values.put(key, value);
        }
        return values;
    }

    /** The {@code - item} lines from {@link #next}, all at the first one's indent. */
    private Object blockList() {
        int indent = itemIndent(lines[next]);
        List<Object> items = new ArrayList<>();
        while (next < lines.length && itemIndent(lines[next]) == indent) {
            String item = trimSpaces(lines[next], indent + 1, lines[next].length());
            if (item.isEmpty()) {
                return NOT_SIMPLE;
            }
            Object value = scalar(item, false);
            if (value == NOT_SIMPLE) {
                return NOT_SIMPLE;
            }
            items.add(value);
            next++;
        }
        return items;
    }

    /** A value written on the key's own line: a list in brackets, or one scalar. */
    private Object inlineValue(String text) {
        if (text.charAt(0) != '[') {
            return scalar(text, false);
        }
        int close = text.indexOf(']');
        if (close < 0 || !endsClean(text, close + 1) || text.indexOf('[', 1) >= 0) {
            return NOT_SIMPLE;
        }
        List<Object> items = new ArrayList<>();
        String inside = trimSpaces(text, 1, close);
        if (inside.isEmpty()) {
            return items;
        }
        int start = 0;
        while (true) {
            int comma = nextComma(inside, start);
            if (comma == -2) {
                return NOT_SIMPLE;
            }
            String item = trimSpaces(inside, start, comma < 0 ? inside.length() : comma);
            if (item.isEmpty()) {
                return NOT_SIMPLE; // "[a, , b]" or a trailing comma
            }
            Object value = scalar(item, true);
            if (value == NOT_SIMPLE) {
                return NOT_SIMPLE;
            }
            items.add(value);
            if (comma < 0) {
                return items;
            }
            start = comma + 1;
        }
    }

    /** The comma ending the flow item that starts at {@code from}, -1 at the end, -2 for a quote not closed. */
    private static int nextComma(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            int close = closingQuote(text, i);
            if (close < 0) {
                return -2;
            }
            i = close + 1;
        }
        return text.indexOf(',', i);
    }

    /**
     * One scalar, the whole of {@code text} (already trimmed, maybe followed by a comment): quoted,
     * or plain text that the resolver calls text.
     */
    private Object scalar(String text, boolean inBrackets) {
        char first = text.charAt(0);
        if (first == '"' || first == '\'') {
            int close = closingQuote(text, 0);
            // In brackets a comment would take the closing bracket with it: nothing may follow there.
            if (close < 0 || (inBrackets ? close + 1 != text.length() : !endsClean(text, close + 1))) {
                return NOT_SIMPLE;
            }
            return first == '"' ? unescapeDouble(text, 1, close) : text.substring(1, close).replace("''", "'");
        }
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0 || text.endsWith(":")
                || text.contains(": ") || text.contains(" #")
                || inBrackets && (text.indexOf(':') >= 0 || text.indexOf('#') >= 0
                        || text.indexOf('{') >= 0 || text.indexOf('}') >= 0)) {
            return NOT_SIMPLE;
        }
        return resolver.resolve(text, true) == Tag.STR ? text : NOT_SIMPLE;
    }

    /** Where the quote opened at {@code open} closes on this line, or -1. */
    private static int closingQuote(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++; // '' is a quote inside single quotes
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The text of a double-quoted scalar, or {@link #NOT_SIMPLE} for an escape left to the full parser. */
    private static Object unescapeDouble(String text, int from, int to) {
        int slash = text.indexOf('\\', from);
        if (slash < 0 || slash >= to) {
            return text.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(++i);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                default -> {
                    return NOT_SIMPLE;
                }
            }
        }
        return out.toString();
    }

    /** Whether what follows position {@code from} is nothing, or spaces and then a comment. */
    private static boolean endsClean(String text, int from) {
        if (from == text.length()) {
            return true;
        }
        if (text.charAt(from) != ' ') {
            return false;
        }
        String rest = trimSpaces(text, from, text.length());
        return rest.isEmpty() || rest.charAt(0) == '#';
    }

    /** The column of a {@code - item} line's dash, or -1 when the line is not one. */
    private static int itemIndent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i < line.length() && line.charAt(i) == '-' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
            return i;
        }
        return -1;
    }

    /** Where a plain top-level key ends (at its colon, followed by a space or the line's end), or -1. */
    private static int keyEnd(String line) {
        if (line.isEmpty() || !isKeyStart(line.charAt(0))) {
            return -1;
        }
        int i = 1;
        while (i < line.length() && isKeyPart(line.charAt(i))) {
            i++;
        }
        if (i < line.length() && line.charAt(i) == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
            return i;
        }
        return -1;
    }

    private static boolean isKeyStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isKeyPart(char c) {
        return isKeyStart(c) || c >= '0' && c <= '9' || c == '-';
    }

    private static boolean isBlankOrComment(String line) {
        String text = trimSpaces(line, 0, line.length());
        return text.isEmpty() || text.charAt(0) == '#';
    }

    /** YAML's own trimming: spaces only (tabs never reach here), not every Unicode blank. */
    private static String trimSpaces(String text, int from, int to) {
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        return text.substring(from, to);
    }

    /**
     * No tab, control, byte-order mark, non-character or surrogate: their rules (and the full
     * parser's refusals) are left to the full parser.
     */
    private static boolean plainCharacters(String yaml) {
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c < ' ' && c != '\n' || c >= 0x7f && c <= 0x9f || c >= 0xd800 && c <= 0xdfff
                    || c == 0x2028 || c == 0x2029 || c == 0xfeff || c >= 0xfffe) {
                return false;
            }
        }
        return true;
    }
}
