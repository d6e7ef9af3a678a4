package org.dateline.render;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.config.FeedFormat;
import org.dateline.config.SiteConfig;
import org.dateline.messages.Messages;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.Section;
import org.dateline.model.TermKind;
import org.dateline.plan.Page;
import org.dateline.plan.Urls;
import org.dateline.render.Views.FeedLink;
import org.dateline.render.Views.NavLink;
import org.dateline.render.Views.PageView;
import org.dateline.render.Views.SiteView;

/**
 * What every page has around its content: the site's navigation (sections, the ways to browse,
 * search), and the page's head (title, description, canonical link, breadcrumbs, feeds, and the
 * metadata of {@link Metadata}).
 */
final class NavigationViews {

    private final RenderContext c;
    private final SiteConfig config;
    private final Archive archive;
    private final PageLinks links;
    private final Messages m;
    private final Map<String, SiteView> siteViews;

    /** @param siteViews the site's views made so far, shared by the pages of a build (see {@link #site}) */
    NavigationViews(RenderContext context, PageLinks links, Map<String, SiteView> siteViews) {
        this.c = context;
        this.config = context.config();
        this.archive = context.archive();
        this.links = links;
        this.m = context.messages();
        this.siteViews = siteViews;
    }

    /**
     * The site's navigation as the page sees it. It depends only on where the page's links start
     * from, its section and which index it is, so pages alike share one view: the layout's
     * {@code reuse} key then compares it by identity, with its strings' hashes already known.
     */
    SiteView site(Page page) {
        String currentSection = currentSection(page);
        String current = page instanceof Page.ArchiveIndexPage ? "archive"
                : page instanceof Page.TermIndexPage t ? t.kind().name() : "";
        return siteViews.computeIfAbsent(links.file("") + '\n' + currentSection + '\n' + current,
                key -> siteView(page, currentSection));
    }

    private SiteView siteView(Page page, String currentSection) {
        List<NavLink> sections = new ArrayList<>(archive.sections().size());
        for (Section section : archive.sections()) {
            sections.add(new NavLink(section.name(), links.href(Urls.section(section.slug())),
                    section.slug().equals(currentSection)));
        }
        List<NavLink> browse = new ArrayList<>();
        if (config.dateListings()) {
            browse.add(new NavLink(m.text("nav.archive"), links.href(Urls.archiveIndex()), page instanceof Page.ArchiveIndexPage));
        }
        for (TermKind kind : TermKind.values()) {
            if (config.hasListings(kind) && !archive.terms(kind).byName().isEmpty()) {
                boolean current = page instanceof Page.TermIndexPage t && t.kind() == kind;
                browse.add(new NavLink(pluralName(m, kind), links.href(Urls.termIndex(kind)), current));
            }
        }
        return new SiteView(config.title(), config.description(), config.language(), links.href(Urls.home()), sections,
                browse, config.search() ? links.href(Urls.search()) : "");
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
        Metadata metadata = new Metadata(c);
        String canonical = config.baseUrl().isEmpty() ? "" : config.absolute(page.path());
        String root = links.file(c.upToSiteRoot());
        String stylesheet = links.file(c.themeFile(ThemeFiles.STYLESHEET));
        List<FeedLink> siteFeed = feedLinks(Urls.home(), config.title(), mainFeedFormat());
        if (page instanceof Page.ArticlePage p) {
            Article a = p.article();
            List<Metadata.Crumb> crumbs = new ArrayList<>();
            crumbs.add(new Metadata.Crumb(m.text("nav.home"), Urls.home()));
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
            String title = p.pagination().number() > 1 ? m.text("title.page", p.title(), p.pagination().number()) : p.title();
            String description = ListingViews.describe(config, m, p);
            List<Metadata.Crumb> crumbs = crumbs(p);
            List<FeedLink> feeds = siteFeed;
            if (p.subject() instanceof Page.Latest) {
                feeds = feedLinks(Urls.home(), config.title(), config.feedFormats());
            } else if (config.listingFeeds() && p.subject() instanceof Page.OfTerm t && t.term().kind().isEntity()) {
                feeds = feedLinks(p.pagination().pathOf(1), p.title(), mainFeedFormat()); // one feed each: see Planner
            } else if (config.listingFeeds() && (p.subject() instanceof Page.OfSection || p.subject() instanceof Page.OfTerm)) {
                feeds = feedLinks(p.pagination().pathOf(1), p.title(), config.feedFormats());
            }
            return new PageView(kindOf(p.subject()), title, description, root, stylesheet, canonical,
                    navLinks(crumbs), feeds, metadata.listing(title, description, p.path()),
                    metadata.collectionJsonLd(title, description, p.path(), crumbs), true);
        }
        if (page instanceof Page.TermIndexPage p) {
            String description = m.text("description.terms." + p.kind().folder(), config.title());
            String name = pluralName(m, p.kind());
            List<Metadata.Crumb> crumbs = List.of(new Metadata.Crumb(m.text("nav.home"), Urls.home()),
                    new Metadata.Crumb(name, p.path()));
            return new PageView("terms", name, description, root, stylesheet, canonical, navLinks(crumbs),
                    siteFeed, metadata.listing(name, description, p.path()),
                    metadata.collectionJsonLd(name, description, p.path(), crumbs), true);
        }
        if (page instanceof Page.OnThisDayPage || page instanceof Page.OnThisDayIndexPage) {
            return onThisDay(page, root, stylesheet, canonical, siteFeed);
        }
        if (page instanceof Page.NotFoundPage) {
            return new PageView("notfound", m.text("notFound.title"), "", root, stylesheet, "", List.of(), siteFeed,
                    List.of(), "", false);
        }
        if (page instanceof Page.SearchPage) {
            String title = m.text("search.title");
            List<Metadata.Crumb> crumbs = List.of(new Metadata.Crumb(m.text("nav.home"), Urls.home()),
                    new Metadata.Crumb(title, page.path()));
            return new PageView("search", title, m.text("description.search", config.title()), root, stylesheet,
                    canonical, navLinks(crumbs), siteFeed, List.of(), "", false);
        }
        if (page instanceof Page.RedirectPage p) {
            return new PageView("redirect", p.article().title(), "", root, stylesheet, config.absolute(p.targetPath()),
                    List.of(), List.of(), List.of(), "", false);
        }
        String description = m.text("description.archive", config.title());
        String title = m.text("archive.title");
        List<Metadata.Crumb> crumbs = List.of(new Metadata.Crumb(m.text("nav.home"), Urls.home()),
                new Metadata.Crumb(m.text("nav.archive"), page.path()));
        return new PageView("archive", title, description, root, stylesheet, canonical, navLinks(crumbs), siteFeed,
                metadata.listing(title, description, page.path()),
                metadata.collectionJsonLd(title, description, page.path(), crumbs), true);
    }

