package org.dateline.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.feed.FeedViews;
import org.dateline.feed.JsonFeed;
import org.dateline.model.Article;
import org.dateline.model.ProblemException;
import org.dateline.plan.Page;
import org.dateline.plan.Urls;
import org.dateline.search.HtmlText;
import org.dateline.search.SearchIndex;

/**
 * Renders one page to HTML: picks its template, has {@link ArticleViews}, {@link ListingViews} and
 * {@link NavigationViews} build the views it receives (every link relative to the page, through
 * {@link PageLinks}) and evaluates the template. Safe to call from many threads.
 */
public final class PageRenderer {

    private final RenderContext context;
    private final FeedViews feeds;
    private final TemplateSet templates;
    private final Path templateDir;
    private final Path displayBase;
    /** The site's navigation, one view for each depth, section and index it is seen from. */
    private final Map<String, Views.SiteView> siteViews = new ConcurrentHashMap<>();

    public PageRenderer(RenderContext context, TemplateSet templates, Path templateDir, Path displayBase) {
        this.context = context;
        this.feeds = new FeedViews(context.config(), context.messages());
        this.templates = templates;
        this.templateDir = templateDir;
        this.displayBase = displayBase;
    }

    /** The page's bytes. Template errors and unreadable bodies come back as problems. */
    public byte[] render(Page page) throws ProblemException {
        return prepare(page).render();
    }

    /**
     * Builds the page's views, without reading article bodies or evaluating templates, so the caller
     * can tell from its {@link Prepared#fingerprint()} whether the page needs rendering at all.
     */
    public Prepared prepare(Page page) throws ProblemException {
        Ready ready = prepare(page, false);
        return new Prepared(page, ready);
    }

    /** A page's views, ready to fingerprint and, if need be, to render. */
    public final class Prepared {
        private final Page page;
        private final Ready ready;

        private Prepared(Page page, Ready ready) {
            this.page = page;
            this.ready = ready;
        }

        /** A digest of everything the page shows: when it matches the last build's, the page is as it was. */
        public String fingerprint() {
            if (page instanceof Page.SearchTextFile) {
                // Plain text, no template, no settings: only the article's body can change it.
                return Fingerprint.of(ready.variables());
            }
            return Fingerprint.of(templates.hash(), context.config(), ready.kind(), ready.variables());
        }

        /** The page's bytes (UTF-8), reading the bodies it shows. */
        public byte[] render() throws ProblemException {
            Ready full = ready;
            if (page instanceof Page.ArticlePage p) {
                Map<String, Object> variables = new HashMap<>(ready.variables());
                variables.put("article", ((Views.ArticleView) variables.get("article"))
                        .withBody(context.bodies().pageBody(p.article())));
                full = new Ready(ready.kind(), variables);
            } else if (page instanceof Page.FeedPage && context.config().fullContentFeeds()) {
                full = prepare(page, true);
            } else if (page instanceof Page.SearchTextFile p) {
                Article a = p.article();
                DateView day = a.isDated() ? context.dates().day(a.date()) : null;
                return SearchIndex.textFile(Urls.searchTextKey(a), a.title(), day == null ? "" : day.iso(),
                        day == null ? "" : day.text(), a.section(), HtmlText.of(context.bodies().pageBody(a)))
                        .getBytes(StandardCharsets.UTF_8);
            }
            return output(full);
        }
    }

    /** A page ready for its template: which one (null for JSON Feed), and the variables it receives. */
    private record Ready(TemplateSet.Kind kind, Map<String, Object> variables) {
    }

    private byte[] output(Ready ready) throws ProblemException {
        if (ready.kind() == null) {
            return JsonFeed.write((FeedViews.Feed) ready.variables().get("feed")).getBytes(StandardCharsets.UTF_8);
        }
        return evaluate(templates.get(ready.kind()), ready.variables());
    }

    private Ready prepare(Page page, boolean withBodies) throws ProblemException {
        if (page instanceof Page.SearchTextFile text) {
            Article a = text.article();
            return new Ready(null, Map.of("path", text.path(), "body", context.bodies().fingerprint(a),
                    "shows", List.of(a.title(), a.section(), a.isDated() ? context.dates().day(a.date()) : "")));
        }
        if (page instanceof Page.FeedPage feed) {
            FeedViews.Feed view = feeds.feed(feed, withBodies ? this::feedContent : this::feedContentDigest);
            TemplateSet.Kind kind = switch (feed.format()) {
                case RSS -> TemplateSet.Kind.RSS;
                case ATOM -> TemplateSet.Kind.ATOM;
                case JSON -> null;
            };
            return new Ready(kind, Map.of("feed", view));
        }
        if (page instanceof Page.SitemapPage sitemap) {
            return new Ready(TemplateSet.Kind.SITEMAP, Map.of("urls", feeds.sitemap(sitemap, context.translations()),
                    "multilingual", !context.translations().languages().isEmpty()));
        }
        if (page instanceof Page.SitemapIndexPage index) {
            return new Ready(TemplateSet.Kind.SITEMAP_INDEX, Map.of("sitemaps", feeds.sitemapIndex(index)));
        }
        if (page instanceof Page.NewsSitemapPage news) {
            return new Ready(TemplateSet.Kind.NEWS_SITEMAP, Map.of("news", feeds.news(news)));
        }
        if (page instanceof Page.RobotsPage robots) {
            List<String> sitemaps = new ArrayList<>();
            if (!context.config().baseUrl().isEmpty()) {
                robots.sitemaps().forEach(path -> sitemaps.add(context.config().absolute(path)));
            }
            return new Ready(TemplateSet.Kind.ROBOTS, Map.of("sitemaps", sitemaps));
        }
        if (page instanceof Page.RedirectsFile redirects) {
            return new Ready(TemplateSet.Kind.REDIRECTS, Map.of("redirects", feeds.redirects(redirects)));
        }
        if (page instanceof Page.HeadersFile headers) {
            return new Ready(TemplateSet.Kind.HEADERS, Map.of("assets", context.config().basePath() + headers.assetsFolder()));
        }
        return prepareHtml(page, withBodies);
    }

