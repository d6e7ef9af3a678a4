package org.dateline.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into words as search sees them: accents and case folded away ("Genève" is "geneve"),
 * apostrophes inside a word dropped ("Kerry's" is "kerrys", "O'Neill" is "oneill"), every other
 * character that is not a letter or digit a separator. Ideographs (Chinese, Japanese kanji), which
 * are written without spaces, are one word each. The browser's tokenizer in {@code search.js} does
 * the same, character for character.
 */
public final class Tokenizer {

    /** Longer runs are not words a reader types (hashes, URLs glued together) and are skipped. */
    public static final int MAX_WORD = 40;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Tokenizer() {
    }

    /**
     * Folds case and accents: NFKD, combining marks removed, lower case. Only the runs of non-ASCII
     * characters go through the normaliser (ASCII characters decompose to themselves and start a
     * new combining sequence, so this is the same as normalising the whole): most news text is
     * ASCII with a few quotes and dashes, and this is the indexer's hottest loop.
     */
    public static String fold(String text) {
        StringBuilder out = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (text.charAt(i) < 0x80) {
                if (out != null) {
                    out.append(text.charAt(i));
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 16).append(text, 0, i);
            }
            int end = i;
            while (end < n && text.charAt(end) >= 0x80) {
                end++;
            }
            String decomposed = Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFKD);
            out.append(MARKS.matcher(decomposed).replaceAll(""));
            i = end;
        }
        return (out == null ? text : out.toString()).toLowerCase(Locale.ROOT);
    }

    /** The words of {@code text}, folded, in order. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String folded = fold(text);
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < folded.length()) {
            int c = folded.codePointAt(i);
            int next = i + Character.charCount(c);
            if (Character.isIdeographic(c)) {
                flush(word, words);
                words.add(new String(Character.toChars(c)));
            } else if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (isApostrophe(c) && word.length() > 0 && next < folded.length()
                    && isWordChar(folded.codePointAt(next))) {
                // inside a word: dropped, the word goes on
            } else {
                flush(word, words);
            }
            i = next;
        }
        flush(word, words);
        return words;
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) && !Character.isIdeographic(c);
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019';
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0 && word.length() <= MAX_WORD) {
            words.add(word.toString());
        }
        word.setLength(0);
    }
}
