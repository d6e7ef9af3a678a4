package org.dateline.render;

import java.util.Map;
import org.dateline.config.SiteConfig;
import org.dateline.model.Archive;
import org.dateline.model.Term;
import org.dateline.model.TermKind;
import org.dateline.plan.Links;
import org.dateline.plan.SourceLinks;
import org.dateline.plan.Urls;

/**
 * What every page's views are made from: the settings, the archive, the URLs of its pages, how to
 * link between them, where article bodies come from, and where the theme's files went.
 *
 * @param themePaths each theme file's path in the site (style sheets and scripts fingerprinted), by its name
 */
public record RenderContext(SiteConfig config, Archive archive, Urls urls, Links links, SourceLinks sourceLinks,
                            Bodies bodies, DateFormat dates, Map<String, String> themePaths) {

    public RenderContext {
        themePaths = Map.copyOf(themePaths);
    }

    /**
     * The term of {@code kind} called {@code name}, when the site has a page for it: null for an
     * unknown name, or a kind the settings leave without listings ({@code listings:}).
     */
    public Term listedTerm(TermKind kind, String name) {
        return config.hasListings(kind) ? archive.terms(kind).find(name) : null;
    }

    /** Where the theme file {@code name} (a path under {@code templates/static/}) is in the site. */
    public String themeFile(String name) {
        return themePaths.getOrDefault(name, name);
    }
}
