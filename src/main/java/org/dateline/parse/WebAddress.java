package org.dateline.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.text.Ascii;

/**
 * Web addresses written without a scheme: {@code www.arsenal.com}, or a host with a path,
 * {@code example.com/fixtures}. Such a link is to another site; taken as written it would be a
 * relative link to a page of this one that does not exist. The host must end in one of the common
 * top-level domains that are not also file extensions, so {@code photo.jpg} or {@code other.md}
 * stay file names.
 */
public final class WebAddress {

    /** Common top-level domains; left out are those that are also file extensions (md, zip, mov, sh, pl, py). */
    private static final String TLD = "(?:com|org|net|edu|gov|int|info|biz|io|co|uk|de|fr|it|es|nl|be|eu|ch|at|se"
            + "|no|dk|fi|ie|ca|us|au|nz|jp|cn|in|br|ru|za|news|tv|me|ly|app|dev|online|site|media)";
    /** Labels of at most 63 characters, as DNS has them: also what keeps a long word from costing its length squared. */
    private static final String HOST = "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+" + TLD;
    /** A link target that names another site: www. anything, or a known host alone or followed by a path. */
    private static final Pattern TARGET = Pattern.compile("(?i)(?:www\\..+|" + HOST + "(?:[/?#].*)?)");
    /** In running text: a known host followed by a path (a host alone is often a company's name: Amazon.com). */
    static final Pattern IN_TEXT = Pattern.compile("(?i)(?<![\\w@./:-])" + HOST + "/[\\w\\-./?%&=+#~]*[\\w/=#~-]");

    private WebAddress() {
    }

    /** {@code url} with {@code https://} in front when it names another site without a scheme, else as it is. */
    public static String withScheme(String url) {
        if (url.isEmpty() || url.indexOf(':') >= 0 && url.indexOf(':') < firstOf(url, "/?#") || url.startsWith("/")
                || url.startsWith(".") || url.startsWith("#") || !TARGET.matcher(url).matches()) {
            return url;
        }
        return "https://" + url;
    }

    /**
     * Whether {@code text} holds a host with a path. The pattern is tried only when some '/' comes
     * right after a dot and a few letters (a top-level domain's place): it cannot match elsewhere,
     * and tried at every character of a body that has a '/' and a '.' anywhere it was a few per cent
     * of a large build.
     */
    public static boolean mayBeInText(String text) {
        for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
            if (afterDomainEnding(text, slash)) {
                return IN_TEXT.matcher(text).find();
            }
        }
        return false;
    }

    /** Whether a dot and two to six ASCII letters stand right before {@code slash}, as ".com" or ".news" before a path. */
    private static boolean afterDomainEnding(String text, int slash) {
        int letters = 0;
        int i = slash - 1;
        while (i >= 0 && letters <= 6 && Ascii.isLetter(text.charAt(i))) {
            letters++;
            i--;
        }
        return letters >= 2 && letters <= 6 && i >= 0 && text.charAt(i) == '.';
    }

    /** The first address in {@code text} at or after {@code from}, or null. */
    static Matcher find(CharSequence text) {
        Matcher matcher = IN_TEXT.matcher(text);
        return matcher.find() ? matcher : null;
    }

    private static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
