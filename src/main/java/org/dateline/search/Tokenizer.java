package org.dateline.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dateline.text.Ascii;

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
        int n = text.length();
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < n && chars[i] < 0x80) {
            i++;
        }
        if (i == n) {
            return text.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(n + 16).append(chars, 0, i);
        while (i < n) {
            int end = i;
            while (end < n && chars[end] >= 0x80) {
                end++;
            }
            String decomposed = Normalizer.normalize(new String(chars, i, end - i), Normalizer.Form.NFKD);
            out.append(MARKS.matcher(decomposed).replaceAll(""));
            i = end;
            while (end < n && chars[end] < 0x80) {
                end++;
            }
            out.append(chars, i, end - i);
            i = end;
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The words of {@code text}, folded, in order. */
    public static List<String> words(String text) {
        return words(text, true);
    }

    /**
     * The words of {@code text}, folded, in order. Read from an array, plain letters and digits
     * answered here: a body with one curly quote is a string of two-byte characters, whose
     * {@code codePointAt} and {@code StringBuilder.appendCodePoint} the quick compiler (C1) leaves
     * as calls with their checks, and every word of every article passes here.
     *
     * @param apostrophesJoin whether an apostrophe inside a word is dropped, as in English
     *     ("Kerry's" is "kerrys"), or separates words, as French and Italian elide articles
     *     ("l'élection" is "l", "election") and Turkish marks suffixes ("Türkiye'nin")
     */
    public static List<String> words(String text, boolean apostrophesJoin) {
        List<String> words = new ArrayList<>();
        char[] folded = fold(text).toCharArray();
        int n = folded.length;
        Word word = new Word();
        int i = 0;
        while (i < n) {
            char ch = folded[i];
            if (ch < 0x80) {
                if (Ascii.isLetterOrDigit(ch)) {
                    word.add(ch);
                } else if (!(apostrophesJoin && ch == '\'' && word.length > 0 && i + 1 < n
                        && isWordChar(Character.codePointAt(folded, i + 1)))) {
                    word.flushInto(words);
                }
                i++;
                continue;
            }
            int c = Character.codePointAt(folded, i);
            int next = i + Character.charCount(c);
            if (Character.isIdeographic(c)) {
                word.flushInto(words);
                words.add(new String(Character.toChars(c)));
            } else if (Character.isLetterOrDigit(c)) {
                word.add(folded, i, next);
            } else if (apostrophesJoin && isApostrophe(c) && word.length > 0 && next < n
                    && isWordChar(Character.codePointAt(folded, next))) {
                // inside a word: dropped, the word goes on
            } else {
                word.flushInto(words);
            }
            i = next;
        }
        word.flushInto(words);
        return words;
    }

    /** The word being read, in an array of its own. */
    private static final class Word {
        private char[] chars = new char[MAX_WORD + 2];
        private int length;

        void add(char c) {
            if (length == chars.length) {
                chars = Arrays.copyOf(chars, length * 2);
            }
            chars[length++] = c;
        }

        void add(char[] from, int start, int end) {
            for (int k = start; k < end; k++) {
                add(from[k]);
            }
        }

        /** Adds the word to {@code words} unless it is empty or longer than {@value Tokenizer#MAX_WORD}, and starts the next. */
        void flushInto(List<String> words) {
            if (length > 0 && length <= MAX_WORD) {
                words.add(new String(chars, 0, length));
            }
            length = 0;
        }
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
}
