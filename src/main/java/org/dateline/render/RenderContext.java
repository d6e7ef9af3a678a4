package org.dateline.render;

import org.dateline.config.SiteConfig;
import org.dateline.model.Archive;
import org.dateline.plan.Links;
import org.dateline.plan.SourceLinks;
import org.dateline.plan.Urls;

/**
 * What every page's views are made from: the settings, the archive, the URLs of its pages, how to
 * link between them, where article bodies come from, and the (fingerprinted) style sheet's path.
 */
public record RenderContext(SiteConfig config, Archive archive, Urls urls, Links links, SourceLinks sourceLinks,
                            BodySource bodies, DateFormat dates, String stylesheet) {
}
