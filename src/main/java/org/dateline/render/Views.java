package org.dateline.render;

import java.util.List;
import java.util.Map;

/**
 * The records templates receive. Every link in them is already relative to the page being
 * rendered, so templates never build URLs.
 */
public final class Views {

    private Views() {
    }

    /** The site as a whole, as seen from one page. */
    public record SiteView(String title, String description, String language, String home,
                           List<NavLink> sections) {
    }

    /** A link in a navigation list; {@code current} marks the one the page belongs to. */
    public record NavLink(String name, String href, boolean current) {
    }

    /**
     * What every page has.
     *
     * @param kind {@code article}, {@code home} or {@code section}
     * @param root the relative way to the site root, e.g. {@code ../../}, for linking files such as images
     * @param canonical the page's absolute URL, or empty without a {@code baseUrl}
     */
    public record PageView(String kind, String title, String description, String root, String stylesheet,
                           String canonical) {
    }

    /** An article in a listing. */
    public record CardView(String title, String href, String excerpt, DateView date, String section,
                           String sectionHref, String byline) {
    }

    /** A whole article for its page. */
    public record ArticleView(String title, String summary, String byline, List<String> authors, String source,
                              String section, String sectionHref, String dateline, DateView date, DateView updated,
                              int readingMinutes, String image, String imageAlt, String caption, String body,
                              List<CorrectionView> corrections, List<String> tags, CardView newer, CardView older,
                              Map<String, Object> extra) {
    }

    public record CorrectionView(DateView date, String note) {
    }

    /** One page of a listing. */
    public record ListingView(String heading, List<CardView> items, int total, PagerView pager) {
    }

    /**
     * Links between the pages of a listing; absent links are empty strings.
     *
     * @param pages page numbers near this one, with gaps marked, so the pager stays short on page 500 of 5,000
     */
    public record PagerView(int number, int count, String first, String previous, String next, String last,
                            List<PageLink> pages) {
    }

    /** A page number in a pager; a gap has number 0 and no link. */
    public record PageLink(int number, String href, boolean current, boolean gap) {
    }
}
