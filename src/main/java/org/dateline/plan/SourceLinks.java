package org.dateline.plan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Rewrites the links an author wrote relative to a source file into links relative to the page the
 * article ends up on: {@code photo.jpg} beside {@code world/story.md} becomes {@code ../photo.jpg}
 * from {@code world/story/}, a link to {@code other.md} becomes a link to that article's page, and
 * {@code /about/} (site-root relative) keeps working under a subpath.
 */
public final class SourceLinks {

    private static final Pattern HAS_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Map<String, String> pageOfSource;
    private final Links links;
    private final String folder;

    /** @param pageOfSource each article's page, by source path, from the site's root */
    public SourceLinks(Map<String, String> pageOfSource, Links links) {
        this(pageOfSource, links, "");
    }

    private SourceLinks(Map<String, String> pageOfSource, Links links, String folder) {
        this.pageOfSource = pageOfSource;
        this.links = links;
        this.folder = folder;
    }

    /**
     * The same links for pages whose paths are given within {@code folder} (the pages of one
     * language, under {@code fr/}), while sources and their pages stay paths from the site's root.
     */
    public SourceLinks mountedAt(String folder) {
        return new SourceLinks(pageOfSource, links, folder);
    }

    /** {@code url} as {@link #rewrite} makes it for a page at the site's root, whatever the folder. */
    public String rewriteFromRoot(String url, String sourcePath) {
        return new SourceLinks(pageOfSource, links, "").rewrite(url, sourcePath, "");
    }

    /** The rewriter for the body of the article from {@code sourcePath}, shown at {@code pagePath}. */
    public UnaryOperator<String> forPage(String sourcePath, String pagePath) {
        return url -> rewrite(url, sourcePath, pagePath);
    }

    public String rewrite(String url, String sourcePath, String localPagePath) {
        String pagePath = folder + localPagePath;
        String resolved = resolve(url, sourcePath);
        if (resolved == null) {
            return url;
        }
        int cut = firstOf(url, '#', '?');
        String rest = cut < 0 ? "" : url.substring(cut);
        String page = pageOfSource.get(resolved);
        if (page == null && resolved.endsWith(".md")) {
            page = otherExtension(resolved); // a Jekyll post_url names the post, not its extension
        }
        if (page != null) {
            return links.page(pagePath, page) + rest;
        }
        return links.file(pagePath, resolved) + rest;
    }

    private String otherExtension(String resolved) {
        String stem = resolved.substring(0, resolved.length() - 3);
        String page = pageOfSource.get(stem + ".markdown");
        return page != null ? page : pageOfSource.get(stem + ".html");
    }

    /**
     * Whether {@code url}, written in the article from {@code sourcePath}, links to another article's
     * source file: its link can only be written once every article's URL is known.
     */
    public static boolean pointsToArticleSource(String url, String sourcePath) {
        String resolved = resolve(url, sourcePath);
        if (resolved == null) {
            return false;
        }
        String lower = resolved.toLowerCase(java.util.Locale.ROOT);
        // An .xml file is an article when it is agency copy (NITF, NewsML-G2), which only the walk knows.
        return lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".txt") || lower.endsWith(".xml");
    }

    /** The site path {@code url} names, resolved from the source's folder; null for other sites, fragments and escapes. */
    private static String resolve(String url, String sourcePath) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("?") || url.startsWith("//")
                || HAS_SCHEME.matcher(url).find()) {
            return null;
        }
        int cut = firstOf(url, '#', '?');
        String path = cut < 0 ? url : url.substring(0, cut);
        return path.startsWith("/") ? normalise("", path.substring(1)) : normalise(folderOf(sourcePath), path);
    }

    private static String folderOf(String sourcePath) {
        int slash = sourcePath.lastIndexOf('/');
        return slash < 0 ? "" : sourcePath.substring(0, slash + 1);
    }

    /** {@code folder + path} with {@code .} and {@code ..} resolved, or null when it leaves the site. */
    private static String normalise(String folder, String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (folder + path).split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
