package org.dateline.config;

import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.EntitySettings;
import org.dateline.model.TermKind;

/**
 * Everything the build needs to know about the site as a whole. Made with {@link #builder()}, whose
 * defaults need no settings file at all.
 *
 * @param title the site's name, shown in every page header and in feeds
 * @param description one sentence about the archive, for the home page and search engines
 * @param baseUrl the absolute address the site is published at (ending in {@code /}), or empty
 * @param language a BCP 47 tag, used for {@code <html lang>}, dates and the news sitemap
 * @param timeZone the zone for dates that carry none, and the one dates are shown and filed in
 * @param pageSize articles per listing page
 * @param linkStyle how links are written
 * @param unsafeHtml whether raw HTML in Markdown bodies is passed through (trusted newsrooms only)
 * @param feedSize articles per feed
 * @param fullContentFeeds whether feeds carry whole articles rather than summaries
 * @param sitemapSize URLs per sitemap file before the sitemap is split into parts (at most 50,000)
 * @param search whether the site has its full-text search (a search page, a box on every page, an index)
 * @param dateListings whether the site has its date archive: a listing per year, month and day, and the archive index
 * @param termListings the kinds of term (tags, authors, sources) that have a listing each and an index
 * @param feedFormats the formats feeds are written in; none for a site without feeds
 * @param listingFeeds whether sections and terms have feeds too, or only the home page
 * @param entities how people, places and organisations are found in the text ({@code entities:})
 * @param languages the languages of a multilingual site, the default ({@code language}) first; empty
 *     for a site in one language
 * @param folder the folder of the site this configuration's pages are published under: empty, or
 *     {@code fr/} for the French pages of a site whose default language is another
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        ZoneId timeZone,
        int pageSize,
        LinkStyle linkStyle,
        boolean unsafeHtml,
        int feedSize,
        boolean fullContentFeeds,
        int sitemapSize,
        boolean search,
        boolean dateListings,
        Set<TermKind> termListings,
        List<FeedFormat> feedFormats,
        boolean listingFeeds,
        EntitySettings entities,
        List<Language> languages,
        String folder) {

    public static final String DEFAULT_TITLE = "News archive";
    /** The sitemaps.org limit of URLs in one sitemap file. */
    public static final int MAX_SITEMAP_SIZE = 50_000;

    public SiteConfig {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1: " + pageSize);
        }
        if (feedSize < 1) {
            throw new IllegalArgumentException("feedSize must be at least 1: " + feedSize);
        }
        if (sitemapSize < 1 || sitemapSize > MAX_SITEMAP_SIZE) {
            throw new IllegalArgumentException("sitemapSize must be from 1 to " + MAX_SITEMAP_SIZE + ": " + sitemapSize);
        }
        baseUrl = normaliseBaseUrl(baseUrl);
        termListings = termListings.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(termListings));
        feedFormats = List.copyOf(feedFormats);
        languages = List.copyOf(languages);
        folder = folder == null ? "" : folder;
    }

    /** Whether the site has more than one language. */
    public boolean multilingual() {
        return languages.size() > 1;
    }

    /** The site's default language: its pages are at the root. */
    public Language defaultLanguage() {
        return languages.isEmpty() ? Language.of(language, title, description) : languages.get(0);
    }

    /**
     * The settings of the pages in {@code lang}: its title, description and tag, and, for a language
     * other than the default, the folder named after it.
     */
    public SiteConfig inLanguage(Language lang) {
        boolean isDefault = lang.code().equals(defaultLanguage().code());
        return toBuilder().language(lang.code()).title(lang.title()).description(lang.description())
                .folder(isDefault ? "" : lang.code() + "/").build();
    }

    /** The direction of the language's script, {@code rtl} or {@code ltr}, as {@code languages:} may set it. */
    public String direction() {
        for (Language lang : languages) {
            if (lang.code().equals(language)) {
                return lang.rightToLeft() ? "rtl" : "ltr";
            }
        }
        return Language.isRightToLeft(language) ? "rtl" : "ltr";
    }

    /** The language of these pages, as {@code languages:} describes it. */
    public Language currentLanguage() {
        for (Language lang : languages) {
            if (lang.code().equals(language)) {
                return lang;
            }
        }
        return Language.of(language, title, description);
    }

    /** Whether terms of {@code kind} have listings of their own (and so links to them). */
    public boolean hasListings(TermKind kind) {
        return termListings.contains(kind);
    }

    public static SiteConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().title(title).description(description).baseUrl(baseUrl).language(language)
                .timeZone(timeZone).pageSize(pageSize).linkStyle(linkStyle).unsafeHtml(unsafeHtml)
                .feedSize(feedSize).fullContentFeeds(fullContentFeeds).sitemapSize(sitemapSize).search(search)
                .dateListings(dateListings).termListings(termListings).feedFormats(feedFormats).listingFeeds(listingFeeds)
                .entities(entities).languages(languages).folder(folder);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /**
     * The path part of the base URL ({@code /archive/} for {@code https://example.org/archive/}), or
     * {@code /}; with the {@linkplain #folder() language's folder} after it.
     */
    public String basePath() {
        if (baseUrl.isEmpty()) {
            return "/" + folder;
        }
        int slash = baseUrl.indexOf('/', baseUrl.indexOf("//") + 2);
        return (slash < 0 ? "/" : baseUrl.substring(slash)) + folder;
    }

    /**
     * The absolute URL of a path of these pages (under the {@linkplain #folder() language's folder}),
     * or the root-relative path when there is no base URL.
     */
    public String absolute(String path) {
        return siteAbsolute(folder + path);
    }

    /** The absolute URL of a path from the site's root, whatever the language. */
    public String siteAbsolute(String path) {
        return (baseUrl.isEmpty() ? "/" : baseUrl) + path;
    }

    private static String normaliseBaseUrl(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String trimmed = url.strip();
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }

    /** Builds a {@link SiteConfig}; every setting starts at its default. */
    public static final class Builder {
        private String title = DEFAULT_TITLE;
        private String description = "";
        private String baseUrl = "";
        private String language = "en";
        private ZoneId timeZone = ZoneId.of("UTC");
        private int pageSize = 20;
        private LinkStyle linkStyle = LinkStyle.PRETTY;
        private boolean unsafeHtml;
        private int feedSize = 20;
        private boolean fullContentFeeds;
        private int sitemapSize = MAX_SITEMAP_SIZE;
        private boolean search = true;
        private boolean dateListings = true;
        private Set<TermKind> termListings = EnumSet.allOf(TermKind.class);
        private List<FeedFormat> feedFormats = List.of(FeedFormat.values());
        private boolean listingFeeds = true;
        private EntitySettings entities = EntitySettings.off();
        private List<Language> languages = List.of();
        private String folder = "";

        private Builder() {
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder baseUrl(String value) {
            baseUrl = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder timeZone(ZoneId value) {
            timeZone = value;
            return this;
        }

        public Builder pageSize(int value) {
            pageSize = value;
            return this;
        }

        public Builder linkStyle(LinkStyle value) {
            linkStyle = value;
            return this;
        }

        public Builder unsafeHtml(boolean value) {
            unsafeHtml = value;
            return this;
        }

        public Builder feedSize(int value) {
            feedSize = value;
            return this;
        }

        public Builder fullContentFeeds(boolean value) {
            fullContentFeeds = value;
            return this;
        }

        public Builder sitemapSize(int value) {
            sitemapSize = value;
            return this;
        }

        public Builder search(boolean value) {
            search = value;
            return this;
        }

        public Builder dateListings(boolean value) {
            dateListings = value;
            return this;
        }

        public Builder termListings(Set<TermKind> value) {
            termListings = value;
            return this;
        }

        public Builder feedFormats(List<FeedFormat> value) {
            feedFormats = value;
            return this;
        }

        public Builder listingFeeds(boolean value) {
            listingFeeds = value;
            return this;
        }

        public Builder entities(EntitySettings value) {
            entities = value;
            return this;
        }

        public Builder languages(List<Language> value) {
            languages = value;
            return this;
        }

        public Builder folder(String value) {
            folder = value;
            return this;
        }

        public SiteConfig build() {
            return new SiteConfig(title, description, baseUrl, language, timeZone, pageSize, linkStyle, unsafeHtml,
                    feedSize, fullContentFeeds, sitemapSize, search, dateListings, termListings, feedFormats, listingFeeds,
                    entities, languages, folder);
        }
    }
}
