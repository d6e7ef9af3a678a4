package org.dateline.render;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.dateline.config.SiteConfig;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.Correction;
import org.dateline.model.DateIndex;
import org.dateline.model.ProblemException;
import org.dateline.model.RelatedArticles;
import org.dateline.model.Section;
import org.dateline.model.Taxonomy;
import org.dateline.model.Term;
import org.dateline.model.TermKind;
import org.dateline.config.FeedFormat;
import org.dateline.plan.Links;
import org.dateline.plan.Page;
import org.dateline.plan.Pagination;
import org.dateline.plan.Urls;
import org.dateline.render.Views.ArchiveView;
import org.dateline.render.Views.ArticleView;
import org.dateline.render.Views.CardView;
import org.dateline.render.Views.CorrectionView;
import org.dateline.render.Views.CountLink;
import org.dateline.render.Views.FeedLink;
import org.dateline.render.Views.HomeView;
import org.dateline.render.Views.ListingView;
import org.dateline.render.Views.MonthCell;
import org.dateline.render.Views.NavLink;
import org.dateline.render.Views.PageLink;
import org.dateline.render.Views.PageView;
import org.dateline.search.SearchIndex;
import org.dateline.render.Views.SearchView;
import org.dateline.render.Views.PagerView;
import org.dateline.render.Views.SiteView;
import org.dateline.render.Views.TermsView;
import org.dateline.render.Views.YearView;

/** Builds the views of one page, every link relative to that page. */
final class ViewMaker {

    /** Reading speed used for "N min read". */
    static final int WORDS_PER_MINUTE = 230;
    /** Page numbers shown on each side of the current one in a pager. */
    static final int PAGER_WINDOW = 2;
    static final int RELATED = 5;
    /** Terms of each kind the home page shows. */
    static final int HOME_TERMS = 12;
    /** Terms the index of a kind shows as most used. */
    static final int TOP_TERMS = 30;

    private final RenderContext c;
    private final SiteConfig config;
    private final Archive archive;
    private final Metadata metadata;
    private final Links links;
    private final String from;

    /**
     * @param page the page whose views are made; links are relative to it, except on the 404 page,
     *     which a host shows at any URL and so links from the site's root path
     */
    ViewMaker(RenderContext context, Page page) {
        this.c = context;
        this.config = context.config();
        this.archive = context.archive();
        this.metadata = new Metadata(context);
        this.links = page instanceof Page.NotFoundPage ? context.links().rootedAt(config.basePath()) : context.links();
        this.from = page.path();
    }

    private String href(String path) {
        return links.page(from, path);
    }

    SiteView site(Page page) {
        String currentSection = currentSection(page);
        List<NavLink> sections = new ArrayList<>(archive.sections().size());
        for (Section section : archive.sections()) {
            sections.add(new NavLink(section.name(), href(Urls.section(section.slug())), section.slug().equals(currentSection)));
        }
        List<NavLink> browse = new ArrayList<>();
        if (config.dateListings()) {
            browse.add(new NavLink("Archive", href(Urls.archiveIndex()), page instanceof Page.ArchiveIndexPage));
        }
        for (TermKind kind : TermKind.values()) {
            if (config.hasListings(kind) && !archive.terms(kind).byName().isEmpty()) {
                boolean current = page instanceof Page.TermIndexPage t && t.kind() == kind;
                browse.add(new NavLink(kind.plural(), href(Urls.termIndex(kind)), current));
            }
        }
        return new SiteView(config.title(), config.description(), config.language(), href(Urls.home()), sections, browse,
                config.search() ? href(Urls.search()) : "");
    }

    private static String currentSection(Page page) {
        if (page instanceof Page.ArticlePage p) {
            return p.article().sectionSlug();
        }
        if (page instanceof Page.ListingPage p && p.subject() instanceof Page.OfSection s) {
            return s.section().slug();
        }
        return "";
    }

