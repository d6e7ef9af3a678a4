package org.dateline.plan;

import java.util.List;
import org.dateline.config.FeedFormat;
import org.dateline.model.Anniversaries;
import org.dateline.model.Article;
import org.dateline.model.DateIndex;
import org.dateline.model.Section;
import org.dateline.model.Term;
import org.dateline.model.TermKind;

/**
 * A page or generated file the site will have. HTML pages live at a folder URL ({@code ""} for the
 * home page, {@code world/} for a section) and are written to its {@code index.html}; generated
 * files (feeds, sitemaps, robots.txt, 404.html) live at their own file path.
 */
public sealed interface Page permits Page.ArticlePage, Page.ListingPage, Page.ArchiveIndexPage, Page.OnThisDayPage,
        Page.OnThisDayIndexPage, Page.TermIndexPage,
        Page.FeedPage, Page.SitemapPage, Page.SitemapIndexPage, Page.NewsSitemapPage, Page.RobotsPage,
        Page.NotFoundPage, Page.RedirectPage, Page.RedirectsFile, Page.HeadersFile, Page.SearchPage, Page.SearchTextFile {

    /** The URL path: a folder ending in {@code /} for HTML pages, a file path for generated files. */
    String path();

    /** The file written, relative to the output folder. */
    default String outputFile() {
        return path().isEmpty() || path().endsWith("/") ? path() + "index.html" : path();
    }

    /** Whether this is an HTML page a reader may land on (and so belongs in the sitemap). */
    default boolean isIndexable() {
        return false;
    }

    /**
     * One article's page.
     *
     * @param section its section, or null
     * @param newer the next newer article in its section, or null
     * @param older the next older article in its section, or null
     */
    record ArticlePage(String path, Article article, Section section, Article newer, Article older) implements Page {
        @Override
        public boolean isIndexable() {
            return true;
        }
    }

    /**
     * One page of a listing, newest first.
     *
     * @param items this page's articles (a view of the archive's list, not a copy)
     * @param total how many articles the whole listing has
     * @param newer the neighbouring newer period that has articles (dates only), or null
     * @param older the neighbouring older period that has articles (dates only), or null
     */
    record ListingPage(String path, Subject subject, String title, List<Article> items, int total,
                       Pagination pagination, Neighbour newer, Neighbour older) implements Page {
        @Override
        public boolean isIndexable() {
            return true;
        }
    }

    /** The archive index: every year and month with their counts. */
    record ArchiveIndexPage(String path) implements Page {
        @Override
        public boolean isIndexable() {
            return true;
        }
    }

    /** One calendar day's articles in every year that has some, newest year first. */
    record OnThisDayPage(String path, Anniversaries.Anniversary anniversary) implements Page {
        @Override
        public boolean isIndexable() {
            return true;
        }
    }

    /** Every calendar day that has an {@link OnThisDayPage}, month by month. */
    record OnThisDayIndexPage(String path, List<Anniversaries.Anniversary> anniversaries) implements Page {
        @Override
        public boolean isIndexable() {
            return true;
        }
    }

    /** Every term of a kind, by count and by name. */
    record TermIndexPage(String path, TermKind kind) implements Page {
        @Override
        public boolean isIndexable() {
            return true;
        }
    }

    /**
     * A feed of a listing's newest articles.
     *
     * @param listingPath the URL path of the listing the feed belongs to
     * @param items the newest articles, at most the configured number
     */
    record FeedPage(String path, FeedFormat format, String title, String listingPath, Subject subject,
                    List<Article> items) implements Page {
    }

    /** One sitemap file: the whole site, or one part of it when the site has too many URLs for one file. */
    record SitemapPage(String path, List<SitemapEntry> entries) implements Page {
    }

    /** The sitemap index that lists the parts, when one sitemap file cannot hold every URL. */
    record SitemapIndexPage(String path, List<String> parts) implements Page {
    }

    /** The Google News sitemap: articles published in the two days before the build. */
    record NewsSitemapPage(String path, List<Article> articles) implements Page {
    }

    /** robots.txt, naming the sitemaps. */
    record RobotsPage(String path, List<String> sitemaps) implements Page {
    }

    /** The page a host shows for a URL that does not exist; its links start from the site root. */
    record NotFoundPage(String path, List<Article> latest) implements Page {
    }

    /** A former URL of an article, sending readers on to where it is now. */
    record RedirectPage(String path, String targetPath, Article article) implements Page {
    }

    /** Netlify and Cloudflare Pages' list of redirects: every alias to its article. */
    record RedirectsFile(String path, List<RedirectPage> redirects) implements Page {
    }

    /** Netlify and Cloudflare Pages' response headers: long caching for fingerprinted assets. */
    record HeadersFile(String path, String assetsFolder) implements Page {
    }

    /** The search page, which answers queries in the browser from the index files beside it. */
    record SearchPage(String path) implements Page {
    }

    /** An article's text for search results' snippets, loaded only when the article is a result. */
    record SearchTextFile(String path, Article article) implements Page {
    }

    /** A URL in the sitemap, with when its content last changed (null when unknown). */
    record SitemapEntry(String path, java.time.ZonedDateTime lastModified) {
    }

    /** A neighbouring period a listing links to. */
    record Neighbour(String title, String path) {
    }

    /** What a listing lists. */
    sealed interface Subject {
    }

    record Latest() implements Subject {
    }

    record OfSection(Section section) implements Subject {
    }

    record OfYear(DateIndex.Year year) implements Subject {
    }

    record OfMonth(DateIndex.Month month) implements Subject {
    }

    record OfDay(DateIndex.Day day) implements Subject {
    }

    record Undated() implements Subject {
    }

    record OfTerm(Term term) implements Subject {
    }
}
