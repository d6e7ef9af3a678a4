package org.dateline.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.config.Language;
import org.dateline.config.SiteConfig;
import org.dateline.json.Json;
import org.dateline.model.Article;
import org.dateline.model.Correction;
import org.dateline.model.Term;
import org.dateline.model.TermKind;
import org.dateline.plan.Translations;
import org.dateline.plan.Urls;
import org.dateline.render.Views.MetaTag;

/**
 * What search engines and social sites read from a page: Open Graph and Twitter card tags, and
 * schema.org JSON-LD ({@code NewsArticle} for articles; {@code CollectionPage} with a
 * {@code BreadcrumbList} for listings), built as maps and written by the JSON writer.
 */
final class Metadata {

    /** A step of a page's breadcrumb trail, by site path. */
    record Crumb(String name, String path) {
    }

    private final RenderContext c;
    private final SiteConfig config;

    Metadata(RenderContext context) {
        this.c = context;
        this.config = context.config();
    }

    /** {@code image} as an absolute URL: it is relative to the article's source file, or already absolute. */
    String imageUrl(Article a) {
        if (a.image().isEmpty()) {
            return "";
        }
        String resolved = c.sourceLinks().rewriteFromRoot(a.image(), a.sourcePath());
        return resolved.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || resolved.startsWith("//") ? resolved
                : config.siteAbsolute(resolved);
    }

    List<MetaTag> article(Article a, String description) {
        List<MetaTag> tags = common("article", a.title(), description, Urls.article(a), imageUrl(a));
        if (a.isDated()) {
            tags.add(new MetaTag("property", "article:published_time", c.dates().view(a.date()).iso()));
        }
        if (a.updated() != null) {
            tags.add(new MetaTag("property", "article:modified_time", c.dates().view(a.updated()).iso()));
        }
        if (!a.section().isEmpty()) {
            tags.add(new MetaTag("property", "article:section", a.section()));
        }
        for (String tag : a.tags()) {
            tags.add(new MetaTag("property", "article:tag", tag));
        }
        return tags;
    }

    List<MetaTag> listing(String title, String description, String path) {
        return common("website", title, description, path, "");
    }

    private List<MetaTag> common(String type, String title, String description, String path, String image) {
        List<MetaTag> tags = new ArrayList<>();
        tags.add(new MetaTag("property", "og:site_name", config.title()));
        tags.add(new MetaTag("property", "og:type", type));
        tags.add(new MetaTag("property", "og:title", title));
        if (!description.isEmpty()) {
            tags.add(new MetaTag("property", "og:description", description));
        }
        if (!config.baseUrl().isEmpty()) {
            tags.add(new MetaTag("property", "og:url", config.absolute(path)));
        }
        tags.add(new MetaTag("property", "og:locale", c.dates().locale().toString()));
        if (!image.isEmpty()) {
            tags.add(new MetaTag("property", "og:image", image));
        }
        tags.add(new MetaTag("name", "twitter:card", image.isEmpty() ? "summary" : "summary_large_image"));
        tags.add(new MetaTag("name", "twitter:title", title));
        if (!description.isEmpty()) {
            tags.add(new MetaTag("name", "twitter:description", description));
        }
        if (!image.isEmpty()) {
            tags.add(new MetaTag("name", "twitter:image", image));
        }
        return tags;
    }

    /**
     * The article's versions in other languages: the default language's version is taken for the
     * original, which lists the others as {@code workTranslation}; each other names it as
     * {@code translationOfWork} (or, when there is none, lists its fellow translations).
     */
    private void translations(Article a, Map<String, Object> json) {
        List<Translations.Version> versions = c.translations().versions(config.language(), Urls.article(a));
        if (versions.isEmpty()) {
            return;
        }
        Language original = c.translations().languages().get(0);
        boolean isOriginal = original.code().equals(config.language());
        List<Object> others = new ArrayList<>();
        for (Translations.Version version : versions) {
            if (version.language().code().equals(config.language())) {
                continue;
            }
            Map<String, Object> work = new LinkedHashMap<>();
            work.put("@type", "NewsArticle");
            work.put("@id", config.siteAbsolute(version.sitePath()));
            work.put("inLanguage", version.language().code());
            if (!isOriginal && version.language().equals(original)) {
                json.put("translationOfWork", work);
                return;
            }
            others.add(work);
        }
        json.put("workTranslation", others);
    }

