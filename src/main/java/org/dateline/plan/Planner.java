package org.dateline.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.dateline.config.FeedFormat;
import org.dateline.config.SiteConfig;
import org.dateline.messages.Messages;
import org.dateline.model.Anniversaries;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.ArticleDate;
import org.dateline.model.DateIndex;
import org.dateline.model.Problem;
import org.dateline.model.Section;
import org.dateline.model.Term;
import org.dateline.model.TermKind;

/**
 * Decides every page of the site and its URL path (the shapes are {@link Urls}'): articles; the home
 * page and each section, year, month, day, tag, author and source as listings, page N of each at
 * {@code <listing>/page/N/}; the archive index; the undated listing; the term indexes. Names the
 * site keeps for its own pages, and four-digit years, cannot be sections or top-level articles.
 */
public final class Planner {

    /** Top-level URL names kept for the site's own pages. */
    public static final Set<String> RESERVED = Set.of(
            "page", "archive", "on-this-day", "undated", "tags", "authors", "sources", "people", "places",
            "organisations", "search", "feeds", "static", "assets", "404");

    /** Where fingerprinted theme files (style sheets, scripts) go; hosts may cache them for ever. */
    public static final String ASSETS = "assets";
    static final int NOT_FOUND_LATEST = 10;
    static final int NEWS_LIMIT = 1000;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final List<Problem> problems = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private final Map<String, Owner> owners = new HashMap<>();
    private final Map<String, String> pageOfSource = new HashMap<>();
    private final Set<String> reservedSections = new HashSet<>();
    private final Function<String, String> displayName;
    private final int pageSize;
    /** The theme's words in the site's language, for the titles of listings and feeds. */
    private final Messages messages;

    private Planner(Function<String, String> displayName, int pageSize, Messages messages) {
        this.displayName = displayName;
        this.pageSize = pageSize;
        this.messages = messages;
    }

    /**
     * @param messages the theme's words in the site's language, for the titles of listings and feeds
     * @param copies files copied as they are, which must not collide with pages
     * @param displayName how problems name an article, from its source path
     */
    public static SitePlan plan(Archive archive, SiteConfig config, Messages messages, List<FileCopy> copies,
                                Function<String, String> displayName, Instant now) {
        Planner planner = new Planner(displayName, config.pageSize(), messages);
        Urls urls = new Urls(archive);
        planner.checkSectionNames(archive);
        planner.articles(archive);
        planner.listings(archive, config, urls);
        planner.feeds(archive, config, urls);
        planner.redirects(archive);
        if (config.search()) {
            planner.search(archive);
        }
        planner.sitemaps(config);
        boolean news = planner.newsSitemap(archive, now);
        planner.claimPage(new Page.RobotsPage("robots.txt",
                news ? List.of("sitemap.xml", "news-sitemap.xml") : List.of("sitemap.xml")), "robots.txt");
        planner.claimPage(new Page.NotFoundPage("404.html",
                archive.articles().subList(0, Math.min(NOT_FOUND_LATEST, archive.articles().size()))), "the 404 page");
        planner.claimPage(new Page.HeadersFile("_headers", ASSETS + "/"), "_headers");
        for (FileCopy copy : copies) {
            planner.claim(copy.outputPath(), copy.origin(), copy.origin());
        }
        return new SitePlan(planner.pages, copies, planner.pageOfSource, urls, planner.problems, urls.collisions());
    }

    /**
     * The pages of the given articles only, as {@link #plan} makes them: each one's own page and,
     * when the site has search, its search text; and every article's URL, for links between them.
     * For a build that renders a few articles' pages of a site whose other pages it knows are as
     * they were: the listings, feeds, redirects and sitemaps of the whole plan are left out.
     *
     * @param sources the source paths of the articles whose pages are wanted
     */
    public static SitePlan articlePages(Archive archive, SiteConfig config, Function<String, String> displayName,
                                        Set<String> sources) {
        Planner planner = new Planner(displayName, config.pageSize(), null); // article pages have no titles to make
        Urls urls = new Urls(archive);
        planner.checkSectionNames(archive);
        planner.articles(archive);
        List<Page> pages = new ArrayList<>();
        for (Page page : planner.pages) {
            if (page instanceof Page.ArticlePage p && sources.contains(p.article().sourcePath())) {
                pages.add(page);
                if (config.search()) {
                    pages.add(searchText(p.article()));
                }
            }
        }
        return new SitePlan(pages, List.of(), planner.pageOfSource, urls, planner.problems, urls.collisions());
    }

