package org.dateline.feed;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dateline.config.FeedFormat;
import org.dateline.config.SiteConfig;
import org.dateline.messages.Messages;
import org.dateline.model.Article;
import org.dateline.model.ArticleDate;
import org.dateline.model.ProblemException;
import org.dateline.plan.Page;
import org.dateline.plan.Translations;
import org.dateline.plan.Urls;
import org.dateline.text.Html;

/**
 * The views of feeds, sitemaps and host files, with every URL absolute (from {@code baseUrl}; without
 * one, root-relative, and the build says that feeds and sitemaps need a base URL to be valid).
 */
public final class FeedViews {

    /**
     * An item of a feed; dates are RFC 3339 ({@code iso}) and RFC 822 ({@code rfc822}), empty when undated.
     * In an RSS feed the summary is HTML (its text escaped), since RSS readers show a description as HTML.
     */
    public record Item(String title, String link, String id, String summary, String contentHtml, String published,
                       String publishedRfc822, String updated, List<String> authors, List<String> categories) {

        /**
         * The link's hash alone: it names the article, and an item is hashed as the key of its
         * {@code reuse} fragment in every feed it is in, with its link, summary and dates made anew
         * for each feed. Equality still compares all.
         */
        @Override
        public int hashCode() {
            return link.hashCode();
        }
    }

    /**
     * A feed.
     *
     * @param link the listing the feed belongs to
     * @param self where the feed itself is
     * @param updated the newest change among its items, RFC 3339 (a fixed early date when none is dated)
     */
    public record Feed(String title, String description, String language, String link, String self, String updated,
                       String updatedRfc822, List<Item> items) {
    }

    public record UrlEntry(String loc, String lastmod, List<UrlAlternate> alternates) {

        public UrlEntry(String loc, String lastmod) {
            this(loc, lastmod, List.of());
        }
    }

    /** A version of a sitemap's URL in another language, for {@code <xhtml:link rel="alternate" hreflang>}. */
    public record UrlAlternate(String hreflang, String href) {
    }

    public record NewsEntry(String loc, String title, String published) {
    }

    public record News(String publication, String language, List<NewsEntry> entries) {
    }

    public record Redirect(String from, String to) {
    }

    /** What an article's body becomes in a feed: its HTML with absolute links, or empty for summaries only. */
    @FunctionalInterface
    public interface Content {
        String html(Article article) throws ProblemException;
    }

    /** Used where a feed has no dated item at all: a fixed instant, so output never depends on the clock. */
    static final String NO_DATE = "2000-01-01T00:00:00Z";

    private final SiteConfig config;
    private final Messages messages;

    /** @param messages the theme's words in the site's language, for what a feed says of itself */
    public FeedViews(SiteConfig config, Messages messages) {
        this.config = config;
        this.messages = messages;
    }

    public Feed feed(Page.FeedPage page, Content content) throws ProblemException {
        List<Item> items = new ArrayList<>(page.items().size());
        ZonedDateTime newest = null;
        for (Article a : page.items()) {
            ZonedDateTime changed = changed(a);
            if (changed != null && (newest == null || changed.isAfter(newest))) {
                newest = changed;
            }
        }
        String fallback = newest == null ? NO_DATE : FeedDates.iso(newest);
        for (Article a : page.items()) {
            String link = config.absolute(Urls.article(a));
            ZonedDateTime changed = changed(a);
            String summary = a.summary().isEmpty() ? a.excerpt() : a.summary();
            // RSS's <description> is HTML: text in it must reach the reader as text, "<b>" and "&" included.
            items.add(new Item(a.title(), link, link, page.format() == FeedFormat.RSS ? Html.escape(summary) : summary,
                    content.html(a),
                    a.isDated() ? FeedDates.iso(a.date().value()) : "", a.isDated() ? FeedDates.rfc822(a.date().value()) : "",
                    changed == null ? fallback : FeedDates.iso(changed), a.authors(), a.tags()));
        }
        String description = page.subject() instanceof Page.Latest && !config.description().isEmpty()
                ? config.description() : messages.text("feed.description", page.title());
        return new Feed(page.title(), description, config.language(), config.absolute(page.listingPath()),
                config.absolute(page.path()), fallback,
                newest == null ? FeedDates.rfc822(ZonedDateTime.parse(NO_DATE)) : FeedDates.rfc822(newest), items);
    }

    /**
     * @param translations which pages are versions of each other, for each URL's alternates in the
     *     site's other languages (Google's {@code xhtml:link}: each version, its own among them, and
     *     {@code x-default})
     */
    public List<UrlEntry> sitemap(Page.SitemapPage page, Translations translations) {
        List<UrlEntry> entries = new ArrayList<>(page.entries().size());
        for (Page.SitemapEntry entry : page.entries()) {
            List<Translations.Version> versions = translations.versions(config.language(), entry.path());
            List<UrlAlternate> alternates = new ArrayList<>(versions.size() + 1);
            for (Translations.Version version : versions) {
                alternates.add(new UrlAlternate(version.language().code(), config.siteAbsolute(version.sitePath())));
            }
            for (Translations.Version version : versions) {
                if (version.language().equals(translations.languages().get(0))) {
                    alternates.add(new UrlAlternate("x-default", config.siteAbsolute(version.sitePath())));
                }
            }
            entries.add(new UrlEntry(config.absolute(entry.path()),
                    entry.lastModified() == null ? "" : FeedDates.iso(entry.lastModified()), alternates));
        }
        return entries;
    }

    public List<UrlEntry> sitemapIndex(Page.SitemapIndexPage page) {
        List<UrlEntry> entries = new ArrayList<>();
        for (String part : page.parts()) {
            entries.add(new UrlEntry(config.absolute(part), ""));
        }
        return entries;
    }

    public News news(Page.NewsSitemapPage page) {
        List<NewsEntry> entries = new ArrayList<>();
        for (Article a : page.articles()) {
            entries.add(new NewsEntry(config.absolute(Urls.article(a)), a.title(), FeedDates.iso(a.date().value())));
        }
        return new News(config.title(), config.locale().getLanguage(), entries);
    }

    /** Each former URL and where it goes now, as paths from the host's root (the base URL's path included). */
    public List<Redirect> redirects(Page.RedirectsFile page) {
        List<Redirect> redirects = new ArrayList<>();
        for (Page.RedirectPage r : page.redirects()) {
            redirects.add(new Redirect(config.basePath() + r.path(), config.basePath() + r.targetPath()));
        }
        return redirects;
    }

    private static ZonedDateTime changed(Article a) {
        ArticleDate date = a.updated() != null ? a.updated() : a.date();
        return date == null ? null : date.value();
    }
}
