package org.dateline.text;

/** Small text measures shared by the readers. */
public final class Text {

    private Text() {
    }

    public static int wordCount(CharSequence text) {
        char[] chars = text.toString().toCharArray();
        return wordCount(chars, 0, chars.length);
    }

    /**
     * The words of {@code chars[from, to)}. An array, not a {@code CharSequence}: a body of two-byte
     * characters (one curly quote makes it so) costs the quick compiler (C1) a call with checks for
     * each {@code charAt}, and every character of every body is counted.
     */
    public static int wordCount(char[] chars, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            boolean letter = c > ' ' && c < 128 || !isWhitespace(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** {@link Character#isWhitespace}, with the ASCII answer worked out here: it is asked of every character of every body. */
    private static boolean isWhitespace(char c) {
        return c < 128 ? c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c' && c <= '\u001f' : Character.isWhitespace(c);
    }

    /** At most {@code max} characters, cut at a word boundary and marked with an ellipsis when cut. */
    public static String excerpt(String text, int max) {
        String clean = text.replaceAll("\\s+", " ").strip();
        if (clean.length() <= max) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return clean.substring(0, cut).replaceAll("[\\s,;:.\\-–—]+$", "") + "…";
    }
}