    private Ready prepareHtml(Page page, boolean withBodies) throws ProblemException {
        PageLinks links = PageLinks.of(context, page);
        ArticleViews articles = new ArticleViews(context, links);
        ListingViews listings = new ListingViews(context, links, articles);
        NavigationViews navigation = new NavigationViews(context, links, siteViews);
        OnThisDayViews onThisDay = new OnThisDayViews(context, links, articles);
        Map<String, Object> variables = new HashMap<>();
        TemplateSet.Kind kind;
        if (page instanceof Page.ArticlePage p) {
            variables.put("article", articles.article(p));
            variables.put("inThisStory", EntityViews.inThisStory(context, links, p.article()));
            kind = TemplateSet.Kind.ARTICLE;
        } else if (page instanceof Page.ListingPage p) {
            variables.put("listing", listings.listing(p));
            if (p.subject() instanceof Page.Latest) {
                variables.put("home", listings.home());
                variables.put("onThisDay", onThisDay.homeLink());
                kind = TemplateSet.Kind.HOME;
            } else {
                variables.put("otherYears", onThisDay.otherYears(p));
                kind = p.subject() instanceof Page.OfSection ? TemplateSet.Kind.SECTION
                        : p.subject() instanceof Page.OfTerm t && t.term().kind().isEntity() ? TemplateSet.Kind.ENTITY
                        : TemplateSet.Kind.LISTING;
            }
        } else if (page instanceof Page.TermIndexPage p) {
            variables.put("terms", listings.termIndex(p.kind()));
            kind = TemplateSet.Kind.TERMS;
        } else if (page instanceof Page.OnThisDayPage p) {
            variables.put("day", onThisDay.day(p));
            kind = TemplateSet.Kind.ON_THIS_DAY;
        } else if (page instanceof Page.OnThisDayIndexPage p) {
            variables.put("days", onThisDay.index(p));
            kind = TemplateSet.Kind.ON_THIS_DAY_INDEX;
        } else if (page instanceof Page.NotFoundPage p) {
            variables.put("latest", articles.cards(p.latest()));
            variables.put("archiveHref", listings.archiveHref());
            kind = TemplateSet.Kind.NOT_FOUND;
        } else if (page instanceof Page.RedirectPage p) {
            variables.put("target", links.href(p.targetPath()));
            kind = TemplateSet.Kind.REDIRECT;
        } else if (page instanceof Page.SearchPage) {
            variables.put("search", listings.search());
            kind = TemplateSet.Kind.SEARCH;
        } else {
            variables.put("archive", listings.archiveIndex());
            kind = TemplateSet.Kind.ARCHIVE;
        }
        variables.put("site", navigation.site(page));
        variables.put("page", navigation.page(page));
        variables.put("languages", new LanguageViews(context, links).of(page));
        return new Ready(kind, variables);
    }

    private String feedContentDigest(Article article) {
        return context.config().fullContentFeeds() ? context.bodies().fingerprint(article) : "";
    }

    /** An article's whole body for a feed, with absolute links, when the site's feeds carry full content. */
    private String feedContent(Article article) throws ProblemException {
        if (!context.config().fullContentFeeds()) {
            return "";
        }
        String pagePath = Urls.article(article);
        URI base = URI.create(context.config().absolute(pagePath));
        return context.bodies().bodyWith(article, url -> {
            String relative = context.sourceLinks().rewrite(url, article.sourcePath(), pagePath);
            try {
                return base.resolve(relative).toString();
            } catch (IllegalArgumentException e) {
                return relative; // not a URI Java can resolve (a space, say): leave it as written
            }
        });
    }

    private byte[] evaluate(PebbleTemplate template, Map<String, Object> variables) throws ProblemException {
        Utf8Writer out = new Utf8Writer(32 * 1024);
        try {
            template.evaluate(out, variables, context.dates().locale());
        } catch (PebbleException e) {
            throw new ProblemException(TemplateSet.problemOf(e, templateDir, displayBase, template.getName(),
                    variables.keySet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
