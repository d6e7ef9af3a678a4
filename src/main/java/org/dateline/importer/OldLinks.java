package org.dateline.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Links in post bodies to the old blog. A link to an imported post (by its permalink or its
 * {@code ?p=} number) becomes a link to that article's file, which the build turns into its new
 * page's URL; any other link into the blog ({@code /about/}, an upload) is made absolute, so it
 * goes on reaching the old site instead of becoming a link to a page the archive does not have.
 */
final class OldLinks {

    private static final Pattern POST_NUMBER = Pattern.compile("(?:^|&)p=([0-9]+)(?:&|$)");

    private final URI blog;
    private final Map<String, String> fileOfPath;
    private final Map<Long, String> fileOfId;
    private int madeAbsolute;

    /**
     * @param blogUrl the old blog's address
     * @param fileOfPath the new file of each post, by the path of its old permalink
     * @param fileOfId the new file of each post, by its WordPress number
     */
    OldLinks(String blogUrl, Map<String, String> fileOfPath, Map<Long, String> fileOfId) {
        URI parsed;
        try {
            parsed = blogUrl.isBlank() ? null : new URI(blogUrl.strip() + (blogUrl.strip().endsWith("/") ? "" : "/"));
        } catch (URISyntaxException e) {
            parsed = null;
        }
        this.blog = parsed != null && parsed.isAbsolute() ? parsed : null;
        this.fileOfPath = fileOfPath;
        this.fileOfId = fileOfId;
    }

    /** How many links to pages the import did not bring were pointed at the old blog. */
    int madeAbsolute() {
        return madeAbsolute;
    }

    String rewrite(String html) {
        if (blog == null || !html.contains("href") && !html.contains("src")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element element : doc.select("a[href], img[src]")) {
            String key = element.hasAttr("href") ? "href" : "src";
            String now = element.attr(key);
            String next = target(now);
            if (!next.equals(now)) {
                element.attr(key, next);
                changed = true;
            }
        }
        return changed ? doc.body().html() : html;
    }

    private String target(String url) {
        URI link;
        try {
            link = new URI(url.strip());
        } catch (URISyntaxException e) {
            return url;
        }
        boolean intoBlog = link.isAbsolute() ? sameSite(link) : url.startsWith("/") && !url.startsWith("//");
        if (!intoBlog) {
            return url;
        }
        if (link.getRawQuery() != null) {
            Matcher number = POST_NUMBER.matcher(link.getRawQuery());
            if (number.find() && fileOfId.containsKey(Long.parseLong(number.group(1)))) {
                return "/" + fileOfId.get(Long.parseLong(number.group(1)));
            }
        }
        String path = PostFiles.oldPath(url, blog.toString());
        String file = path == null ? null : fileOfPath.get(path);
        if (file != null) {
            return "/" + file + (link.getRawFragment() == null ? "" : "#" + link.getRawFragment());
        }
        if (link.isAbsolute()) {
            return url;
        }
        madeAbsolute++;
        return blog.resolve(url.strip()).toString();
    }

    private boolean sameSite(URI link) {
        return link.getHost() != null && link.getHost().equalsIgnoreCase(blog.getHost())
                && (link.getPath() == null ? "" : link.getPath() + "/").startsWith(blog.getPath());
    }
}