    /**
     * Feeds in the formats the settings name for the home page and, unless only the home page is to
     * have them, each section and each tag, author and source that has a listing.
     */
    private void feeds(Archive archive, SiteConfig config, Urls urls) {
        int size = config.feedSize();
        List<FeedFormat> formats = config.feedFormats();
        feed(new Page.Latest(), config.title(), Urls.home(), archive.articles(), size, formats);
        if (!config.listingFeeds()) {
            return;
        }
        for (Section section : archive.sections()) {
            if (!reservedSections.contains(section.slug())) {
                feed(new Page.OfSection(section), messages.text("feed.section", section.name(), config.title()),
                        Urls.section(section.slug()), section.articles(), size, formats);
            }
        }
        for (TermKind kind : TermKind.values()) {
            if (!config.hasListings(kind)) {
                continue;
            }
            // A person, place or organisation has one feed, not one per format: there are thousands
            // of them, and a reader who follows one needs one feed, not three copies of it.
            List<FeedFormat> kindFormats = kind.isEntity() ? FeedFormat.main(formats) : formats;
            for (Term term : archive.terms(kind).byName()) {
                String kindName = messages.text("kind." + kind.singular().toLowerCase(Locale.ROOT));
                feed(new Page.OfTerm(term), messages.text("feed.term", kindName, term.name(), config.title()),
                        urls.term(term), term.articles(), size, kindFormats);
            }
        }
    }

    private void feed(Page.Subject subject, String title, String listingPath, List<Article> articles, int size,
                      List<FeedFormat> formats) {
        List<Article> items = articles.subList(0, Math.min(size, articles.size()));
        for (FeedFormat format : formats) {
            claimPage(new Page.FeedPage(listingPath + format.fileName(), format, title, listingPath, subject, items),
                    () -> "the " + format.label() + " feed of " + title);
        }
    }

    /** The search page, and each article's text for result snippets (the index itself is made at build time). */
    private void search(Archive archive) {
        claimPage(new Page.SearchPage(Urls.search()), "the search page");
        for (Article article : archive.articles()) {
            if (pageOfSource.containsKey(article.sourcePath())) {
                claimPage(searchText(article),
                        () -> "the search text of " + displayName.apply(article.sourcePath()));
            }
        }
    }

    private static Page.SearchTextFile searchText(Article article) {
        return new Page.SearchTextFile(Urls.searchText(article), article);
    }

    /** A redirect page at every former URL ({@code aliases}) of an article, and the list of them for hosts. */
    private void redirects(Archive archive) {
        List<Page.RedirectPage> redirects = new ArrayList<>();
        for (Article article : archive.articles()) {
            String target = pageOfSource.get(article.sourcePath());
            if (target == null) {
                continue;
            }
            for (String alias : article.aliases()) {
                String path = aliasPath(alias);
                String file = displayName.apply(article.sourcePath());
                if (path == null) {
                    problems.add(Problem.inFile(file, "the alias '" + alias + "' is not a path inside the site",
                            "Write former URLs as paths from the site root, e.g. 'aliases: [\"/2019/05/old-story/\"]'."));
                    continue;
                }
                if (path.equals(target)) {
                    continue; // a Jekyll permalink or Hugo url that is already the page's own URL
                }
                Page.RedirectPage redirect = new Page.RedirectPage(path, target, article);
                if (claim(redirect.outputFile(), "the alias '" + alias + "' of " + file, file)) {
                    pages.add(redirect);
                    redirects.add(redirect);
                }
            }
        }
        if (!redirects.isEmpty()) {
            claimPage(new Page.RedirectsFile("_redirects", redirects), "_redirects");
        }
    }

