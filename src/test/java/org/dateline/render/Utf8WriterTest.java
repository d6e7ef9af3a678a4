package org.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

    /** Characters of every width, and both halves of surrogate pairs, to be put together at random. */
    private static final char[] ALPHABET = {'a', 'Z', '<', '\n', '\u0000', '\u007f', '\u0080', 'é', 'ÿ', '\u0100', '·',
            '—', '‹', '…', '\u07ff', '\u0800', '中', '\uffff', '\ud83d', '\ude00', '\ud800', '\udbff', '\udc00', '\udfff'};

    @Test
    void writesWhatGetBytesGivesForTheWholeText() {
        Utf8Writer out = new Utf8Writer(0);
        out.write("<p>Caf");
        out.write("é · 😀 — ");
        out.write(new char[] {'中', '\ud83d'}, 0, 2);
        out.write("\ude00 end</p>", 0, 5);
        out.write('!');
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("<p>Café · 😀 — 中😀 end!");
    }

    @Test
    void aLoneSurrogateIsAQuestionMarkAsInGetBytes() {
        String[] texts = {"\ud83d", "a\ud83db", "\ude00", "x\ude00\ud83d", "\ud83d\ud83d\ude00"};
        for (String text : texts) {
            Utf8Writer out = new Utf8Writer(4);
            out.write(text);
            assertThat(out.toByteArray()).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Random texts cut into random writes of every kind (strings, parts of strings, parts of char
     * arrays, single characters), surrogate pairs often split between two writes: the bytes are
     * always those of the joined text.
     */
    @Test
    void anyTextInAnyPiecesComesOutAsItsUtf8() {
        Random random = new Random(22);
        for (int round = 0; round < 3000; round++) {
            StringBuilder whole = new StringBuilder();
            Utf8Writer out = new Utf8Writer(random.nextInt(64));
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                int length = random.nextInt(random.nextBoolean() ? 8 : 300);
                StringBuilder piece = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    piece.append(random.nextInt(3) == 0 ? ALPHABET[random.nextInt(ALPHABET.length)]
                            : (char) ('a' + random.nextInt(26)));
                }
                String text = piece.toString();
                int from = text.isEmpty() ? 0 : random.nextInt(text.length());
                int to = from + (text.isEmpty() ? 0 : random.nextInt(text.length() - from + 1));
                switch (random.nextInt(4)) {
                    case 0 -> {
                        out.write(text);
                        whole.append(text);
                    }
                    case 1 -> {
                        out.write(text, from, to - from);
                        whole.append(text, from, to);
                    }
                    case 2 -> {
                        out.write(text.toCharArray(), from, to - from);
                        whole.append(text, from, to);
                    }
                    default -> {
                        char c = ALPHABET[random.nextInt(ALPHABET.length)];
                        out.write(c);
                        whole.append(c);
                    }
                }
            }
            String expected = whole.toString();
            assertThat(out.toByteArray()).as(expected).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Numbers as Pebble writes them into a StringWriter (its StringWriterSpecializedAdapter). */
    @Test
    void writesNumbersAsAStringBufferAppendsThem() {
        Utf8Writer out = new Utf8Writer(8);
        StringBuffer expected = new StringBuffer();
        Object[] values = {42, -7L, 3.5d, 1e21d, 0.1f, (short) 12, (byte) -3, 'x', "text", new BigDecimal("1E+3"), true};
        for (Object value : values) {
            out.write(value);
            expected.append(value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value));
        }
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(expected.toString())
                .isEqualTo("42-73.51.0E210.112-3xtext1000true");
    }
}
