package org.dateline.text;

/**
 * Plain letters and digits, asked of single characters in the loops that read every character of
 * every body; {@link Character}'s own methods look each up in the JDK's tables.
 */
public final class Ascii {

    private Ascii() {
    }

    /** {@code a}–{@code z} or {@code A}–{@code Z}. */
    public static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A plain letter, or {@code 0}–{@code 9}. */
    public static boolean isLetterOrDigit(char c) {
        return isLetter(c) || c >= '0' && c <= '9';
    }
}