    PageView page(Page page) {
        String canonical = config.baseUrl().isEmpty() ? "" : config.baseUrl() + page.path();
        String root = links.file(from, "");
        String stylesheet = links.file(from, c.themeFile(ThemeFiles.STYLESHEET));
        List<FeedLink> siteFeed = feedLinks(Urls.home(), config.title(), mainFeedFormat());
        if (page instanceof Page.ArticlePage p) {
            Article a = p.article();
            List<Metadata.Crumb> crumbs = new ArrayList<>();
            crumbs.add(new Metadata.Crumb("Home", Urls.home()));
            if (p.section() != null) {
                crumbs.add(new Metadata.Crumb(p.section().name(), Urls.section(p.section().slug())));
            }
            crumbs.add(new Metadata.Crumb(a.title(), p.path()));
            String description = a.summary().isEmpty() ? a.excerpt() : a.summary();
            List<FeedLink> feeds = new ArrayList<>(siteFeed);
            if (p.section() != null && config.listingFeeds()) {
                feeds.addAll(feedLinks(Urls.section(p.section().slug()), p.section().name(), mainFeedFormat()));
            }
            return new PageView("article", a.title(), description, root, stylesheet, canonical, navLinks(crumbs), feeds,
                    metadata.article(a, description), metadata.articleJsonLd(a, description), true);
        }
        if (page instanceof Page.ListingPage p) {
            String suffix = p.pagination().number() > 1 ? " – page " + p.pagination().number() : "";
            String description = describe(p);
            List<Metadata.Crumb> crumbs = crumbs(p);
            List<FeedLink> feeds = siteFeed;
            if (p.subject() instanceof Page.Latest) {
                feeds = feedLinks(Urls.home(), config.title(), config.feedFormats());
            } else if (config.listingFeeds() && (p.subject() instanceof Page.OfSection || p.subject() instanceof Page.OfTerm)) {
                feeds = feedLinks(p.pagination().pathOf(1), p.title(), config.feedFormats());
            }
            return new PageView(kindOf(p.subject()), p.title() + suffix, description, root, stylesheet, canonical,
                    navLinks(crumbs), feeds, metadata.listing(p.title() + suffix, description, p.path()),
                    metadata.collectionJsonLd(p.title() + suffix, description, p.path(), crumbs), true);
        }
        if (page instanceof Page.TermIndexPage p) {
            String description = "Every " + p.kind().singular().toLowerCase(Locale.ROOT) + " in " + config.title()
                    + ", with the number of articles.";
            List<Metadata.Crumb> crumbs = List.of(new Metadata.Crumb("Home", Urls.home()),
                    new Metadata.Crumb(p.kind().plural(), p.path()));
            return new PageView("terms", p.kind().plural(), description, root, stylesheet, canonical, navLinks(crumbs),
                    siteFeed, metadata.listing(p.kind().plural(), description, p.path()),
                    metadata.collectionJsonLd(p.kind().plural(), description, p.path(), crumbs), true);
        }
        if (page instanceof Page.NotFoundPage) {
            return new PageView("notfound", "Page not found", "", root, stylesheet, "", List.of(), siteFeed, List.of(), "",
                    false);
        }
        if (page instanceof Page.SearchPage) {
            List<Metadata.Crumb> crumbs = List.of(new Metadata.Crumb("Home", Urls.home()),
                    new Metadata.Crumb("Search", page.path()));
            return new PageView("search", "Search", "Search every article of " + config.title() + ".", root, stylesheet,
                    canonical, navLinks(crumbs), siteFeed, List.of(), "", false);
        }
        if (page instanceof Page.RedirectPage p) {
            return new PageView("redirect", p.article().title(), "", root, stylesheet, config.absolute(p.targetPath()),
                    List.of(), List.of(), List.of(), "", false);
        }
        String description = "Every year and month of " + config.title() + ", with the number of articles.";
        List<Metadata.Crumb> crumbs = List.of(new Metadata.Crumb("Home", Urls.home()),
                new Metadata.Crumb("Archive", page.path()));
        return new PageView("archive", "Archive", description, root, stylesheet, canonical, navLinks(crumbs), siteFeed,
                metadata.listing("Archive", description, page.path()),
                metadata.collectionJsonLd("Archive", description, page.path(), crumbs), true);
    }

    /** The search page's script, index and filter choices. */
    SearchView search() {
        List<Views.Option> sections = new ArrayList<>();
        for (Section section : archive.sections()) {
            sections.add(new Views.Option(section.slug(), section.name()));
        }
        List<Integer> years = new ArrayList<>();
        for (DateIndex.Year year : archive.dates().years()) {
            years.add(year.year());
        }
        years.sort(java.util.Comparator.reverseOrder());
        return new SearchView(links.file(from, c.themeFile(ThemeFiles.SEARCH_SCRIPT)),
                links.file(from, Urls.search() + SearchIndex.META), links.file(from, ""), sections, years);
    }

