package org.dateline.pipeline;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.dateline.model.Article;
import org.dateline.model.ProblemException;
import org.dateline.parse.ArticleReader;
import org.dateline.plan.SourceLinks;
import org.dateline.plan.Urls;
import org.dateline.render.Bodies;
import org.dateline.render.Fingerprint;
import org.dateline.source.SourceFile;
import org.dateline.source.SourceReader;

/**
 * Bodies from the body store, as the source phase rendered them. A body that links to other
 * articles' source files is read again at render time, when every article's URL is known.
 */
final class CachedBodies implements Bodies {

    private final BuildCache cache;
    private final ArticleReader reader;
    private final Map<String, SourceFile> sources;
    private final SourceLinks links;
    private final Map<String, String> pageOfSource;
    /** The digest of every article's page, worked out when the first body that links to an article needs it. */
    private volatile String siteUrls;

    /**
     * @param pageOfSource every article's page, by source path: what article-to-article links depend on
     */
    CachedBodies(BuildCache cache, ArticleReader reader, Map<String, SourceFile> sources, SourceLinks links,
                 Map<String, String> pageOfSource) {
        this.cache = cache;
        this.reader = reader;
        this.sources = sources;
        this.links = links;
        this.pageOfSource = pageOfSource;
    }

    @Override
    public String pageBody(Article article) throws ProblemException {
        BuildCache.SourceEntry entry = cache.source(article.sourcePath());
        if (entry.lateLinks()) {
            return bodyWith(article, links.forPage(article.sourcePath(), Urls.article(article)));
        }
        return cache.pack().get(entry.body());
    }

    @Override
    public String bodyWith(Article article, UnaryOperator<String> rewriter) throws ProblemException {
        SourceFile file = sources.get(article.sourcePath());
        return reader.bodyHtml(article, file.displayName(), SourceReader.read(file), rewriter);
    }

    @Override
    public String fingerprint(Article article) {
        BuildCache.SourceEntry entry = cache.source(article.sourcePath());
        return entry.lateLinks() ? entry.hash() + ":" + siteUrls() : entry.hash();
    }

    private String siteUrls() {
        String digest = siteUrls;
        if (digest == null) {
            digest = Fingerprint.of(pageOfSource); // the same value whichever thread gets here first
            siteUrls = digest;
        }
        return digest;
    }
}
