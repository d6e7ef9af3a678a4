package org.dateline.build;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.DateIndex;
import org.dateline.model.Section;
import org.dateline.output.StagedOutput;
import org.dateline.plan.Urls;
import org.dateline.render.Fingerprint;
import org.dateline.search.SearchIndex;

/**
 * Writes the search index. Its files depend on every published article's terms and on what a
 * result shows of it; when none of that changed since the last build, and the files are as that
 * build left them, they are kept without reading a term. Otherwise the index is made again from
 * the terms the source phase kept, and only files whose bytes changed are written.
 */
final class SearchPhase {

    /** How many articles' terms are read from the store at once, in parallel, before they are indexed in order. */
    private static final int BATCH = 2048;

    private final BuildCache cache;
    private final StagedOutput output;
    private final AtomicInteger written = new AtomicInteger();

    SearchPhase(BuildCache cache, StagedOutput output) {
        this.cache = cache;
        this.output = output;
    }

    /** How many index files this build made afresh (0 when the index was kept). */
    int made() {
        return written.get();
    }

    void run(Archive archive, String linkStyle, ZoneId zone) {
        List<Article> byNumber = new ArrayList<>(archive.articles());
        java.util.Collections.reverse(byNumber); // oldest first, undated before all: see SearchIndex
        List<SearchIndex.Doc> docs = new ArrayList<>(byNumber.size());
        List<String> hashes = new ArrayList<>(byNumber.size());
        for (Article article : byNumber) {
            docs.add(doc(article, zone));
            hashes.add(cache.source(article.sourcePath()).hash());
        }
        List<String> sectionOrder = new ArrayList<>();
        for (Section section : archive.sections()) {
            sectionOrder.add(section.slug());
        }
        String key = Fingerprint.of(BuildCache.version(), linkStyle, sectionOrder, docs, hashes);
        if (keepAll(key)) {
            return;
        }
        try (SearchIndex.Builder builder = new SearchIndex.Builder(linkStyle)) {
            for (int from = 0; from < byNumber.size(); from += BATCH) {
                List<Article> batch = byNumber.subList(from, Math.min(byNumber.size(), from + BATCH));
                List<String> terms = batch.parallelStream()
                        .map(a -> cache.bodies().get(cache.source(a.sourcePath()).terms()))
                        .toList();
                for (int i = 0; i < batch.size(); i++) {
                    builder.add(docs.get(from + i), terms.get(i));
                }
            }
            // Files are written as the index makes them, a batch at a time in parallel, not held all at once.
            List<Map.Entry<String, String>> pending = new ArrayList<>();
            builder.build(sectionOrder, (file, text) -> {
                pending.add(Map.entry(file, text));
                if (pending.size() == BATCH) {
                    write(pending, key);
                }
            });
            write(pending, key);
        }
    }

    private void write(List<Map.Entry<String, String>> files, String key) {
        files.parallelStream().forEach(file -> {
            String path = Urls.search() + file.getKey();
            StagedOutput.FileState state = output.put(path, file.getValue().getBytes(StandardCharsets.UTF_8));
            cache.putPage(path, new BuildCache.PageEntry(key, state.size(), state.modified()));
            written.incrementAndGet();
        });
        files.clear();
    }

    /** Keeps the last build's index when it was made from the same articles and its files are still there. */
    private boolean keepAll(String key) {
        String meta = Urls.search() + SearchIndex.META;
        BuildCache.PageEntry previous = cache.previousPage(meta);
        if (previous == null || !previous.fingerprint().equals(key)) {
            return false;
        }
        List<String> files = new ArrayList<>();
        for (String file : cache.previousOutputs()) {
            if (isIndexFile(file)) {
                BuildCache.PageEntry entry = cache.previousPage(file);
                if (!entry.fingerprint().equals(key) || !output.isAsLeft(file, state(entry))) {
                    return false;
                }
                files.add(file);
            }
        }
        for (String file : files) {
            BuildCache.PageEntry entry = cache.previousPage(file);
            output.keep(file, state(entry));
            cache.putPage(file, entry);
        }
        return true;
    }

    private static StagedOutput.FileState state(BuildCache.PageEntry entry) {
        return new StagedOutput.FileState(entry.size(), entry.modified());
    }

    static boolean isIndexFile(String file) {
        String search = Urls.search();
        return file.equals(search + SearchIndex.META) || file.startsWith(search + SearchIndex.TERMS)
                || file.startsWith(search + SearchIndex.DIRS) || file.startsWith(search + SearchIndex.DOCS);
    }

    private static SearchIndex.Doc doc(Article article, ZoneId zone) {
        int year = article.isDated() ? DateIndex.localDate(article, zone).getYear() : 0;
        return new SearchIndex.Doc(Urls.article(article), year, article.sectionSlug(), article.section());
    }
}