    /** An on-this-day page or their index, under the archive in the breadcrumbs. */
    private PageView onThisDay(Page page, String root, String stylesheet, String canonical, List<FeedLink> siteFeed) {
        String title = m.text("onThisDay.title");
        List<Metadata.Crumb> crumbs = new ArrayList<>(List.of(new Metadata.Crumb(m.text("nav.home"), Urls.home()),
                new Metadata.Crumb(m.text("nav.archive"), Urls.archiveIndex()), new Metadata.Crumb(title, Urls.onThisDayIndex())));
        String description = m.text("description.onThisDay", config.title());
        if (page instanceof Page.OnThisDayPage p) {
            String day = c.dates().dayOfMonth(p.anniversary().day());
            title = m.text("onThisDay.dayTitle", day);
            description = m.text("description.onThisDayDay", day, config.title());
            crumbs.add(new Metadata.Crumb(day, p.path()));
        }
        return new PageView("onthisday", title, description, root, stylesheet, canonical, navLinks(crumbs), siteFeed,
                new Metadata(c).listing(title, description, page.path()),
                new Metadata(c).collectionJsonLd(title, description, page.path(), crumbs), true);
    }

    /** The one feed pages other than listings point to: RSS when the site has it, else its first format, if any. */
    private List<FeedFormat> mainFeedFormat() {
        return FeedFormat.main(config.feedFormats());
    }

    private List<FeedLink> feedLinks(String listingPath, String title, List<FeedFormat> formats) {
        List<FeedLink> feeds = new ArrayList<>(formats.size());
        for (FeedFormat format : formats) {
            feeds.add(new FeedLink(title + " (" + format.label() + ")", format.mediaType(),
                    links.file(listingPath + format.fileName())));
        }
        return feeds;
    }

    private List<NavLink> navLinks(List<Metadata.Crumb> crumbs) {
        List<NavLink> out = new ArrayList<>(crumbs.size());
        for (int i = 0; i < crumbs.size(); i++) {
            out.add(new NavLink(crumbs.get(i).name(), links.href(crumbs.get(i).path()), i == crumbs.size() - 1));
        }
        return out;
    }

    /** "Tags", "People": a kind of term's name in the language ({@code kind.tags}, {@code kind.people}). */
    static String pluralName(Messages m, TermKind kind) {
        return m.text("kind." + kind.folder());
    }

    /** "Tag", "Person": one term's kind in the language ({@code kind.tag}, {@code kind.person}). */
    static String singularName(Messages m, TermKind kind) {
        return m.text("kind." + kind.singular().toLowerCase(Locale.ROOT));
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

    /** The breadcrumbs of a listing: home, the archive or the kind of term it is under, and itself. */
    private List<Metadata.Crumb> crumbs(Page.ListingPage p) {
        List<Metadata.Crumb> crumbs = new ArrayList<>();
        Page.Subject s = p.subject();
        if (s instanceof Page.Latest) {
            return crumbs;
        }
        crumbs.add(new Metadata.Crumb(m.text("nav.home"), Urls.home()));
        if (s instanceof Page.OfYear || s instanceof Page.OfMonth || s instanceof Page.OfDay || s instanceof Page.Undated) {
            crumbs.add(new Metadata.Crumb(m.text("nav.archive"), Urls.archiveIndex()));
        }
        if (s instanceof Page.OfMonth m) {
            crumbs.add(new Metadata.Crumb(String.valueOf(m.month().month().getYear()), Urls.year(m.month().month().getYear())));
        }
        if (s instanceof Page.OfDay d) {
            YearMonth month = YearMonth.from(d.day().date());
            crumbs.add(new Metadata.Crumb(String.valueOf(month.getYear()), Urls.year(month.getYear())));
            crumbs.add(new Metadata.Crumb(c.dates().monthName(month), Urls.month(month)));
        }
        if (s instanceof Page.OfTerm t) {
            crumbs.add(new Metadata.Crumb(pluralName(m, t.term().kind()), Urls.termIndex(t.term().kind())));
        }
        crumbs.add(new Metadata.Crumb(p.title(), p.pagination().pathOf(1)));
        return crumbs;
    }
}