    /** The one feed pages other than listings point to: RSS when the site has it, else its first format, if any. */
    private List<FeedFormat> mainFeedFormat() {
        List<FeedFormat> formats = config.feedFormats();
        if (formats.contains(FeedFormat.RSS)) {
            return List.of(FeedFormat.RSS);
        }
        return formats.isEmpty() ? List.of() : List.of(formats.get(0));
    }

    private List<FeedLink> feedLinks(String listingPath, String title, List<FeedFormat> formats) {
        List<FeedLink> feeds = new ArrayList<>(formats.size());
        for (FeedFormat format : formats) {
            feeds.add(new FeedLink(title + " (" + format.label() + ")", format.mediaType(),
                    links.file(from, listingPath + format.fileName())));
        }
        return feeds;
    }

    private List<NavLink> navLinks(List<Metadata.Crumb> crumbs) {
        List<NavLink> links = new ArrayList<>(crumbs.size());
        for (int i = 0; i < crumbs.size(); i++) {
            links.add(new NavLink(crumbs.get(i).name(), href(crumbs.get(i).path()), i == crumbs.size() - 1));
        }
        return links;
    }

    private static String kindOf(Page.Subject subject) {
        if (subject instanceof Page.Latest) {
            return "home";
        }
        if (subject instanceof Page.OfSection) {
            return "section";
        }
        if (subject instanceof Page.OfYear) {
            return "year";
        }
        if (subject instanceof Page.OfMonth) {
            return "month";
        }
        if (subject instanceof Page.OfDay) {
            return "day";
        }
        if (subject instanceof Page.OfTerm t) {
            return t.term().kind().singular().toLowerCase(Locale.ROOT);
        }
        return "undated";
    }

    private String describe(Page.ListingPage p) {
        Page.Subject s = p.subject();
        if (s instanceof Page.Latest) {
            return config.description().isEmpty() ? "The latest articles from " + config.title() + "." : config.description();
        }
        if (s instanceof Page.OfSection) {
            return "Articles in " + p.title() + ", newest first.";
        }
        if (s instanceof Page.OfYear || s instanceof Page.OfMonth) {
            return "Articles from " + p.title() + ", newest first.";
        }
        if (s instanceof Page.OfDay) {
            return "Articles from " + p.title() + ".";
        }
        if (s instanceof Page.OfTerm t) {
            return switch (t.term().kind()) {
                case TAG -> "Articles tagged " + p.title() + ", newest first.";
                case AUTHOR -> "Articles by " + p.title() + ", newest first.";
                case SOURCE -> "Articles from " + p.title() + ", newest first.";
            };
        }
        return "Articles that carry no date, by headline.";
    }

    private List<Metadata.Crumb> crumbs(Page.ListingPage p) {
        List<Metadata.Crumb> crumbs = new ArrayList<>();
        Page.Subject s = p.subject();
        if (s instanceof Page.Latest) {
            return crumbs;
        }
        crumbs.add(new Metadata.Crumb("Home", Urls.home()));
        if (s instanceof Page.OfYear || s instanceof Page.OfMonth || s instanceof Page.OfDay || s instanceof Page.Undated) {
            crumbs.add(new Metadata.Crumb("Archive", Urls.archiveIndex()));
        }
        if (s instanceof Page.OfMonth m) {
            crumbs.add(new Metadata.Crumb(String.valueOf(m.month().month().getYear()), Urls.year(m.month().month().getYear())));
        }
        if (s instanceof Page.OfDay d) {
            YearMonth month = YearMonth.from(d.day().date());
            crumbs.add(new Metadata.Crumb(String.valueOf(month.getYear()), Urls.year(month.getYear())));
            crumbs.add(new Metadata.Crumb(monthName(month), Urls.month(month)));
        }
        if (s instanceof Page.OfTerm t) {
            crumbs.add(new Metadata.Crumb(t.term().kind().plural(), Urls.termIndex(t.term().kind())));
        }
        crumbs.add(new Metadata.Crumb(p.title(), p.pagination().pathOf(1)));
        return crumbs;
    }

