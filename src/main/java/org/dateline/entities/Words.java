package org.dateline.entities;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.dateline.text.Ascii;

/**
 * The words of one text, each knowing whether it is capitalised, starts a sentence, and whether
 * only a space parts it from the word before. A word is a letter, then letters, marks, digits,
 * apostrophes and hyphens, without a closing "'s" or a trailing hyphen or apostrophe; "Geneva-based"
 * is two words, the name and its cue. Every word of every article passes here, so a word is kept as
 * where it stands in the text, and made a string only when the finder asks for it: of most
 * lower-case words it asks nothing but whether they are capitalised.
 */
final class Words {

    private static final byte CAPITALISED = 1;
    private static final byte SENTENCE_START = 2;
    private static final byte JOINED = 4;
    /** Only a space, or a comma and a space, part it from the word before ("Kerry said", "Kerry, who"). */
    private static final byte NEAR = 8;
    /** A hyphen and a lower-case word follow it ("Geneva-based"). */
    private static final byte HYPHEN_AFTER = 16;
    /** Written with a lower-case first letter. */
    private static final byte LOWER_AS_WRITTEN = 32;

    private final String text;
    /** The text's characters, read by index several times each: an array read, not {@code charAt}'s coder and bounds checks. */
    private final char[] chars;
    private int size;
    /** Where {@link #word} starts: the word, or the "&" before it ("AT&T", "Marks & Spencer"). */
    private int[] from;
    private int[] start;
    private int[] end;
    /** Where a word as written ends, with its "'s": what the lower-case words are compared by. */
    private int[] writtenEnd;
    private byte[] flags;
    private String[] words;
    private String[] lowers;

    private Words(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        int capacity = text.length() / 5 + 4;
        from = new int[capacity];
        start = new int[capacity];
        end = new int[capacity];
        writtenEnd = new int[capacity];
        flags = new byte[capacity];
    }

    static Words of(String text) {
        Words words = new Words(text);
        words.read();
        words.words = new String[words.size];
        words.lowers = new String[words.size];
        return words;
    }

    int size() {
        return size;
    }

    String word(int k) {
        String word = words[k];
        if (word == null) {
            word = text.substring(from[k], end[k]);
            words[k] = word;
        }
        return word;
    }

    String lower(int k) {
        String lower = lowers[k];
        if (lower == null) {
            lower = (from[k] == start[k] ? word(k) : text.substring(start[k], end[k])).toLowerCase(Locale.ROOT);
            lowers[k] = lower;
        }
        return lower;
    }

    boolean capitalised(int k) {
        return (flags[k] & CAPITALISED) != 0;
    }

    boolean sentenceStart(int k) {
        return (flags[k] & SENTENCE_START) != 0;
    }

    boolean joined(int k) {
        return (flags[k] & JOINED) != 0;
    }

    boolean near(int k) {
        return (flags[k] & NEAR) != 0;
    }

    boolean hyphenAfter(int k) {
        return (flags[k] & HYPHEN_AFTER) != 0;
    }

    /**
     * Adds to {@code common} those of {@code names} (lower case) that this text writes in lower case,
     * as a word of its own. A word is looked up by the hash of where it stands, as a string's would be,
     * in a small table of the names: no word is made a string for it.
     */
    void lowerCaseAmong(Set<String> names, Set<String> common) {
        int mask = Integer.highestOneBit(names.size() * 4) - 1;
        String[] table = new String[mask + 1];
        int[] hashes = new int[mask + 1];
        for (String name : names) {
            int slot = slot(name.hashCode(), mask);
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = name;
            hashes[slot] = name.hashCode();
        }
        for (int k = 0; k < size; k++) {
            if ((flags[k] & LOWER_AS_WRITTEN) == 0) {
                continue;
            }
            int hash = 0;
            for (int c = start[k]; c < writtenEnd[k]; c++) {
                hash = 31 * hash + chars[c];
            }
            int length = writtenEnd[k] - start[k];
            for (int slot = slot(hash, mask); table[slot] != null; slot = (slot + 1) & mask) {
                String name = table[slot];
                if (hashes[slot] == hash && name.length() == length && text.regionMatches(start[k], name, 0, length)) {
                    common.add(name);
                }
            }
        }
    }

