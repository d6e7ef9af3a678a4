package org.dateline.render;

import org.dateline.plan.Links;
import org.dateline.plan.Page;

/**
 * How one page links to others: every link relative to it, except on the 404 page, which a host
 * shows at any URL and so links from the site's root path.
 */
final class PageLinks {

    private final Links links;
    private final String from;
    private final String folder;

    private PageLinks(Links links, String from, String folder) {
        this.links = links;
        this.from = from;
        this.folder = folder;
    }

    static PageLinks of(RenderContext context, Page page) {
        Links links = page instanceof Page.NotFoundPage ? context.links().rootedAt(context.config().basePath()) : context.links();
        return new PageLinks(links, page.path(), context.config().folder());
    }

    /** The link to the page at {@code sitePath}, a path from the site's root (a page in another language). */
    String site(String sitePath) {
        return links.page(folder + from, sitePath);
    }

    /** The link to the page at {@code path}, in the site's link style. */
    String href(String path) {
        return links.page(from, path);
    }

    /** The link to the file at {@code path} (a style sheet, a feed, an index file). */
    String file(String path) {
        return links.file(from, path);
    }

    /** The path of the page the links are made for. */
    String from() {
        return from;
    }
}