    /**
     * The article's view. Its body is not read here: the view holds a digest of the body's source in
     * its place, which is all a page fingerprint needs; rendering puts the body in.
     */
    ArticleView article(Page.ArticlePage page) {
        Article a = page.article();
        String body = c.bodies().fingerprint(a);
        String image = a.image().isEmpty() ? "" : c.sourceLinks().rewrite(a.image(), a.sourcePath(), from);
        List<CorrectionView> corrections = new ArrayList<>();
        for (Correction correction : a.corrections()) {
            corrections.add(new CorrectionView(c.dates().view(correction.date()), correction.note()));
        }
        List<CardView> related = new ArrayList<>();
        for (Article other : RelatedArticles.of(a, archive, page.section(), RELATED)) {
            related.add(card(other));
        }
        String sectionHref = a.sectionSlug().isEmpty() ? "" : href(Urls.section(a.sectionSlug()));
        int minutes = Math.max(1, Math.round(a.wordCount() / (float) WORDS_PER_MINUTE));
        String dateHref = !config.dateListings() ? ""
                : a.isDated() ? href(Urls.day(DateIndex.localDate(a, config.timeZone()))) : href(Urls.undated());
        String sourceHref = a.source().isEmpty() ? "" : termHref(TermKind.SOURCE, a.source());
        return new ArticleView(a.title(), a.summary(), byline(a.authors()), termLinks(TermKind.AUTHOR, a.authors()),
                a.source(), sourceHref, a.section(), sectionHref, a.dateline(), c.dates().view(a.date()), dateHref,
                c.dates().view(a.updated()), minutes, image, a.caption().isEmpty() ? a.title() : a.caption(),
                a.caption(), body, corrections, termLinks(TermKind.TAG, a.tags()),
                page.newer() == null ? null : card(page.newer()), page.older() == null ? null : card(page.older()),
                related, new TreeMap<>(a.extra()));
    }

    private List<NavLink> termLinks(TermKind kind, List<String> names) {
        List<NavLink> links = new ArrayList<>(names.size());
        for (String name : names) {
            links.add(new NavLink(name, termHref(kind, name), false));
        }
        return links;
    }

    /** The link to a term's listing; empty when there is none (no such term, or no listings of its kind). */
    private String termHref(TermKind kind, String name) {
        Term term = c.listedTerm(kind, name);
        return term == null ? "" : href(c.urls().term(term));
    }

    ListingView listing(Page.ListingPage p) {
        List<CardView> cards = new ArrayList<>(p.items().size());
        for (Article article : p.items()) {
            cards.add(card(article));
        }
        List<CountLink> periods = new ArrayList<>();
        if (p.subject() instanceof Page.OfYear y) {
            for (DateIndex.Month month : y.year().months()) {
                periods.add(new CountLink(monthName(month.month()), href(Urls.month(month.month())), month.articles().size()));
            }
        } else if (p.subject() instanceof Page.OfMonth m) {
            for (DateIndex.Day day : m.month().days()) {
                periods.add(new CountLink(c.dates().dayName(day.date()), href(Urls.day(day.date())), day.articles().size()));
            }
        }
        return new ListingView(p.title(), describe(p), cards, p.total(), pager(p.pagination()),
                p.newer() == null ? null : new NavLink(p.newer().title(), href(p.newer().path()), false),
                p.older() == null ? null : new NavLink(p.older().title(), href(p.older().path()), false),
                periods);
    }

    HomeView home() {
        List<CountLink> sections = new ArrayList<>();
        for (Section section : archive.sections()) {
            sections.add(new CountLink(section.name(), href(Urls.section(section.slug())), section.articles().size()));
        }
        List<CountLink> years = new ArrayList<>();
        if (config.dateListings()) {
            for (DateIndex.Year year : archive.dates().years()) {
                years.add(new CountLink(String.valueOf(year.year()), href(Urls.year(year.year())), year.articles().size()));
            }
        }
        return new HomeView(sections, years, undatedLink(), topTerms(TermKind.TAG), topTerms(TermKind.AUTHOR),
                topTerms(TermKind.SOURCE), archiveHref(), termIndexHref(TermKind.TAG), termIndexHref(TermKind.AUTHOR),
                termIndexHref(TermKind.SOURCE));
    }

    private String termIndexHref(TermKind kind) {
        return config.hasListings(kind) ? href(Urls.termIndex(kind)) : "";
    }

    private CountLink undatedLink() {
        int undated = archive.dates().undated().size();
        return undated == 0 || !config.dateListings() ? null : new CountLink("Undated", href(Urls.undated()), undated);
    }