    private static int slot(int hash, int mask) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    /** A loop rather than a regular expression, since every word of every article passes here. */
    private void read() {
        int n = chars.length;
        int last = 0;
        int previousStart = -1;
        int previousEnd = -1;
        boolean possessive = false;
        int i = 0;
        while (i < n) {
            char ch = chars[i];
            int first = ch < 0x80 ? ch : Character.codePointAt(chars, i);
            int width = ch < 0x80 ? 1 : Character.charCount(first);
            if (ch < 0x80 ? !Ascii.isLetter(ch) : !Character.isLetter(first)) {
                i += width;
                continue;
            }
            int wordStart = i;
            int firstHyphen = -1;
            i += width;
            while (i < n) {
                char e = chars[i];
                if (e < 0x80) {
                    if (Ascii.isLetterOrDigit(e) || e == '\'') {
                        i++;
                        continue;
                    }
                    if (e == '-') {
                        firstHyphen = firstHyphen < 0 ? i : firstHyphen;
                        i++;
                        continue;
                    }
                    break;
                }
                int d = Character.codePointAt(chars, i);
                if (d == '’' || Character.isLetterOrDigit(d) || isMark(d)) {
                    i += Character.charCount(d);
                } else {
                    break;
                }
            }
            boolean lowerAsWritten = isLower(chars[wordStart]);
            boolean space = wordStart - last == 1 && chars[last] == ' '; // the usual gap: nothing to work out
            int gapStart = last;
            // What the gap is, read from its characters: the only one that is not white space, and
            // whether there is a line break (a gap is short: a space, ", ", ". ", a paragraph's end).
            char mark = 0;
            int marks = 0;
            boolean newline = false;
            if (!space) {
                for (int g = gapStart; g < wordStart; g++) {
                    char c = chars[g];
                    if (c == '\n') {
                        newline = true;
                    } else if (!Character.isWhitespace(c)) {
                        mark = c;
                        marks++;
                    }
                }
            }
            boolean lone = marks == 1; // the gap is one mark in white space
            last = i;
            int wordEnd = i;
            boolean trailing = false;
            if (wordEnd - wordStart >= 2 && chars[wordEnd - 1] == 's'
                    && (chars[wordEnd - 2] == '\'' || chars[wordEnd - 2] == '’')) {
                wordEnd -= 2;
                trailing = true;
            }
            while (isTrailing(chars[wordEnd - 1])) {
                wordEnd--;
            }
            boolean abbreviation = !space && previousStart >= 0 && lone && mark == '.' && chars[gapStart] == '.'
                    && isAbbreviation(previousStart, previousEnd);
            boolean sentenceStart = previousStart < 0 || !space && !abbreviation && endsSentence(gapStart, wordStart);
            boolean ampersand = !space && lone && mark == '&' && !newline;
            boolean joined = previousStart >= 0 && !possessive && (space || marks == 0 && !newline
                    || abbreviation || ampersand && isUpper(chars[wordStart]));
            int hyphen = firstHyphen < wordEnd ? firstHyphen : -1;
            boolean split = hyphen > wordStart && hyphen < wordEnd - 1 && isLower(chars[hyphen + 1])
                    && !isPrefix(wordStart, hyphen);
            int nameEnd = split ? hyphen : wordEnd; // "Geneva-based": the name, then its cue
            boolean near = joined || !space && !possessive && wordStart - gapStart <= 3 && lone && mark == ','
                    && !newline;
            int flag = (isCapitalised(wordStart, nameEnd, split ? -1 : hyphen) ? CAPITALISED : 0) | (sentenceStart ? SENTENCE_START : 0)
                    | (joined ? JOINED : 0) | (near ? NEAR : 0) | (split ? HYPHEN_AFTER : 0)
                    | (lowerAsWritten ? LOWER_AS_WRITTEN : 0);
            add(ampersand && joined ? gapStart : wordStart, wordStart, nameEnd, i, flag);
            if (split) {
                add(hyphen + 1, hyphen + 1, wordEnd, wordEnd, 0);
            }
            previousStart = wordStart;
            previousEnd = nameEnd;
            possessive = trailing;
        }
    }

    private void add(int wordFrom, int wordStart, int wordEnd, int written, int flag) {
        if (size == flags.length) {
            int capacity = size * 2;
            from = Arrays.copyOf(from, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            writtenEnd = Arrays.copyOf(writtenEnd, capacity);
            flags = Arrays.copyOf(flags, capacity);
        }
        from[size] = wordFrom;
        start[size] = wordStart;
        end[size] = wordEnd;
        writtenEnd[size] = written;
        flags[size] = (byte) flag;
        size++;
    }

    /** "Mr. Kerry", "St. Louis", "J. Smith": a full stop that ends no sentence. */
    private boolean isAbbreviation(int wordStart, int wordEnd) {
        int length = wordEnd - wordStart;
        return length == 1 || length == 2 && text.startsWith("St", wordStart)
                || Cue.HONORIFICS.contains(text.substring(wordStart, wordEnd));
    }

    /**
     * "al-Assad", "el-Sisi", "bin-Laden": a lower-case particle before a capitalised name.
     *
     * @param hyphen the word's first hyphen, or -1
     */
    private boolean isCapitalised(int wordStart, int wordEnd, int hyphen) {
        if (isUpper(chars[wordStart])) {
            return true;
        }
        return hyphen > wordStart && hyphen < wordEnd - 1 && isPrefix(wordStart, hyphen)
                && isUpper(chars[hyphen + 1]);
    }

    private boolean isPrefix(int partStart, int partEnd) {
        int length = partEnd - partStart;
        return length == 2 && (text.startsWith("al", partStart) || text.startsWith("el", partStart))
                || length == 3 && (text.startsWith("bin", partStart) || text.startsWith("ibn", partStart));
    }

    private static boolean isTrailing(char c) {
        return c == '-' || c == '\'' || c == '’';
    }

    /**
     * {@link Character#isUpperCase(char)}, with plain letters answered here: every word asks, and the
     * build's quick compiler (C1) leaves the JDK's table lookup uninlined.
     */
    private static boolean isUpper(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** {@link Character#isLowerCase(char)}, with plain letters answered here, as {@link #isUpper}. */
    private static boolean isLower(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    /** A combining mark (\\p{M}): accents written as characters of their own. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether what stands between two words, {@code chars[from, to)}, ends a sentence (or opens a quotation). */
    private boolean endsSentence(int from, int to) {
        for (int i = from; i < to; i++) {
            switch (chars[i]) {
                case '\n', '.', '!', '?', ':', ';', '"', '“', '”' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}
