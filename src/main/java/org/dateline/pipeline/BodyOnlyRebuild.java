package org.dateline.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.output.StagedOutput;
import org.dateline.plan.Page;
import org.dateline.plan.Planner;

/**
 * A rebuild of a site whose structure is the last build's: the same templates, settings, copied
 * files and metadata of every published article ({@link SiteBuilder} digests them into the
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

    /** Whether every file the last build wrote (its pages and its search index) is still as it left it. */
    static boolean outputsAsLeft(BuildCache cache, StagedOutput output) {
        for (String file : cache.previousOutputs()) {
            if (!output.isAsLeft(file, cache.previousPage(file).state())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps every file the last build wrote, with its cache entry, but the search index's (its own
     * phase keeps or patches it) and those of {@code rendered} pages. Call from a pool: it runs in parallel.
     */
    static void keepOthers(BuildCache cache, StagedOutput output, List<Page> rendered) {
        Set<String> renderedFiles = new HashSet<>();
        rendered.forEach(page -> renderedFiles.add(page.outputFile()));
        cache.previousOutputs().parallelStream()
                .filter(file -> !renderedFiles.contains(file) && !SearchPhase.isIndexFile(file))
                .forEach(file -> {
                    BuildCache.PageEntry entry = cache.previousPage(file);
                    if (!output.keep(file, entry.state())) {
                        throw new IllegalStateException(file + " changed during the build");
                    }
                    cache.putPage(file, entry);
                });
    }
}