    String articleJsonLd(Article a, String description) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "NewsArticle");
        String url = config.absolute(Urls.article(a));
        json.put("@id", url);
        json.put("url", url);
        json.put("mainEntityOfPage", url);
        json.put("headline", a.title());
        json.put("description", description.isEmpty() ? null : description);
        json.put("inLanguage", config.language());
        translations(a, json);
        if (a.isDated()) {
            json.put("datePublished", c.dates().view(a.date()).iso());
            json.put("dateModified", c.dates().view(a.updated() != null ? a.updated() : a.date()).iso());
        }
        if (!a.authors().isEmpty()) {
            List<Object> authors = new ArrayList<>();
            for (String name : a.authors()) {
                Map<String, Object> person = new LinkedHashMap<>();
                person.put("@type", "Person");
                person.put("name", name);
                Term term = c.listedTerm(TermKind.AUTHOR, name);
                person.put("url", term == null ? null : config.absolute(c.urls().term(term)));
                authors.add(person);
            }
            json.put("author", authors);
        }
        json.put("publisher", organisation(config.title(), config.absolute(Urls.home())));
        if (!a.source().isEmpty()) {
            json.put("sourceOrganization", organisation(a.source(), null));
        }
        String image = imageUrl(a);
        json.put("image", image.isEmpty() ? null : List.of(image));
        json.put("dateline", a.dateline().isEmpty() ? null : a.dateline());
        json.put("articleSection", a.section().isEmpty() ? null : a.section());
        json.put("keywords", a.tags().isEmpty() ? null : a.tags());
        json.put("mentions", EntityViews.mentions(c, a));
        json.put("wordCount", a.wordCount());
        if (!a.corrections().isEmpty()) {
            List<Object> corrections = new ArrayList<>();
            for (Correction correction : a.corrections()) {
                Map<String, Object> comment = new LinkedHashMap<>();
                comment.put("@type", "CorrectionComment");
                comment.put("text", correction.note());
                comment.put("datePublished", correction.date() == null ? null : c.dates().view(correction.date()).iso());
                corrections.add(comment);
            }
            json.put("correction", corrections);
        }
        // Sized for the page's people, places and organisations, which are most of a long one.
        StringBuilder out = new StringBuilder(1024 + 160 * c.archive().entities().of(a).size());
        Json.write(json, out);
        return out.toString();
    }

    String collectionJsonLd(String title, String description, String path, List<Crumb> crumbs) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@type", "CollectionPage");
        page.put("@id", config.absolute(path));
        page.put("url", config.absolute(path));
        page.put("name", title);
        page.put("description", description.isEmpty() ? null : description);
        page.put("inLanguage", config.language());
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("@type", "WebSite");
        site.put("name", config.title());
        site.put("url", config.absolute(Urls.home()));
        page.put("isPartOf", site);
        List<Object> graph = new ArrayList<>();
        graph.add(page);
        if (!crumbs.isEmpty()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < crumbs.size(); i++) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("@type", "ListItem");
                item.put("position", i + 1);
                item.put("name", crumbs.get(i).name());
                item.put("item", config.absolute(crumbs.get(i).path()));
                items.add(item);
            }
            Map<String, Object> breadcrumbs = new LinkedHashMap<>();
            breadcrumbs.put("@type", "BreadcrumbList");
            breadcrumbs.put("itemListElement", items);
            graph.add(breadcrumbs);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@graph", graph);
        return Json.write(json);
    }

    private static Map<String, Object> organisation(String name, String url) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", name);
        org.put("url", url);
        return org;
    }
}
