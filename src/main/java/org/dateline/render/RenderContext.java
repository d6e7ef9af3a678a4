package org.dateline.render;

import java.util.Map;
import org.dateline.config.SiteConfig;
import org.dateline.messages.Messages;
import org.dateline.model.Archive;
import org.dateline.model.Entities;
import org.dateline.model.Term;
import org.dateline.model.TermKind;
import org.dateline.plan.Links;
import org.dateline.plan.SourceLinks;
import org.dateline.plan.Translations;
import org.dateline.plan.Urls;

/**
 * What every page's views are made from: the settings, the archive, the URLs of its pages, how to
 * link between them, where article bodies come from, where the theme's files went, and the
 * theme's words in the site's language.
 *
 * <p>On a multilingual site there is one context for each language: its settings are that
 * language's, and its pages' paths are within the language's {@linkplain SiteConfig#folder() folder}.
 *
 * @param themePaths each theme file's path in the site (style sheets and scripts fingerprinted), by its name
 * @param translations which pages are versions of each other in the site's languages
 * @param messages the theme's messages in {@code config.language()}, the ones its templates' {@code t()} reads
 */
public record RenderContext(SiteConfig config, Archive archive, Urls urls, Links links, SourceLinks sourceLinks,
                            Bodies bodies, DateFormat dates, Map<String, String> themePaths, Translations translations,
                            Messages messages) {

    public RenderContext {
        themePaths = Map.copyOf(themePaths);
    }

    /** A site in one language. */
    public RenderContext(SiteConfig config, Archive archive, Urls urls, Links links, SourceLinks sourceLinks,
                         Bodies bodies, DateFormat dates, Map<String, String> themePaths, Messages messages) {
        this(config, archive, urls, links, sourceLinks, bodies, dates, themePaths, Translations.NONE, messages);
    }

    /** The way from a page's folder of this language's pages up to the site's root: {@code ../} for {@code fr/}. */
    public String upToSiteRoot() {
        String folder = config.folder();
        int depth = 0;
        for (int i = 0; i < folder.length(); i++) {
            if (folder.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /**
     * The term of {@code kind} called {@code name}, when the site has a page for it: null for an
     * unknown name, or a kind the settings leave without listings ({@code listings:}).
     */
    public Term listedTerm(TermKind kind, String name) {
        return config.hasListings(kind) ? archive.terms(kind).find(name) : null;
    }

    /** The term of the entity an article names, when the site has a page for it; as {@link #listedTerm(TermKind, String)}. */
    public Term listedTerm(Entities.Named named) {
        return config.hasListings(named.kind()) ? archive.term(named) : null;
    }

    /** Where the theme file {@code name} (a path under {@code templates/static/}) is in the site. */
    public String themeFile(String name) {
        // Theme files are at the site's root, shared by every language.
        return upToSiteRoot() + themePaths.getOrDefault(name, name);
    }
}
