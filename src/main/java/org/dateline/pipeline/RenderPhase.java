package org.dateline.pipeline;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.output.StagedOutput;
import org.dateline.plan.Page;
import org.dateline.render.PageRenderer;

/**
 * Renders the pages that changed. Each page's views are built and fingerprinted first; a page whose
 * fingerprint matches the last build's, and whose file is still as that build left it, is kept
 * without evaluating its template or reading its body.
 */
final class RenderPhase {

    private final PageRenderer renderer;
    private final BuildCache cache;
    private final StagedOutput output;
    private final AtomicInteger rendered = new AtomicInteger();
    private final boolean structureUnchanged;
    private final Set<String> changedSources;
    private final String folder;

    /**
     * @param structureUnchanged whether nothing but article bodies changed since the last build
     * @param changedSources the articles whose source changed; when only bodies changed, only their
     *     pages can differ, and every other page is kept after checking its file is still there
     * @param folder where the pages are written, in the output folder: empty, or a language's folder
     */
    RenderPhase(PageRenderer renderer, BuildCache cache, StagedOutput output, boolean structureUnchanged,
                Set<String> changedSources, String folder) {
        this.renderer = renderer;
        this.cache = cache;
        this.output = output;
        this.structureUnchanged = structureUnchanged;
        this.changedSources = changedSources;
        this.folder = folder;
    }

    /** How many pages this build rendered (evaluated a template for). */
    int rendered() {
        return rendered.get();
    }

    /** Renders {@code page} if it changed; returns its problems, if any. */
    List<Problem> render(Page page) {
        String file = folder + page.outputFile();
        BuildCache.PageEntry kept = cache.previousPage(file);
        boolean bodyOfChangedArticle = page instanceof Page.ArticlePage p && changedSources.contains(p.article().sourcePath())
                || page instanceof Page.SearchTextFile t && changedSources.contains(t.article().sourcePath());
        if (structureUnchanged && !bodyOfChangedArticle && kept != null
                && output.keep(file, kept.state())) {
            cache.putPage(file, kept);
            return List.of();
        }
        try {
            PageRenderer.Prepared prepared = renderer.prepare(page);
            // Without a cache to remember it, no build will ever compare the fingerprint: skip it.
            String fingerprint = cache.remembers() ? prepared.fingerprint() : "";
            BuildCache.PageEntry previous = cache.previousPage(file);
            if (previous != null && previous.fingerprint().equals(fingerprint)
                    && output.keep(file, previous.state())) {
                cache.putPage(file, previous);
                return List.of();
            }
            rendered.incrementAndGet();
            StagedOutput.FileState state = output.put(file, prepared.render());
            cache.putPage(file, new BuildCache.PageEntry(fingerprint, state.size(), state.modified()));
            return List.of();
        } catch (ProblemException e) {
            return e.problems();
        }
    }
}