    /**
     * Where a theme file goes in the site: style sheets and scripts under {@value #ASSETS}/ with a
     * fingerprint of their bytes in the name ({@code assets/style.1a2b3c4d.css}), so hosts can cache
     * them for ever and a changed file gets a new URL; every other file at its own path.
     *
     * @param contentHash a hex digest of the file's bytes
     */
    public static String themeFilePath(String path, String contentHash) {
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!extension.equals("css") && !extension.equals("js")) {
            return path;
        }
        return ASSETS + "/" + path.substring(0, dot) + "." + contentHash.substring(0, 10) + "." + extension;
    }

    /** {@code /old/story} → {@code old/story/}; {@code /old/story.html} stays a file; null when it leaves the site. */
    static String aliasPath(String alias) {
        String path = alias.strip();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.isEmpty() || path.contains("\\") || path.contains("\0") || path.contains("?") || path.contains("#")
                || path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;
        }
        for (String part : path.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                return null;
            }
        }
        return path.endsWith("/") || path.endsWith(".html") || path.endsWith(".htm") ? path : path + "/";
    }

    /** One sitemap, or an index of parts when the site has more URLs than one file may hold. */
    private void sitemaps(SiteConfig config) {
        List<Page.SitemapEntry> entries = new ArrayList<>();
        for (Page page : pages) {
            if (page.isIndexable()) {
                entries.add(new Page.SitemapEntry(page.path(), lastModified(page)));
            }
        }
        int size = config.sitemapSize();
        if (entries.size() <= size) {
            claimPage(new Page.SitemapPage("sitemap.xml", entries), "the sitemap");
            return;
        }
        List<String> parts = new ArrayList<>();
        for (int from = 0, n = 1; from < entries.size(); from += size, n++) {
            String part = "sitemap-" + n + ".xml";
            parts.add(part);
            claimPage(new Page.SitemapPage(part, entries.subList(from, Math.min(entries.size(), from + size))),
                    "part " + n + " of the sitemap");
        }
        claimPage(new Page.SitemapIndexPage("sitemap.xml", parts), "the sitemap index");
    }

    private static ZonedDateTime lastModified(Page page) {
        if (page instanceof Page.ArticlePage p) {
            ArticleDate changed = changed(p.article());
            return changed == null ? null : changed.value();
        }
        if (page instanceof Page.ListingPage p) {
            ArticleDate newest = null;
            for (Article article : p.items()) {
                ArticleDate changed = changed(article);
                if (changed != null && (newest == null || changed.compareTo(newest) > 0)) {
                    newest = changed;
                }
            }
            return newest == null ? null : newest.value();
        }
        return null;
    }

    private static ArticleDate changed(Article article) {
        return article.updated() != null ? article.updated() : article.date();
    }

    /**
     * Google News wants only the last two days' articles, and at most 1,000 of them. A sitemap must
     * list at least one URL, so without recent articles there is none.
     *
     * @return whether there is a news sitemap
     */
    private boolean newsSitemap(Archive archive, Instant now) {
        Instant cutoff = newsCutoff(now);
        List<Article> recent = new ArrayList<>();
        for (Article article : archive.articles()) {
            if (!article.isDated() || article.date().isBefore(cutoff) || recent.size() == NEWS_LIMIT) {
                break;
            }
            if (isNews(article, now) && pageOfSource.containsKey(article.sourcePath())) {
                recent.add(article);
            }
        }
        if (recent.isEmpty()) {
            return false;
        }
        claimPage(new Page.NewsSitemapPage("news-sitemap.xml", recent), "the news sitemap");
        return true;
    }

    /**
     * Whether the news sitemap made at {@code now} may list the article: it is dated within the last
     * two days, and not later than now. This, and which articles are published, is all of a plan
     * that depends on the clock.
     */
    public static boolean isNews(Article article, Instant now) {
        if (!article.isDated()) {
            return false;
        }
        return !article.date().isBefore(newsCutoff(now)) && !article.date().isAfter(now);
    }

    private static Instant newsCutoff(Instant now) {
        return now.minus(Duration.ofDays(2));
    }

    /** Reports sections named like the site's own pages; their pages are left out of the plan. */
    private void checkSectionNames(Archive archive) {
        for (Section section : archive.sections()) {
            String reason = reservedReason(section.slug());
            if (reason != null) {
                reservedSections.add(section.slug());
                problems.add(Problem.inFile(displayName.apply(section.articles().get(0).sourcePath()),
                        "the section '" + section.name() + "' would be at /" + section.slug() + "/, " + reason,
                        "Rename the section's folder, or give its articles another 'section:'."));
            }
        }
    }

    private void articles(Archive archive) {
        for (Section section : archive.sections()) {
            if (reservedSections.contains(section.slug())) {
                continue;
            }
            List<Article> articles = section.articles();
            for (int i = 0; i < articles.size(); i++) {
                addArticle(new Page.ArticlePage(Urls.article(articles.get(i)), articles.get(i), section,
                        i > 0 ? articles.get(i - 1) : null, i + 1 < articles.size() ? articles.get(i + 1) : null));
            }
        }
        for (Article article : archive.articles()) {
            if (!article.sectionSlug().isEmpty()) {
                continue;
            }
            String reason = reservedReason(article.slug());
            if (reason != null) {
                problems.add(Problem.inFile(displayName.apply(article.sourcePath()),
                        "the article would be at /" + article.slug() + "/, " + reason,
                        "Move it into a section folder, or give it another 'slug:'."));
                continue;
            }
            addArticle(new Page.ArticlePage(Urls.article(article), article, null, null, null));
        }
    }

    private void listings(Archive archive, SiteConfig config, Urls urls) {
        listing(new Page.Latest(), messages.text("listing.latest"), archive.articles(), Urls.home(), null, null);
        for (Section section : archive.sections()) {
            if (reservedSections.contains(section.slug())) {
                continue;
            }
            listing(new Page.OfSection(section), section.name(), section.articles(), Urls.section(section.slug()), null, null);
        }

        if (config.dateListings()) {
            dateListings(archive, config.locale());
        }
        for (TermKind kind : TermKind.values()) {
            List<Term> terms = archive.terms(kind).byName();
            if (terms.isEmpty() || !config.hasListings(kind)) {
                continue;
            }
            claimPage(new Page.TermIndexPage(Urls.termIndex(kind), kind), "the " + kind.plural().toLowerCase(Locale.ROOT) + " index");
            // A person's, place's or organisation's page lists headlines, not cards: five pages' worth at
            // once, since there are thousands of them and a reader runs down one's stories by headline.
            int size = kind.isEntity() ? ENTITY_PAGE_FACTOR * pageSize : pageSize;
            for (Term term : terms) {
                listing(new Page.OfTerm(term), term.name(), term.articles(), urls.term(term), null, null, size);
            }
        }
    }

    /** How many times the settings' page size a page of a person, place or organisation lists. */
    public static final int ENTITY_PAGE_FACTOR = 5;

    /** A listing per year, month and day, each with its neighbours; the archive index; the undated articles. */
    private void dateListings(Archive archive, Locale locale) {
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern(messages.text("date.month"), locale);
        DateTimeFormatter dayName = DateTimeFormatter.ofPattern(messages.text("date.day"), locale);
        DateIndex dates = archive.dates();
        List<DateIndex.Year> years = dates.years();
        for (int i = 0; i < years.size(); i++) {
            DateIndex.Year year = years.get(i);
            listing(new Page.OfYear(year), String.valueOf(year.year()), year.articles(), Urls.year(year.year()),
                    i > 0 ? new Page.Neighbour(String.valueOf(years.get(i - 1).year()), Urls.year(years.get(i - 1).year())) : null,
                    i + 1 < years.size() ? new Page.Neighbour(String.valueOf(years.get(i + 1).year()), Urls.year(years.get(i + 1).year())) : null);
        }
        List<DateIndex.Month> months = dates.months();
        for (int i = 0; i < months.size(); i++) {
            DateIndex.Month month = months.get(i);
            listing(new Page.OfMonth(month), monthName.format(month.month()), month.articles(), Urls.month(month.month()),
                    i > 0 ? new Page.Neighbour(monthName.format(months.get(i - 1).month()), Urls.month(months.get(i - 1).month())) : null,
                    i + 1 < months.size() ? new Page.Neighbour(monthName.format(months.get(i + 1).month()), Urls.month(months.get(i + 1).month())) : null);
        }
        List<DateIndex.Day> days = dates.days();
        for (int i = 0; i < days.size(); i++) {
            DateIndex.Day day = days.get(i);
            listing(new Page.OfDay(day), dayName.format(day.date()), day.articles(), Urls.day(day.date()),
                    i > 0 ? new Page.Neighbour(dayName.format(days.get(i - 1).date()), Urls.day(days.get(i - 1).date())) : null,
                    i + 1 < days.size() ? new Page.Neighbour(dayName.format(days.get(i + 1).date()), Urls.day(days.get(i + 1).date())) : null);
        }
        claimPage(new Page.ArchiveIndexPage(Urls.archiveIndex()), "the archive index");
        onThisDay(dates.anniversaries());
        if (!dates.undated().isEmpty()) {
            listing(new Page.Undated(), messages.text("listing.undated"), dates.undated(), Urls.undated(), null, null);
        }
    }

    /** A page per calendar day with articles in more than one year, and their index; none without such days. */
    private void onThisDay(Anniversaries anniversaries) {
        if (anniversaries.isEmpty()) {
            return;
        }
        claimPage(new Page.OnThisDayIndexPage(Urls.onThisDayIndex(), anniversaries.all()), "the on-this-day index");
        for (Anniversaries.Anniversary anniversary : anniversaries.all()) {
            claimPage(new Page.OnThisDayPage(Urls.onThisDay(anniversary.day()), anniversary),
                    () -> "the on-this-day page of " + anniversary.day());
        }
    }

    private void addArticle(Page.ArticlePage page) {
        // Named only if another page wants the same file: 100,000 lookups otherwise never read.
        String source = page.article().sourcePath();
        Supplier<String> name = () -> displayName.apply(source);
        if (claim(page.outputFile(), name, name)) {
            pages.add(page);
            pageOfSource.put(page.article().sourcePath(), page.path());
        }
    }

    private void listing(Page.Subject subject, String title, List<Article> articles, String firstPath,
                         Page.Neighbour newer, Page.Neighbour older) {
        listing(subject, title, articles, firstPath, newer, older, pageSize);
    }

    private void listing(Page.Subject subject, String title, List<Article> articles, String firstPath,
                         Page.Neighbour newer, Page.Neighbour older, int pageSize) {
        int count = Pagination.pageCount(articles.size(), pageSize);
        for (int n = 1; n <= count; n++) {
            Pagination pagination = new Pagination(n, count, firstPath);
            int from = (n - 1) * pageSize;
            int to = Math.min(articles.size(), from + pageSize);
            int number = n;
            claimPage(new Page.ListingPage(pagination.path(), subject, title, articles.subList(from, to), articles.size(),
                    pagination, newer, older), () -> "the listing '" + title + "'" + (number > 1 ? " (page " + number + ")" : ""));
        }
    }

    private void claimPage(Page page, String owner) {
        claimPage(page, () -> owner);
    }

    /** As {@link #claimPage(Page, String)}, for the many pages whose description is text to put together. */
    private void claimPage(Page page, Supplier<String> owner) {
        if (claim(page.outputFile(), owner, () -> "")) {
            pages.add(page);
        }
    }

    /**
     * Who wants an output file: a description, made only if another wants the same file (a
     * quarter of a million descriptions at 100,000 articles, almost never read), and the source
     * file to blame, if any, also named only then.
     */
    private record Owner(Supplier<String> description, Supplier<String> file) {
    }

    private boolean claim(String outputFile, String owner, String file) {
        return claim(outputFile, () -> owner, () -> file);
    }

    /** Takes {@code outputFile} for {@code owner}; when another took it first, adds a problem and returns false. */
    private boolean claim(String outputFile, Supplier<String> owner, Supplier<String> file) {
        Owner previous = owners.putIfAbsent(outputFile, new Owner(owner, file));
        if (previous == null) {
            return true;
        }
        // Name a source file when either side has one, so an editor can jump to it.
        String blamed = file.get();
        problems.add(Problem.inFile(blamed.isEmpty() ? previous.file().get() : blamed,
                owner.get() + " and " + previous.description().get() + " would both be written to " + outputFile,
                "Give one of them another 'slug:' (or rename the file) so each has its own URL."));
        return false;
    }

    private static String reservedReason(String slug) {
        if (RESERVED.contains(slug)) {
            return "a URL the site keeps for its own '" + slug + "' pages";
        }
        if (YEAR.matcher(slug).matches()) {
            return "a URL the site keeps for the year " + slug;
        }
        return null;
    }
}
