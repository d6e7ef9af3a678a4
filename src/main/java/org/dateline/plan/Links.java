package org.dateline.plan;

import org.dateline.config.LinkStyle;

/**
 * Links between places in the site. A page lives at a URL path such as {@code world/story/} (the
 * home page at {@code ""}); a file such as {@code style.css} at its own path. Links are relative to
 * the page they are on, so a site works at a domain root, under a subpath and from disk; only a page
 * that may be shown at any URL (the 404 page) links from the site's root path instead.
 */
public final class Links {

    /** "", "../", "../../", …: every link of every page starts with one, made once. */
    private static final String[] UPS = new String[12];

    static {
        for (int depth = 0; depth < UPS.length; depth++) {
            UPS[depth] = "../".repeat(depth);
        }
    }

    private final LinkStyle style;
    private final String root;

    public Links(LinkStyle style) {
        this(style, null);
    }

    private Links(LinkStyle style, String root) {
        this.style = style;
        this.root = root;
    }

    /** Links that start from {@code rootPath} (such as {@code /} or {@code /archive/}) wherever they appear. */
    public Links rootedAt(String rootPath) {
        return new Links(style, rootPath);
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

    private String up(String from) {
        if (root != null) {
            return root;
        }
        int depth = 0;
        for (int slash = from.indexOf('/'); slash >= 0; slash = from.indexOf('/', slash + 1)) {
            depth++;
        }
        return depth < UPS.length ? UPS[depth] : "../".repeat(depth);
    }
}
