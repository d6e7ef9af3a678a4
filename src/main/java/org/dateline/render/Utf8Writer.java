package org.dateline.render;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import java.io.Writer;
import java.util.Arrays;

/**
 * Where a page's template writes: what it is given goes straight into UTF-8 bytes. A page written
 * to a {@link java.io.StringWriter} was held as UTF-16 (one "·" in the layout turns the whole
 * buffer to two bytes a character), copied into a String and encoded again: a sixth of rendering.
 *
 * <p>The bytes are exactly those {@code String.getBytes(UTF_8)} gives for everything written, joined:
 * a surrogate pair split between two writes is one character, and an unpaired surrogate is
 * {@code ?}. Numbers are written as Pebble writes them into a {@code StringWriter}
 * ({@link SpecializedWriter}). One page at a time: not for several threads.
 */
final class Utf8Writer extends Writer implements SpecializedWriter {

    private byte[] bytes;
    private int size;
    /** A high surrogate that ended the last write, waiting to see whether its low half comes next. */
    private char pendingHigh;
    /** Where a long string's characters are copied to be encoded (see {@link #append}). */
    private char[] copy = new char[0];
    private static final int COPIED = 64;

    Utf8Writer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** Everything written, as UTF-8. */
    byte[] toByteArray() {
        flushPending();
        return Arrays.copyOf(bytes, size);
    }

    /** Writes bytes that are UTF-8 already (and start with no half of a surrogate pair). */
    void writeUtf8(byte[] utf8) {
        flushPending();
        room(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    @Override
    public void write(String s) {
        append(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) {
        append(s, off, off + len);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        int end = off + len;
        int i = off;
        if (pendingHigh != 0 && i < end) {
            i = joinPending(chars[i], i);
        }
        room(end - i);
        byte[] b = bytes;
        int p = size;
        for (; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else {
                size = p;
                i = wide(c, i, i + 1 < end ? chars[i + 1] : 0, i + 1 < end, end);
                b = bytes;
                p = size;
            }
        }
        size = p;
    }

    @Override
    public void write(int c) {
        write(new char[] {(char) c}, 0, 1);
    }

    private void append(String s, int off, int end) {
        if (end - off >= COPIED) {
            // A long text (a body) is copied out in one call and encoded from the copy: with charAt
            // on each character the writer took nearly twice the time, in the quick compiler small
            // archives are built with.
            int length = end - off;
            if (copy.length < length) {
                copy = new char[Math.max(length, copy.length * 2)];
            }
            s.getChars(off, end, copy, 0);
            write(copy, 0, length);
            return;
        }
        int i = off;
        if (pendingHigh != 0 && i < end) {
            i = joinPending(s.charAt(i), i);
        }
        room(end - i);
        byte[] b = bytes;
        int p = size;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else {
                size = p;
                i = wide(c, i, i + 1 < end ? s.charAt(i + 1) : 0, i + 1 < end, end);
                b = bytes;
                p = size;
            }
        }
        size = p;
    }

    /**
     * Writes the character {@code c} at index {@code i} that is not ASCII; {@code next} is the one
     * after it when {@code hasNext}. Returns the index of the last character used.
     */
    private int wide(char c, int i, char next, boolean hasNext, int end) {
        room(4 + (end - i));
        byte[] b = bytes;
        int p = size;
        if (c < 0x800) {
            b[p++] = (byte) (0xC0 | c >> 6);
            b[p++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            if (!hasNext) {
                pendingHigh = c; // its low half may start the next write
            } else if (Character.isLowSurrogate(next)) {
                p = four(b, p, Character.toCodePoint(c, next));
                i++;
            } else {
                b[p++] = '?';
            }
        } else if (Character.isLowSurrogate(c)) {
            b[p++] = '?';
        } else {
            b[p++] = (byte) (0xE0 | c >> 12);
            b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
            b[p++] = (byte) (0x80 | c & 0x3F);
        }
        size = p;
        return i;
    }

    /** With a high surrogate pending, takes {@code first} of the new write: returns where to go on from. */
    private int joinPending(char first, int i) {
        char high = pendingHigh;
        pendingHigh = 0;
        room(4);
        if (Character.isLowSurrogate(first)) {
            size = four(bytes, size, Character.toCodePoint(high, first));
            return i + 1;
        }
        bytes[size++] = '?';
        return i;
    }

    private void flushPending() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            room(1);
            bytes[size++] = '?';
        }
    }

    private static int four(byte[] b, int p, int codePoint) {
        b[p++] = (byte) (0xF0 | codePoint >> 18);
        b[p++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        b[p++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        b[p++] = (byte) (0x80 | codePoint & 0x3F);
        return p;
    }

    /** Makes room for {@code chars} more ASCII characters (a wider one makes its own room). */
    private void room(int chars) {
        int needed = size + chars;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public void writeSpecialized(int i) {
        write(Integer.toString(i));
    }

    @Override
    public void writeSpecialized(long l) {
        write(Long.toString(l));
    }

    @Override
    public void writeSpecialized(double d) {
        write(Double.toString(d));
    }

    @Override
    public void writeSpecialized(float f) {
        write(Float.toString(f));
    }

    @Override
    public void writeSpecialized(short s) {
        write(Short.toString(s));
    }

    @Override
    public void writeSpecialized(byte b) {
        write(Byte.toString(b));
    }

    @Override
    public void writeSpecialized(char c) {
        write(String.valueOf(c));
    }

    @Override
    public void writeSpecialized(String s) {
        write(s);
    }
}
