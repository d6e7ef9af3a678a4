package org.dateline.json;

import java.util.Collection;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and nulls as JSON. Map entries keep their order;
 * a null value in a map drops the key. {@code <}, {@code >}, {@code &} and the line separators
 * U+2028/U+2029 are escaped too, so the output is safe inside an HTML {@code <script>} element.
 */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out);
        return out.toString();
    }

    public static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            string(text, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte) {
            out.append(value);
        } else if (value instanceof Number number) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no " + d);
            }
            out.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d));
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getValue() == null) {
                    continue;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else {
            string(value.toString(), out);
        }
    }

    /**
     * The text read from an array and copied out in runs that need no escape: every page's JSON-LD and
     * every search text file goes through here, and a body's text with a curly quote is a two-byte
     * string, whose {@code charAt} (and a builder's append of part of it, char by char) C1 leaves as calls.
     */
    private static void string(CharSequence text, StringBuilder out) {
        out.append('"');
        char[] chars = text.toString().toCharArray();
        int n = chars.length;
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                out.append(chars, start, i - start);
                escape(c, out);
                start = i + 1;
            }
        }
        out.append(chars, start, n - start);
        out.append('"');
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> unicode(c, out);
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void unicode(char c, StringBuilder out) {
        out.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
    }

    /**
     * Reads JSON text back: objects as ordered maps, arrays as lists, strings, numbers as Long or
     * Double, booleans and null. For reading back files this program wrote, so it is strict and plain.
     *
     * @throws IllegalArgumentException when the text is not JSON, saying where
     */
    public static Object read(CharSequence text) {
        Reader reader = new Reader(text);
        Object value = reader.value();
        reader.space();
        if (reader.at < text.length()) {
            throw reader.error("more after the value");
        }
        return value;
    }

    private static final class Reader {
        private final CharSequence text;
        private int at;

        Reader(CharSequence text) {
            this.text = text;
        }

        Object value() {
            space();
            if (at >= text.length()) {
                throw error("a value was expected");
            }
            char c = text.charAt(at);
            switch (c) {
                case '{' -> {
                    at++;
                    Map<String, Object> map = new java.util.LinkedHashMap<>();
                    if (next() == '}') {
                        at++;
                        return map;
                    }
                    while (true) {
                        if (next() != '"') {
                            throw error("a key was expected");
                        }
                        String key = string();
                        expect(':');
                        map.put(key, value());
                        if (next() == ',') {
                            at++;
                        } else {
                            expect('}');
                            return map;
                        }
                    }
                }
                case '[' -> {
                    at++;
                    java.util.List<Object> list = new java.util.ArrayList<>();
                    if (next() == ']') {
                        at++;
                        return list;
                    }
                    while (true) {
                        list.add(value());
                        if (next() == ',') {
                            at++;
                        } else {
                            expect(']');
                            return list;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    return literal();
                }
            }
        }

        private String string() {
            at++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (at >= text.length()) {
                    throw error("a string does not end");
                }
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (at >= text.length()) {
                    throw error("a string does not end");
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw error("a \\u escape is cut short");
                        }
                        out.append((char) Integer.parseInt(text, at, at + 4, 16));
                        at += 4;
                    }
                    default -> out.append(e);
                }
            }
        }

        private Object literal() {
            int start = at;
            while (at < text.length() && "{}[],: \t\r\n".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String word = text.subSequence(start, at).toString();
            switch (word) {
                case "true" -> {
                    return Boolean.TRUE;
                }
                case "false" -> {
                    return Boolean.FALSE;
                }
                case "null" -> {
                    return null;
                }
                default -> {
                    try {
                        return word.matches("-?\\d+") ? (Object) Long.parseLong(word) : (Object) Double.parseDouble(word);
                    } catch (NumberFormatException e) {
                        at = start;
                        throw error("'" + word + "' is not a JSON value");
                    }
                }
            }
        }

        private char next() {
            space();
            if (at >= text.length()) {
                throw error("the text ends too soon");
            }
            return text.charAt(at);
        }

        private void expect(char c) {
            if (next() != c) {
                throw error("'" + c + "' was expected");
            }
            at++;
        }

        void space() {
            while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("not JSON: " + what + " at character " + at);
        }
    }
}
