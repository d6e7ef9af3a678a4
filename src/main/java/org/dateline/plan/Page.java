package org.dateline.plan;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Section;

/** A page the site will have, at its URL path ({@code ""} for the home page). */
public sealed interface Page permits Page.ArticlePage, Page.ListingPage {

    String path();

    /**
     * One article's page.
     *
     * @param newer the next newer article in its section, or null
     * @param older the next older article in its section, or null
     */
    record ArticlePage(String path, Article article, Article newer, Article older) implements Page {
    }

    /** What a listing lists. */
    enum ListingKind { HOME, SECTION }

    /**
     * One page of a listing, newest first.
     *
     * @param section the section listed, or null for the home page
     * @param items this page's articles (a view of the archive's list, not a copy)
     * @param total how many articles the whole listing has
     */
    record ListingPage(String path, ListingKind kind, String title, Section section, List<Article> items,
                       int total, Pagination pagination) implements Page {
    }
}
