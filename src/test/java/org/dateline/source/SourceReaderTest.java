package org.dateline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {

    private static final String NAME = "content/world/story.md";

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Problem problemOf(byte[] input) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> SourceReader.decode(input, NAME));
        assertThat(e).as("a problem").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void plainUtf8IsReadAsItIs() throws ProblemException {
        assertThat(SourceReader.decode("Café in 東京\n".getBytes(StandardCharsets.UTF_8), NAME)).isEqualTo("Café in 東京\n");
    }

    @Test
    void emptyFileIsEmptyText() throws ProblemException {
        assertThat(SourceReader.decode(new byte[0], NAME)).isEmpty();
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws ProblemException {
        byte[] input = concat(bytes(0xEF, 0xBB, 0xBF), "---\ntitle: A\n".getBytes(StandardCharsets.UTF_8));

        assertThat(SourceReader.decode(input, NAME)).isEqualTo("---\ntitle: A\n");
    }

    @Test
    void aDoubledByteOrderMarkIsDroppedToo() throws ProblemException {
        byte[] input = concat(bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF), "x".getBytes(StandardCharsets.UTF_8));

        assertThat(SourceReader.decode(input, NAME)).isEqualTo("x");
    }

    @Test
    void utf16LittleEndianWithByteOrderMark() throws ProblemException {
        byte[] input = concat(bytes(0xFF, 0xFE), "Café\r\nline two\r\n".getBytes(StandardCharsets.UTF_16LE));

        assertThat(SourceReader.decode(input, NAME)).isEqualTo("Café\nline two\n");
    }

    @Test
    void utf16BigEndianWithByteOrderMark() throws ProblemException {
        byte[] input = concat(bytes(0xFE, 0xFF), "東京\n".getBytes(StandardCharsets.UTF_16BE));

        assertThat(SourceReader.decode(input, NAME)).isEqualTo("東京\n");
    }

    @Test
    void crlfAndLoneCrBecomeNewlines() throws ProblemException {
        byte[] input = "one\r\ntwo\rthree\n\r\nfour".getBytes(StandardCharsets.UTF_8);

        assertThat(SourceReader.decode(input, NAME)).isEqualTo("one\ntwo\nthree\n\nfour");
    }

    @Test
    void invalidUtf8NamesTheLineAndOffset() {
        byte[] input = concat("first\nsecond\ncaf".getBytes(StandardCharsets.UTF_8), bytes(0xE9, '\n'));

        Problem p = problemOf(input);

        assertThat(p.file()).isEqualTo(NAME);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("the file is not valid UTF-8 text (bad byte at offset 16)");
        assertThat(p.hint()).contains("iconv -f latin1 -t utf-8");
    }

    @Test
    void offsetOfABadByteCountsTheByteOrderMark() {
        Problem p = problemOf(bytes(0xEF, 0xBB, 0xBF, 'a', '\n', 0xFF));

        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).isEqualTo("the file is not valid UTF-8 text (bad byte at offset 5)");
    }

    @Test
    void truncatedMultiByteSequenceIsInvalid() {
        Problem p = problemOf(bytes('o', 'k', '\n', 0xE6, 0x9D));

        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).isEqualTo("the file is not valid UTF-8 text (bad byte at offset 3)");
    }

    @Test
    void nulBytesMeanABinaryFile() {
        Problem p = problemOf(bytes('a', '\n', 'b', '\n', 'c', 0, 'd'));

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo(
                "the file holds NUL bytes: it is binary or UTF-16 without a byte-order mark, not UTF-8 text");
        assertThat(p.hint()).isEqualTo("Save it as UTF-8 text, or if it is not an article, give it another extension.");
    }

    @Test
    void utf16WithoutByteOrderMarkIsReportedAsNulBytes() {
        Problem p = problemOf("hello\n".getBytes(StandardCharsets.UTF_16LE));

        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).startsWith("the file holds NUL bytes");
    }

    @Test
    void brokenUtf16IsAProblemWithoutALine() {
        Problem p = problemOf(bytes(0xFF, 0xFE, 'a', 0, 'b'));

        assertThat(p.line()).isZero();
        assertThat(p.message()).isEqualTo("the file is not valid UTF-16LE text (bad byte at offset 4)");
    }

    @Test
    void readsAFileFromDisk(@TempDir Path dir) throws IOException, ProblemException {
        Path file = dir.resolve("story.md");
        Files.write(file, concat(bytes(0xEF, 0xBB, 0xBF), "# Title\r\n\r\nText.\r\n".getBytes(StandardCharsets.UTF_8)));

        String text = SourceReader.read(new SourceFile(file, "story.md", NAME, SourceFormat.MARKDOWN, 0, 0));

        assertThat(text).isEqualTo("# Title\n\nText.\n");
    }

    @Test
    void missingFileIsAProblem(@TempDir Path dir) {
        SourceFile missing = new SourceFile(dir.resolve("gone.md"), "gone.md", "content/gone.md", SourceFormat.MARKDOWN, 0, 0);

        ProblemException e = catchThrowableOfType(ProblemException.class, () -> SourceReader.read(missing));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/gone.md");
            assertThat(p.line()).isZero();
            assertThat(p.message()).isEqualTo("disappeared while the build was running");
            assertThat(p.hint()).isEqualTo("Build again once the files stop changing.");
        });
    }

    @Test
    void fileLargerThanAnArticleCanBeIsRefusedUnread(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.md");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(SourceReader.MAX_ARTICLE_BYTES + 1);
        }

        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> SourceReader.read(new SourceFile(huge, "huge.md", "content/huge.md", SourceFormat.MARKDOWN, 0, 0)));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/huge.md");
            assertThat(p.message()).isEqualTo("the file is 16 MB, larger than an article can be (16 MB)");
        });
    }
}