    /** The most used terms of a kind, for the home page; none when the kind has no listings to link to. */
    private List<CountLink> topTerms(TermKind kind) {
        if (!config.hasListings(kind)) {
            return List.of();
        }
        List<Term> top = archive.terms(kind).byCount();
        return termCounts(top.subList(0, Math.min(HOME_TERMS, top.size())));
    }

    private List<CountLink> termCounts(List<Term> terms) {
        List<CountLink> links = new ArrayList<>(terms.size());
        for (Term term : terms) {
            links.add(new CountLink(term.name(), href(c.urls().term(term)), term.count()));
        }
        return links;
    }

    ArchiveView archiveIndex() {
        List<YearView> years = new ArrayList<>();
        for (DateIndex.Year year : archive.dates().years()) {
            List<MonthCell> cells = new ArrayList<>(12);
            int next = year.months().size() - 1; // months are newest first; walk them January first
            for (Month m : Month.values()) {
                YearMonth month = YearMonth.of(year.year(), m);
                DateIndex.Month found = next >= 0 && year.months().get(next).month().equals(month) ? year.months().get(next--) : null;
                String full = m.getDisplayName(TextStyle.FULL_STANDALONE, config.locale());
                String shortName = m.getDisplayName(TextStyle.SHORT_STANDALONE, config.locale());
                cells.add(found == null ? new MonthCell(full, shortName, "", 0)
                        : new MonthCell(full, shortName, href(Urls.month(month)), found.articles().size()));
            }
            years.add(new YearView(year.year(), href(Urls.year(year.year())), year.articles().size(), cells));
        }
        return new ArchiveView(years, archive.articles().size(), undatedLink());
    }

    TermsView termIndex(TermKind kind) {
        Taxonomy terms = archive.terms(kind);
        List<Term> top = terms.byCount().subList(0, Math.min(TOP_TERMS, terms.byCount().size()));
        return new TermsView(kind.plural(), kind.singular(), terms.byName().size(), termCounts(top),
                termCounts(terms.byName()));
    }

    /** Cards for a list of articles, such as the 404 page's latest. */
    List<CardView> cards(List<Article> articles) {
        List<CardView> cards = new ArrayList<>(articles.size());
        for (Article article : articles) {
            cards.add(card(article));
        }
        return cards;
    }

    /** The link to the archive index; empty when the site has no date archive. */
    String archiveHref() {
        return config.dateListings() ? href(Urls.archiveIndex()) : "";
    }

    String targetHref(String path) {
        return href(path);
    }

    private CardView card(Article a) {
        String section = a.sectionSlug().isEmpty() ? "" : href(Urls.section(a.sectionSlug()));
        return new CardView(a.title(), href(Urls.article(a)), a.excerpt(), c.dates().view(a.date()), a.section(), section,
                byline(a.authors()));
    }

    PagerView pager(Pagination p) {
        List<PageLink> numbers = new ArrayList<>();
        int low = Math.max(1, p.number() - PAGER_WINDOW);
        int high = Math.min(p.count(), p.number() + PAGER_WINDOW);
        if (low > 1) {
            numbers.add(pageLink(p, 1));
            if (low > 2) {
                numbers.add(new PageLink(0, "", false, true));
            }
        }
        for (int n = low; n <= high; n++) {
            numbers.add(pageLink(p, n));
        }
        if (high < p.count()) {
            if (high < p.count() - 1) {
                numbers.add(new PageLink(0, "", false, true));
            }
            numbers.add(pageLink(p, p.count()));
        }
        return new PagerView(p.number(), p.count(),
                p.number() > 1 ? href(p.pathOf(1)) : "",
                p.hasPrevious() ? href(p.pathOf(p.number() - 1)) : "",
                p.hasNext() ? href(p.pathOf(p.number() + 1)) : "",
                p.number() < p.count() ? href(p.pathOf(p.count())) : "",
                numbers);
    }

    private PageLink pageLink(Pagination p, int n) {
        return new PageLink(n, href(p.pathOf(n)), n == p.number(), false);
    }

    private String monthName(YearMonth month) {
        return c.dates().monthName(month);
    }

    static String byline(List<String> authors) {
        int n = authors.size();
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            return authors.get(0);
        }
        return String.join(", ", authors.subList(0, n - 1)) + " and " + authors.get(n - 1);
    }
}
