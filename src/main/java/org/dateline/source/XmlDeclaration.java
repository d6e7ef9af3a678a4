package org.dateline.source;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The encoding an XML file declares ({@code <?xml version="1.0" encoding="ISO-8859-1"?>}): agency
 * feeds from older systems are often Latin-1 and say so, and XML's own rule is that the declaration
 * is what counts.
 */
final class XmlDeclaration {

    private static final Pattern DECLARATION = Pattern.compile("^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");

    private XmlDeclaration() {
    }

    /** The declared charset when it is one other than UTF-8 that Java knows, else null. */
    static Charset charsetOf(byte[] bytes) {
        if (bytes.length < 5 || bytes[0] != '<' || bytes[1] != '?') {
            return null;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARATION.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            Charset charset = Charset.forName(m.group(1));
            return charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-16") ? null : charset;
        } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
            return null;
        }
    }
}
