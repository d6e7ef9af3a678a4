package org.dateline.text;

/**
 * Text made safe to put into HTML or XML, as element content or an attribute value. The templates'
 * autoescaping goes through it too, so a page's text and its attributes are escaped one way: the same
 * five characters and the same references as Pebble's own {@code html} strategy.
 */
public final class Html {

    private Html() {
    }

    /** {@code text} with {@code < > & " '} escaped; {@code text} itself when it has none of them. */
    public static String escape(String text) {
        int first = firstSpecial(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        out.append(text, 0, first);
        escape(text, first, out);
        return out.toString();
    }

    public static void escape(String text, StringBuilder out) {
        escape(text, 0, out);
    }

    private static void escape(String text, int from, StringBuilder out) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    private static int firstSpecial(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                return i;
            }
        }
        return -1;
    }
}
