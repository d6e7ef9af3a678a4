package org.dateline.search;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The text of an article body's HTML, as a reader sees it: tags gone, entities decoded, block
 * elements apart as separate lines, script and style contents left out. For the body HTML Dateline
 * itself renders (well-formed, from Flexmark or the wire reader), not for arbitrary pages.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "hr", "section",
            "aside", "dd", "dt", "dl");
    private static final Set<String> HIDDEN = Set.of("script", "style", "template");
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"),
            Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"), Map.entry("hellip", "\u2026"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"),
            Map.entry("rdquo", "\u201d"), Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"),
            Map.entry("trade", "\u2122"), Map.entry("laquo", "\u00ab"), Map.entry("raquo", "\u00bb"));

    private HtmlText() {
    }

    /**
     * Lines of text, one per block, trimmed, no blank lines. The HTML is read as an array, and the
     * text written into one: a body with a curly quote is a string of two-byte characters, whose
     * {@code charAt} and {@code StringBuilder.append} the quick compiler (C1) leaves as calls with
     * their checks, and every article's body comes here.
     */
    public static String of(String html) {
        Lines out = new Lines(html.length());
        char[] chars = html.toCharArray();
        int i = 0;
        int n = chars.length;
        while (i < n) {
            char c = chars[i];
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                String name = tagName(chars, i + 1, end);
                if (HIDDEN.contains(name) && chars[i + 1] != '/') {
                    int close = html.indexOf("</" + name, end);
                    end = close < 0 ? n - 1 : html.indexOf('>', close);
                    if (end < 0) {
                        break;
                    }
                }
                if (BLOCKS.contains(name)) {
                    out.newLine();
                }
                i = end + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                String decoded = semi > i && semi - i <= 10 ? entity(html.substring(i + 1, semi)) : null;
                if (decoded != null) {
                    for (int k = 0; k < decoded.length(); k++) {
                        out.append(decoded.charAt(k));
                    }
                    i = semi + 1;
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.text();
    }

    private static String tagName(char[] html, int from, int end) {
        int start = from < end && html[from] == '/' ? from + 1 : from;
        int stop = start;
        while (stop < end && Character.isLetterOrDigit(html[stop])) {
            stop++;
        }
        return new String(html, start, stop - start).toLowerCase(java.util.Locale.ROOT);
    }

    private static String entity(String name) {
        if (name.startsWith("#")) {
            try {
                int code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(name);
    }

    /**
     * The text as it is written, one line at a time: a run of spaces (a regular expression's
     * {@code [\s\u00a0]+}) becomes one space, each line is stripped as {@link String#strip} does,
     * and empty lines are dropped. One pass over the characters: every article's body comes here.
     */
    private static final class Lines {
        private char[] out;
        private int length;
        /** Whether the line being written has shown a character yet: until then, white space is stripped. */
        private boolean lineHasText;
        private boolean space;

        Lines(int capacity) {
            out = new char[Math.max(16, capacity)];
        }

        private void put(char c) {
            if (length == out.length) {
                out = Arrays.copyOf(out, length * 2);
            }
            out[length++] = c;
        }

        void append(char c) {
            if (c == '\n') {
                newLine();
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b' || c == '\u00a0') {
                space = true;
            } else if (!lineHasText) {
                if (!Character.isWhitespace(c)) {
                    if (length > 0) {
                        put('\n');
                    }
                    put(c);
                    lineHasText = true;
                    space = false;
                }
            } else {
                if (space) {
                    put(' ');
                    space = false;
                }
                put(c);
            }
        }

        void newLine() {
            if (lineHasText) {
                while (Character.isWhitespace(out[length - 1])) {
                    length--; // stops at the line's first character, which is not white space
                }
            }
            lineHasText = false;
            space = false;
        }

        String text() {
            newLine();
            return new String(out, 0, length);
        }
    }
}
