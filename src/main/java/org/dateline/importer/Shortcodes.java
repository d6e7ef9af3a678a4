package org.dateline.importer;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress shortcodes in post bodies. {@code [caption]} (a picture and its caption, the one a
 * newsroom uses most) becomes a figure; the others ({@code [gallery]}, {@code [embed]}, a plugin's
 * own) need WordPress to mean anything, so they stay in the text as written, and are counted for a
 * note.
 */
final class Shortcodes {

    private static final Pattern CAPTION = Pattern.compile(
            "(?s)\\[(?:wp_)?caption[^\\]]*\\]\\s*(.*?(?:<img[^>]*>|</a>))\\s*(.*?)\\s*\\[/(?:wp_)?caption\\]");
    private static final Pattern SHORTCODE = Pattern.compile("\\[([a-z][a-z0-9_-]*)(?:\\s[^\\]]*)?/?\\]");
    /** The shortcodes of WordPress itself and the plugins most exports hold: only these are counted, not every [word]. */
    private static final Set<String> KNOWN = Set.of("gallery", "embed", "audio", "video", "playlist", "caption",
            "wp_caption", "youtube", "vimeo", "soundcloud", "tweet", "instagram", "googlemaps", "contact-form-7",
            "contact-form", "gravityform", "table", "wpvideo", "polldaddy", "slideshow");

    private final Map<String, Integer> leftAsText = new TreeMap<>();

    /** {@code html} with its captions as figures; other shortcodes kept, and counted. */
    String apply(String html) {
        String out = CAPTION.matcher(html).replaceAll(m -> Matcher.quoteReplacement(
                "<figure>" + m.group(1) + (m.group(2).isBlank() ? "" : "<figcaption>" + m.group(2) + "</figcaption>") + "</figure>"));
        Matcher code = SHORTCODE.matcher(out);
        while (code.find()) {
            if (KNOWN.contains(code.group(1))) {
                leftAsText.merge(code.group(1), 1, Integer::sum);
            }
        }
        return out;
    }

    /** How many of each shortcode were kept as text, by name. */
    Map<String, Integer> leftAsText() {
        return leftAsText;
    }
}
