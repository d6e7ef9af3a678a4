package org.dateline.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;

/**
 * Reads an article's bytes into text: UTF-8, or UTF-16 when a byte-order mark says so, or the
 * encoding an XML declaration names (agency XML in Latin-1). The mark is
 * dropped and line ends become {@code \n}. Bytes that are not valid text are a problem naming the
 * line, never silently replaced.
 */
public final class SourceReader {

    /** Larger than any article a person writes; a bigger file is almost certainly not an article. */
    public static final long MAX_ARTICLE_BYTES = 16L * 1024 * 1024;

    private SourceReader() {
    }

    public static String read(SourceFile file) throws ProblemException {
        return decode(readBytes(file), file.displayName());
    }

    /** The file's bytes, refusing files too large to be an article. */
    public static byte[] readBytes(SourceFile file) throws ProblemException {
        byte[] bytes;
        try {
            long size = Files.size(file.path());
            if (size > MAX_ARTICLE_BYTES) {
                throw new ProblemException(Problem.inFile(file.displayName(),
                        "the file is " + (size / (1024 * 1024)) + " MB, larger than an article can be ("
                                + MAX_ARTICLE_BYTES / (1024 * 1024) + " MB)",
                        "Split it, or if it is not an article, give it another extension or move it out of the content folder."));
            }
            bytes = Files.readAllBytes(file.path());
        } catch (AccessDeniedException e) {
            throw new ProblemException(Problem.inFile(file.displayName(), "cannot be read: permission denied",
                    "Give the user running the build read permission (chmod)."));
        } catch (NoSuchFileException e) {
            throw new ProblemException(Problem.inFile(file.displayName(), "disappeared while the build was running",
                    "Build again once the files stop changing."));
        } catch (IOException e) {
            throw new ProblemException(Problem.inFile(file.displayName(), "cannot be read: " + e.getMessage(),
                    "Check that the file exists and can be read."));
        }
        return bytes;
    }

    /** The text of {@code bytes}; {@code name} is used in problems. */
    public static String decode(byte[] bytes, String name) throws ProblemException {
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (XmlDeclaration.charsetOf(bytes) != null) {
            charset = XmlDeclaration.charsetOf(bytes);
        }
        if (charset == StandardCharsets.UTF_8) {
            int nul = indexOf(bytes, offset, (byte) 0);
            if (nul >= 0) {
                throw new ProblemException(Problem.at(name, lineAt(bytes, offset, nul),
                        "the file holds NUL bytes: it is binary or UTF-16 without a byte-order mark, not UTF-8 text",
                        "Save it as UTF-8 text, or if it is not an article, give it another extension."));
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out;
        try {
            out = decoder.decode(in);
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes, offset, charset);
            throw new ProblemException(Problem.at(name, charset == StandardCharsets.UTF_8 ? lineAt(bytes, offset, bad) : 0,
                    "the file is not valid " + charset.name() + " text (bad byte at offset " + bad + ")",
                    "Save it as UTF-8: most editors offer this under 'Save with encoding'; from Latin-1, run"
                            + " 'iconv -f latin1 -t utf-8'."));
        }
        String text = out.toString();
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text;
    }

    private static int firstBadByte(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int lineAt(byte[] bytes, int from, int position) {
        int line = 1;
        for (int i = from; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int indexOf(byte[] bytes, int from, byte value) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
