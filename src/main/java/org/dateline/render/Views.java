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

    /**
     * The site as a whole, as seen from one page.
     *
     * @param sections a link to each section
     * @param browse links to the archive index and the tag, author and source indexes that exist
     */
    public record SiteView(String title, String description, String language, String home,
                           List<NavLink> sections, List<NavLink> browse, String search) {
    }

    /**
     * The search page: where its script and the index are, and the choices of its filters.
     *
     * @param script the search script's link
     * @param index the link to the index's {@code meta.js}, beside which its other files are
     * @param root the relative way to the site root, which result links start from
     * @param sections every section, as filter options
     * @param years every year with articles, newest first
     * @param messages the script's words in the page's language, as JSON, for its {@code data-messages};
     *     empty when they are the English ones it has built in
     */
    public record SearchView(String script, String index, String root, List<Option> sections, List<Integer> years,
                             String messages) {
    }

    /** A choice in a {@code <select>}. */
    public record Option(String value, String name) {
    }

    /** A link in a list; {@code current} marks the one the page is or belongs to. */
    public record NavLink(String name, String href, boolean current) {
    }

    /**
     * What every page has.
     *
     * @param kind {@code home}, {@code section}, {@code article}, {@code year}, {@code month},
     *     {@code day}, {@code undated}, {@code tag}, {@code author}, {@code source}, {@code archive},
     *     {@code terms}, {@code onthisday} (a calendar day's page and their index)
     * @param root the relative way to the site root, e.g. {@code ../../}, for linking files such as images
     * @param canonical the page's absolute URL, or empty without a {@code baseUrl}
     * @param crumbs the way from the home page to this one; the last is this page (empty on the home page)
     * @param feeds the feeds announced with {@code <link rel="alternate">}
     * @param meta Open Graph and Twitter card tags
     * @param jsonLd schema.org data as JSON ({@code NewsArticle}, or {@code CollectionPage} and
     *     {@code BreadcrumbList}), or empty
     * @param indexable whether search engines should index the page (not the 404 page)
     */
    public record PageView(String kind, String title, String description, String root, String stylesheet,
                           String canonical, List<NavLink> crumbs, List<FeedLink> feeds, List<MetaTag> meta,
                           String jsonLd, boolean indexable) {
    }

    /**
     * A page's languages; every list is empty on a site in one language.
     *
     * @param direction {@code rtl} for a language written right to left, else {@code ltr}
     * @param alternates every version of the page, its own among them, then {@code x-default}, with
     *     absolute addresses when the site has a base URL (for {@code <link rel="alternate" hreflang>})
     * @param translations its versions in other languages, with links ("Also in")
     * @param choices a link to each language: this page's version in it, else its home page
     */
    public record LanguagesView(String direction, List<LanguageLink> alternates, List<LanguageLink> translations,
                                List<LanguageLink> choices) {
    }

    /** A link to a page in a language: {@code code} is its BCP 47 tag, {@code name} the language's own name for itself. */
    public record LanguageLink(String code, String name, String href, boolean current) {
    }

    /** A feed of the page, for {@code <link rel="alternate" type="..." title="..." href="...">}. */
    public record FeedLink(String title, String type, String href) {
    }

    /** A {@code <meta>} tag: {@code attribute} is {@code property} (Open Graph) or {@code name} (Twitter). */
    public record MetaTag(String attribute, String key, String content) {
    }

    /** An article in a listing. */
    public record CardView(String title, String href, String excerpt, DateView date, String section,
                           String sectionHref, String byline) {

        /**
         * The link's hash alone: it names the article and the page's depth, which is what sets two
         * cards apart. A card is hashed as the key of its {@code reuse} fragment on every listing it
         * is on, and its link, its date's two strings and its section's link are made anew for each
         * page, so hashing every part hashed each of those strings again. Equality still compares all.
         */
        @Override
        public int hashCode() {
            return href.hashCode();
        }
    }

    /** A whole article for its page. */
    public record ArticleView(String title, String summary, String byline, List<NavLink> authors, String source,
                              String sourceHref, String section, String sectionHref, String dateline, DateView date,
                              String dateHref, DateView updated, int readingMinutes, String image, String imageAlt,
                              String caption, String body, List<CorrectionView> corrections, List<NavLink> tags,
                              CardView newer, CardView older, List<CardView> related, Map<String, Object> extra) {

        /** The same view with {@code html} as the body. */
        public ArticleView withBody(String html) {
            return new ArticleView(title, summary, byline, authors, source, sourceHref, section, sectionHref, dateline,
                    date, dateHref, updated, readingMinutes, image, imageAlt, caption, html, corrections, tags, newer,
                    older, related, extra);
        }
    }

    public record CorrectionView(DateView date, String note) {
    }

    /**
     * One page of a listing.
     *
     * @param intro a sentence saying what is listed
     * @param newer the neighbouring newer period with articles (years, months, days), or null
     * @param older the neighbouring older period with articles, or null
     * @param periods the months of a year page, or the days of a month page, with their counts; else empty
     * @param description what a section's {@code _index.md} says of it, shown on its page; else empty
     */
    public record ListingView(String heading, String intro, List<CardView> items, int total, PagerView pager,
                              NavLink newer, NavLink older, List<CountLink> periods, String description) {
    }

    /** A link with the number of articles behind it. */
    public record CountLink(String name, String href, int count) {
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

    /** One year of the archive calendar: its twelve months, those without articles having no link. */
    public record YearView(int year, String href, int count, List<MonthCell> months) {
    }

    /** A month in the calendar; {@code href} is empty and {@code count} 0 when it has no articles. */
    public record MonthCell(String name, String shortName, String href, int count) {
    }

    /** The archive index: every year, and the undated articles if any. */
    public record ArchiveView(List<YearView> years, int total, CountLink undated) {
    }

    /**
     * The index of a kind of term: the most used ones, and all of them A to Z.
     *
     * @param kind the kind's URL folder ({@code tags}, {@code authors}, …), which its messages are named by
     */
    public record TermsView(String kind, String plural, String singular, int total, List<CountLink> top,
                            List<CountLink> byName) {
    }

    /** The ways into the archive that the home page shows beside the latest articles. */
    public record HomeView(List<CountLink> sections, List<CountLink> years, CountLink undated, List<CountLink> tags,
                           List<CountLink> authors, List<CountLink> sources, String archiveHref, String tagsHref,
                           String authorsHref, String sourcesHref) {
    }

    /**
     * "On this day": a calendar day across the years.
     *
     * @param name the day without a year ("5 March")
     * @param years newest first
     */
    public record OnThisDayView(String name, int total, List<OnThisDayYear> years, String indexHref) {
    }

    /** One year's articles of a calendar day; {@code href} is that date's day archive. */
    public record OnThisDayYear(int year, String date, String href, List<CardView> items) {
    }

    /** Every calendar day with articles in more than one year, by month (January first). */
    public record OnThisDayIndexView(int total, List<OnThisDayMonth> months) {
    }

    /** A month's calendar days: {@code name} is the month's name, {@code days} link to each day's page. */
    public record OnThisDayMonth(String name, List<CountLink> days) {
    }

    /**
     * The home page's link: to the index without script; a script sets it to today's page.
     *
     * @param dayHref the link to a calendar day's page with {@code MM-DD} for the day
     * @param days each calendar day with a page and its two newest years, "MM-DD:YYYY,YYYY", space-separated
     * @param beforeYear the words the script writes before the year ("On this day in " 2021), in the language
     * @param afterYear the words it writes after the year (none in English)
     */
    public record OnThisDayLink(String indexHref, String dayHref, String days, String beforeYear, String afterYear) {
    }

    /**
     * The people, places or organisations an article names ("In this story").
     *
     * @param heading "People", "Places" or "Organisations"
     * @param kind {@code people}, {@code places} or {@code organisations}, for a class name
     * @param names each with the link to its page, or an empty href when it is named in too few articles to have one
     */
    public record EntityGroup(String heading, String kind, List<NavLink> names) {
    }
}
