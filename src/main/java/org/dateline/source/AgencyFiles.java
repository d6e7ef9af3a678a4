package org.dateline.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.SourceFormat;

/**
 * Tells agency XML from other {@code .xml} files by their root element, read from the file's first
 * few kilobytes: {@code <nitf>} is NITF, {@code <newsItem>} or {@code <newsMessage>} NewsML-G2.
 * Any other XML file (a sitemap, an SVG's data, a feed) stays an asset, copied as before.
 */
final class AgencyFiles {

    /** Room for the XML declaration, comments and a DOCTYPE before the root element. */
    private static final int HEAD_BYTES = 8192;
    private static final Pattern ELEMENT = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)");

    private AgencyFiles() {
    }

    static boolean isXml(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    /** The agency format of an {@code .xml} file, or null for any other (and for one that cannot be read now). */
    static SourceFormat formatOf(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return null; // copying it as an asset reports the failure
        }
        String root = rootName(new String(head, StandardCharsets.ISO_8859_1));
        return switch (root) {
            case "nitf" -> SourceFormat.NITF;
            case "newsItem", "newsMessage" -> SourceFormat.NEWSML_G2;
            default -> null;
        };
    }

    /** The local name of the first element of an XML text's start, past its declaration, comments and DOCTYPE; or empty. */
    static String rootName(String head) {
        int at = head.startsWith("\u00EF\u00BB\u00BF") ? 3 : head.startsWith("\uFEFF") ? 1 : 0;
        while (at < head.length()) {
            char c = head.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (head.startsWith("<?", at)) {
                at = after(head, "?>", at);
            } else if (head.startsWith("<!--", at)) {
                at = after(head, "-->", at);
            } else if (head.startsWith("<!", at)) {
                at = afterDeclaration(head, at);
            } else {
                Matcher m = ELEMENT.matcher(head).region(at, head.length());
                return m.lookingAt() ? m.group(1) : "";
            }
        }
        return "";
    }

    private static int after(String text, String end, int from) {
        int found = text.indexOf(end, from);
        return found < 0 ? text.length() : found + end.length();
    }

    /** Past a {@code <!DOCTYPE …>}, whose internal subset in brackets may hold {@code >}. */
    private static int afterDeclaration(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return text.length();
    }
}
