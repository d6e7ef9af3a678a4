package org.dateline.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A term's postings as a compact string that JSON carries without escapes: for each article, the
 * gap from the previous article's number and the term's weight there, each as a variable-length
 * number of base-64 digits (five bits of value each, the sixth bit saying another digit follows).
 * Articles are numbered oldest first, so neighbours in time are small gaps: most postings take two
 * characters.
 */
public final class PostingCodec {

    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** One posting: an article's number and a weight from 1 to {@link SearchIndex#MAX_WEIGHT}. */
    public record Posting(int doc, int weight) {
    }

    /** Each digit's value, by character; -1 for characters that are not digits. */
    private static final int[] VALUES = new int[128];

    static {
        Arrays.fill(VALUES, -1);
        for (int i = 0; i < DIGITS.length(); i++) {
            VALUES[DIGITS.charAt(i)] = i;
        }
    }

    private PostingCodec() {
    }

    /** Appends postings, articles in ascending order, to {@code out}. */
    public static void encode(int[] docs, int[] weights, int count, StringBuilder out) {
        int previous = -1;
        for (int i = 0; i < count; i++) {
            number(docs[i] - previous, out);
            number(weights[i], out);
            previous = docs[i];
        }
    }

    /**
     * How long {@link #encode} makes these postings ({@code article << 8 | weight}, ascending), for
     * final weights, which are all below 32 and so one digit each.
     */
    public static long encodedLength(int[] postings, int count) {
        long length = count;
        int previous = -1;
        for (int i = 0; i < count; i++) {
            int doc = postings[i] >>> 8;
            for (int gap = doc - previous; gap >= 32; gap >>>= 5) {
                length++;
            }
            length++;
            previous = doc;
        }
        return length;
    }

    private static void number(int value, StringBuilder out) {
        int v = value;
        while (v >= 32) {
            out.append(DIGITS.charAt(32 | (v & 31)));
            v >>>= 5;
        }
        out.append(DIGITS.charAt(v));
    }

    public static List<Posting> decode(String encoded) {
        int[][] arrays = decodeArrays(encoded);
        List<Posting> postings = new ArrayList<>(arrays[0].length);
        for (int i = 0; i < arrays[0].length; i++) {
            postings.add(new Posting(arrays[0][i], arrays[1][i]));
        }
        return postings;
    }

    /** The postings as two arrays, article numbers and weights, without an object per posting. */
    static int[][] decodeArrays(String encoded) {
        int[] docs = new int[Math.max(1, encoded.length() / 2)];
        int[] weights = new int[docs.length];
        int count = 0;
        int[] at = {0};
        int doc = -1;
        while (at[0] < encoded.length()) {
            doc += number(encoded, at);
            docs[count] = doc;
            weights[count++] = number(encoded, at);
        }
        return new int[][] {Arrays.copyOf(docs, count), Arrays.copyOf(weights, count)};
    }

    private static int number(String encoded, int[] at) {
        int value = 0;
        int shift = 0;
        while (true) {
            char c = encoded.charAt(at[0]++);
            int digit = c < VALUES.length ? VALUES[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("'" + c + "' is not a digit of encoded postings");
            }
            value |= (digit & 31) << shift;
            if ((digit & 32) == 0) {
                return value;
            }
            shift += 5;
        }
    }
}
