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
        return words(text, true);
    }

    /**
     * The words of {@code text}, folded, in order.
     *
     * @param apostrophesJoin whether an apostrophe inside a word is dropped, as in English
     *     ("Kerry's" is "kerrys"), or separates words, as French and Italian elide articles
     *     ("l'élection" is "l", "election") and Turkish marks suffixes ("Türkiye'nin")
     */
    public static List<String> words(String text, boolean apostrophesJoin) {
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
            } else if (apostrophesJoin && isApostrophe(c) && word.length() > 0 && next < folded.length()
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

    /**
     * The words of {@code text} as written, in lower case but with their accents, each beside its
     * folded form: for a stemmer whose rules need the accents (Turkish's vowels, French's é), while
     * the index and the browser still meet on folded words. Apostrophes separate words. Words end
     * where {@link #words(String, boolean)} ends them, but for characters whose compatibility
     * decomposition holds a separator (a fraction, say).
     *
     * @return pairs: the word as written, then its folded form
     */
    public static List<String[]> wordsAsWritten(String text) {
        List<String[]> words = new ArrayList<>();
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < lower.length()) {
            int c = lower.codePointAt(i);
            int type = Character.getType(c);
            if (Character.isIdeographic(c)) {
                flushAsWritten(word, words);
                String one = new String(Character.toChars(c));
                words.add(new String[] {one, fold(one)});
            } else if (Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                word.appendCodePoint(c);
            } else {
                flushAsWritten(word, words);
            }
            i += Character.charCount(c);
        }
        flushAsWritten(word, words);
        return words;
    }

    private static void flushAsWritten(StringBuilder word, List<String[]> words) {
        if (word.length() > 0) {
            String folded = fold(word.toString());
            if (!folded.isEmpty() && folded.length() <= MAX_WORD) {
                words.add(new String[] {word.toString(), folded});
            }
        }
        word.setLength(0);
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
