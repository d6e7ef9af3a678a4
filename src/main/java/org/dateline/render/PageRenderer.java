package org.dateline.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.config.SiteConfig;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.Correction;
import org.dateline.model.ProblemException;
import org.dateline.model.Section;
import org.dateline.plan.Links;
import org.dateline.plan.Page;
import org.dateline.plan.Pagination;
import org.dateline.plan.SourceLinks;
import org.dateline.render.Views.ArticleView;
import org.dateline.render.Views.CardView;
import org.dateline.render.Views.CorrectionView;
import org.dateline.render.Views.ListingView;
import org.dateline.render.Views.NavLink;
import org.dateline.render.Views.PageLink;
import org.dateline.render.Views.PageView;
import org.dateline.render.Views.PagerView;
import org.dateline.render.Views.SiteView;

/**
 * Renders one page to HTML: builds the views its template receives (every link relative to the
 * page) and evaluates the template. Safe to call from many threads at once.
 */
public final class PageRenderer {

    /** Reading speed used for "N min read". */
    static final int WORDS_PER_MINUTE = 230;
    /** Page numbers shown on each side of the current one in a pager. */
    static final int PAGER_WINDOW = 2;

    private final SiteConfig config;
    private final Archive archive;
    private final TemplateSet templates;
    private final Links links;
    private final SourceLinks sourceLinks;
    private final BodySource bodies;
    private final DateFormat dates;
    private final Path templateDir;
    private final Path displayBase;

    public PageRenderer(SiteConfig config, Archive archive, TemplateSet templates, Links links, SourceLinks sourceLinks,
                        BodySource bodies, Path templateDir, Path displayBase) {
        this.config = config;
        this.archive = archive;
        this.templates = templates;
        this.links = links;
        this.sourceLinks = sourceLinks;
        this.bodies = bodies;
        this.dates = new DateFormat(config.timeZone(), config.locale());
        this.templateDir = templateDir;
        this.displayBase = displayBase;
    }

    /** The page's HTML. Template errors and unreadable bodies come back as problems. */
    public String render(Page page) throws ProblemException {
        Map<String, Object> context = new HashMap<>();
        TemplateSet.Kind kind;
        String currentSection;
        PageView pageView;
        if (page instanceof Page.ArticlePage articlePage) {
            Article article = articlePage.article();
            kind = TemplateSet.Kind.ARTICLE;
            currentSection = article.sectionSlug();
            String description = article.summary().isEmpty() ? article.excerpt() : article.summary();
            pageView = pageView("article", article.title(), description, page.path());
            context.put("article", articleView(articlePage));
        } else {
            Page.ListingPage listing = (Page.ListingPage) page;
            boolean home = listing.kind() == Page.ListingKind.HOME;
            kind = home ? TemplateSet.Kind.HOME : TemplateSet.Kind.SECTION;
            currentSection = home ? "" : listing.section().slug();
            String pageSuffix = listing.pagination().number() > 1 ? " – page " + listing.pagination().number() : "";
            String description = home
                    ? (config.description().isEmpty() ? "The latest articles from " + config.title() + "." : config.description())
                    : "Articles in " + listing.title() + ", newest first.";
            pageView = pageView(home ? "home" : "section", listing.title() + pageSuffix, description, page.path());
            context.put("listing", listingView(listing));
        }
        context.put("site", siteView(page.path(), currentSection));
        context.put("page", pageView);
        return evaluate(templates.get(kind), context);
    }

    private String evaluate(PebbleTemplate template, Map<String, Object> context) throws ProblemException {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            template.evaluate(out, context, config.locale());
        } catch (PebbleException e) {
            throw new ProblemException(TemplateSet.problemOf(e, templateDir, displayBase, template.getName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private SiteView siteView(String from, String currentSection) {
        List<NavLink> sections = new ArrayList<>(archive.sections().size());
        for (Section section : archive.sections()) {
            sections.add(new NavLink(section.name(), links.page(from, section.slug() + "/"),
                    section.slug().equals(currentSection)));
        }
        return new SiteView(config.title(), config.description(), config.language(), links.page(from, ""), sections);
    }

    private PageView pageView(String kind, String title, String description, String path) {
        String canonical = config.baseUrl().isEmpty() ? "" : config.baseUrl() + path;
        return new PageView(kind, title, description, links.file(path, ""), links.file(path, "style.css"), canonical);
    }

    private ArticleView articleView(Page.ArticlePage page) throws ProblemException {
        Article a = page.article();
        String from = page.path();
        String body = bodies.bodyHtml(a, sourceLinks.forPage(a.sourcePath(), from));
        String image = a.image().isEmpty() ? "" : sourceLinks.rewrite(a.image(), a.sourcePath(), from);
        List<CorrectionView> corrections = new ArrayList<>();
        for (Correction c : a.corrections()) {
            corrections.add(new CorrectionView(dates.view(c.date()), c.note()));
        }
        String sectionHref = a.sectionSlug().isEmpty() ? "" : links.page(from, a.sectionSlug() + "/");
        int minutes = Math.max(1, Math.round(a.wordCount() / (float) WORDS_PER_MINUTE));
        return new ArticleView(a.title(), a.summary(), byline(a.authors()), a.authors(), a.source(), a.section(),
                sectionHref, a.dateline(), dates.view(a.date()), dates.view(a.updated()), minutes, image,
                a.caption().isEmpty() ? a.title() : a.caption(), a.caption(), body, corrections, a.tags(),
                page.newer() == null ? null : card(page.newer(), from),
                page.older() == null ? null : card(page.older(), from), a.extra());
    }

    private ListingView listingView(Page.ListingPage listing) {
        String from = listing.path();
        List<CardView> cards = new ArrayList<>(listing.items().size());
        for (Article article : listing.items()) {
            cards.add(card(article, from));
        }
        return new ListingView(listing.title(), cards, listing.total(), pager(listing.pagination(), from));
    }

    private CardView card(Article a, String from) {
        String section = a.sectionSlug().isEmpty() ? "" : a.sectionSlug() + "/";
        return new CardView(a.title(), links.page(from, section + a.slug() + "/"), a.excerpt(), dates.view(a.date()),
                a.section(), section.isEmpty() ? "" : links.page(from, section), byline(a.authors()));
    }

    PagerView pager(Pagination p, String from) {
        List<PageLink> numbers = new ArrayList<>();
        int low = Math.max(1, p.number() - PAGER_WINDOW);
        int high = Math.min(p.count(), p.number() + PAGER_WINDOW);
        if (low > 1) {
            numbers.add(pageLink(p, 1, from));
            if (low > 2) {
                numbers.add(new PageLink(0, "", false, true));
            }
        }
        for (int n = low; n <= high; n++) {
            numbers.add(pageLink(p, n, from));
        }
        if (high < p.count()) {
            if (high < p.count() - 1) {
                numbers.add(new PageLink(0, "", false, true));
            }
            numbers.add(pageLink(p, p.count(), from));
        }
        return new PagerView(p.number(), p.count(),
                p.number() > 1 ? links.page(from, p.pathOf(1)) : "",
                p.hasPrevious() ? links.page(from, p.pathOf(p.number() - 1)) : "",
                p.hasNext() ? links.page(from, p.pathOf(p.number() + 1)) : "",
                p.number() < p.count() ? links.page(from, p.pathOf(p.count())) : "",
                numbers);
    }

    private PageLink pageLink(Pagination p, int n, String from) {
        return new PageLink(n, links.page(from, p.pathOf(n)), n == p.number(), false);
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
