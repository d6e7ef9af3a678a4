package org.dateline.plan;

import org.dateline.config.LinkStyle;

/**
 * Relative links between places in the site. A page lives at a URL path such as {@code world/story/}
 * (the home page at {@code ""}) and is written to that path plus {@code index.html}; a file such as
 * {@code style.css} lives at its own path.
 */
public final class Links {

    private final LinkStyle style;

    public Links(LinkStyle style) {
        this.style = style;
    }

    /** The link from the page at {@code from} to the page at {@code to}. */
    public String page(String from, String to) {
        String link = up(from) + to;
        if (style == LinkStyle.FILES) {
            return link + "index.html";
        }
        return link.isEmpty() ? "./" : link;
    }

    /** The link from the page at {@code from} to the file at {@code path}. */
    public String file(String from, String path) {
        return up(from) + path;
    }

    /** The file a page at {@code path} is written to. */
    public static String outputFile(String path) {
        return path + "index.html";
    }

    private static String up(String from) {
        int depth = 0;
        for (int i = 0; i < from.length(); i++) {
            if (from.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
