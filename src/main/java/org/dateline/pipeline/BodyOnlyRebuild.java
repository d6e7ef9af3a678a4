package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.config.SiteConfig;
import org.dateline.model.Article;
import org.dateline.model.SectionIndex;
import org.dateline.output.StagedOutput;
import org.dateline.plan.FileCopy;
import org.dateline.plan.Page;
import org.dateline.plan.Planner;
import org.dateline.render.Fingerprint;
import org.dateline.render.TemplateSet;

/**
 * A rebuild of a site whose structure is the last build's: the same templates, settings, copied
 * files and metadata of every published article ({@link #structureKey} digests them into the
 * structure key). Only the pages of articles whose source changed can then differ: their own
 * pages and search texts. Every other file the last build wrote is kept as it is, without
 * planning the site again; the changed articles' pages come from a plan of article pages only
 * ({@link Planner#articlePages}). At 100,000 articles, planning the quarter of a million pages
 * and looking at each was most of what a rebuild after an edit cost.
 *
 * <p>Taken only when every file the last build wrote is still as it left it. Otherwise the build
 * plans the whole site, and the render phase finds the pages to write again.
 */
final class BodyOnlyRebuild {

    private BodyOnlyRebuild() {
    }

    /**
     * A digest of everything the pages are made from except article bodies: templates, settings,
     * the files copied as they are, every published article's metadata (which is all a listing,
     * feed, card or neighbour shows), what the sections' {@code _index.md} say, and which articles
     * the news sitemap may list at this hour.
     * The plan is made of nothing else, so when the digest equals the last build's, the plan is the
     * same, an article's body is the only thing that changed, and only its own pages can differ.
     * Feeds with whole articles show bodies too, so with them there is no shortcut.
     */
    static String structureKey(TemplateSet templates, SiteConfig config, BuildOptions options,
                                       List<Article> published, List<FileCopy> copies,
                                       List<SectionIndex> sectionIndexes, BuildCache cache) {
        if (config.fullContentFeeds()) {
            return "";
        }
        long[] listed = new long[published.size()];
        List<String> news = new ArrayList<>();
        for (int i = 0; i < listed.length; i++) {
            Article article = published.get(i);
            listed[i] = cache.source(article.sourcePath()).listed();
            if (Planner.isNews(article, options.now())) {
                news.add(article.sourcePath());
            }
        }
        Arrays.sort(listed);
        news.sort(Comparator.naturalOrder());
        List<String> copied = new ArrayList<>();
        copies.forEach(copy -> copied.add(copy.outputPath()));
        copied.sort(Comparator.naturalOrder());
        return Fingerprint.of(BuildCache.version(), templates.hash(), config, options.includeDrafts(),
                options.includeFuture(), listed, copied, news, sectionIndexes);
    }

    /**
     * The published articles whose source the last build read with other bytes. (Sources it did not
     * read at all are new articles, which give the site another structure: every page is then
     * looked at, whatever this says.)
     */
    static Set<String> changedSources(Collection<Article> edited, BuildOptions options) {
        Set<String> changed = new HashSet<>();
        for (Article article : edited) {
            if (options.publication().publishes(article)) {
                changed.add(article.sourcePath());
            }
        }
        return changed;
    }

    /** Whether every file the last build wrote (its pages and its search index) is still as it left it. */
    static boolean outputsAsLeft(BuildCache cache, StagedOutput output) {
        for (Map.Entry<String, BuildCache.PageEntry> page : cache.previousPages().entrySet()) {
            if (!output.isAsLeft(page.getKey(), page.getValue().state())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps every file the last build wrote, with its cache entry, but the search index's (its own
     * phase keeps or patches it) and those of {@code rendered} pages. Only after {@link #outputsAsLeft}
     * said they are all as it left them. Call from a pool: it runs in parallel.
     */
    static void keepOthers(BuildCache cache, StagedOutput output, List<Page> rendered) {
        Set<String> renderedFiles = new HashSet<>();
        rendered.forEach(page -> renderedFiles.add(page.outputFile()));
        cache.previousPages().entrySet().parallelStream()
                .filter(page -> !renderedFiles.contains(page.getKey()) && !SearchPhase.isIndexFile(page.getKey()))
                .forEach(page -> {
                    output.keepAsLeft(page.getKey(), page.getValue().state());
                    cache.putPage(page.getKey(), page.getValue());
                });
    }
}
