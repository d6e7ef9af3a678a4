package org.dateline.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.config.SiteConfig;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.DateIndex;
import org.dateline.model.Entities;
import org.dateline.model.Section;
import org.dateline.model.Term;
import org.dateline.model.TermKind;
import org.dateline.output.StagedOutput;
import org.dateline.plan.Urls;
import org.dateline.render.Fingerprint;
import org.dateline.search.Analyzer;
import org.dateline.search.EntityIndex;
import org.dateline.search.IndexPatch;
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
    /** The most changed articles a build patches the last index for, rather than making it whole. */
    static final int MAX_PATCHED = 500;

    private static final String ROOT_SEARCH = Urls.search();

    private final String searchDir;
    private final String metaFile;
    private final String termsDir;
    private final String dirsDir;
    private final String docsDir;
    private final String formsDir;
    private final String entitiesDir;
    private final BuildCache cache;
    private final StagedOutput output;
    /**
     * Whether this index is the one whose state the cache keeps for patching: the site's root index
     * (of its default language), in English. Another is kept whole when it did not change, and
     * otherwise made again.
     */
    private final boolean patchable;
    private final SiteConfig config;
    private final AtomicInteger written = new AtomicInteger();
    private final Analyzer analyzer;

    /** @param config the settings: which people, places and organisations have pages, and their aliases */
    SearchPhase(BuildCache cache, StagedOutput output, SiteConfig config) {
        this(cache, output, config, "", new Analyzer());
    }

    /**
     * @param config the settings of the index's language: which people, places and organisations
     *     have pages, and their aliases
     * @param folder the folder of the language whose index this is: empty for the default
     * @param analyzer the analyzer of the index's language
     */
    SearchPhase(BuildCache cache, StagedOutput output, SiteConfig config, String folder, Analyzer analyzer) {
        this.cache = cache;
        this.output = output;
        this.config = config;
        this.analyzer = analyzer;
        // Only an English index is patched: a patch does not know the words and stems of another language.
        this.patchable = folder.isEmpty() && analyzer.browserStems();
        searchDir = folder + ROOT_SEARCH;
        metaFile = searchDir + SearchIndex.META;
        termsDir = searchDir + SearchIndex.TERMS;
        dirsDir = searchDir + SearchIndex.DIRS;
        docsDir = searchDir + SearchIndex.DOCS;
        formsDir = searchDir + SearchIndex.FORMS;
        entitiesDir = searchDir + EntityIndex.FOLDER;
    }

    /** How many index files this build made afresh (0 when the index was kept). */
    int made() {
        return written.get();
    }

    /**
     * @param sameStructure whether the site's structure is the last build's (so is what results show of each article)
     */
    void run(Archive archive, String linkStyle, ZoneId zone, boolean sameStructure) {
        List<Article> byNumber = new ArrayList<>(archive.articles());
        java.util.Collections.reverse(byNumber); // oldest first, undated before all: see SearchIndex
        List<SearchIndex.Doc> docs = new ArrayList<>(byNumber.size());
        List<String> hashes = new ArrayList<>(byNumber.size());
        List<BuildCache.SourceEntry> sources = new ArrayList<>(byNumber.size());
        for (Article article : byNumber) {
            docs.add(doc(article, zone));
            BuildCache.SourceEntry source = cache.source(article.sourcePath());
            sources.add(source);
            hashes.add(source.hash());
        }
        List<String> sectionOrder = new ArrayList<>();
        for (Section section : archive.sections()) {
            sectionOrder.add(section.slug());
        }
        BuildCache.SearchState previous = patchable ? cache.previousSearch() : null;
        String docsKey = sameStructure && previous != null ? previous.docsKey()
                : Fingerprint.of(BuildCache.version(), linkStyle, sectionOrder, docs);
        List<EntityIndex.Entry> entities = entities(archive);
        // Entities change the key only when there are some: a site without them keeps the index it had.
        String key = entities.isEmpty() ? Fingerprint.of(docsKey, hashes)
                : Fingerprint.of(docsKey, hashes, entities.stream().map(EntityIndex.Entry::toString).toList());
        if (keepAll(key)) {
            if (patchable) {
                cache.putSearch(previous != null && previous.key().equals(key) ? previous : null);
            }
            return;
        }
        SearchIndex.Summary summary = patch(previous, key, docsKey, byNumber, sources, docs, linkStyle, sectionOrder,
                entities);
        if (summary == null) {
            summary = buildWhole(key, sources, docs, linkStyle, sectionOrder, entities);
        }
        if (patchable) {
            cache.putSearch(new BuildCache.SearchState(key, docsKey, summary));
        }
    }

    /**
     * Keeps the last build's index as it is, for a build that knows no article changed (neither
     * its text nor what its results show); false when there is no such index whose files are all
     * as that build left them, and nothing was kept.
     */
    boolean keep() {
        BuildCache.SearchState previous = patchable ? cache.previousSearch() : null;
        if (previous == null || !keepAll(previous.key())) {
            return false;
        }
        cache.putSearch(previous);
        return true;
    }

    /** Makes the whole index from every article's terms, writing only files whose bytes changed. */
    private SearchIndex.Summary buildWhole(String key, List<BuildCache.SourceEntry> sources, List<SearchIndex.Doc> docs,
                                           String linkStyle, List<String> sectionOrder,
                                           List<EntityIndex.Entry> entities) {
        int entityShards = EntityIndex.shards(entities);
        try (SearchIndex.Builder builder = new SearchIndex.Builder(linkStyle, analyzer).entityShards(entityShards)) {
            for (int from = 0; from < sources.size(); from += BATCH) {
                List<BuildCache.SourceEntry> batch = sources.subList(from, Math.min(sources.size(), from + BATCH));
                List<String> terms = batch.parallelStream()
                        .map(source -> cache.pack().get(source.terms()))
                        .toList();
                for (int i = 0; i < batch.size(); i++) {
                    builder.add(docs.get(from + i), terms.get(i));
                }
            }
            // Files are written as the index makes them, a batch at a time in parallel, not held all at once.
            List<Map.Entry<String, String>> pending = new ArrayList<>();
            SearchIndex.Summary summary = builder.build(sectionOrder, (file, text) -> {
                pending.add(Map.entry(file, text));
                if (pending.size() == BATCH) {
                    write(pending, key);
                }
            });
            EntityIndex.write(entities, entityShards, (file, text) -> pending.add(Map.entry(file, text)));
            write(pending, key);
            return summary;
        }
    }

    /**
     * When the articles are the last build's, in the same order, and only a few say something
     * else, patches the last index: only the term files of their terms are made again, and the
     * rest kept. Null when that cannot be done, and nothing was written.
     */
    private SearchIndex.Summary patch(BuildCache.SearchState previous, String key, String docsKey, List<Article> byNumber,
                                      List<BuildCache.SourceEntry> sources, List<SearchIndex.Doc> docs, String linkStyle,
                                      List<String> sectionOrder, List<EntityIndex.Entry> entities) {
        List<String> files = previous == null || !previous.docsKey().equals(docsKey) ? null : indexAsLeft(previous.key());
        if (files == null) {
            return null;
        }
        java.util.function.Function<String, String> read = file -> {
            String path = searchDir + file;
            BuildCache.PageEntry entry = cache.previousPage(path);
            byte[] bytes = entry == null ? null : output.readAsLeft(path, entry.state());
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        };
        List<List<Object>> termFiles = IndexPatch.termFilesOf(read);
        if (termFiles == null) {
            return null;
        }
        IndexPatch patch = new IndexPatch(docs, linkStyle, previous.summary(), termFiles,
                name -> IndexPatch.termsOf(read.apply(SearchIndex.TERMS + name + ".js")));
        int entityShards = EntityIndex.shards(entities);
        patch.entityShards(entityShards);
        int changed = 0;
        for (int i = 0; i < byNumber.size(); i++) {
            BuildCache.SourceEntry before = cache.previousSource(byNumber.get(i).sourcePath());
            BuildCache.SourceEntry after = sources.get(i);
            if (before == null || before.terms() == null) {
                return null;
            }
            if (!before.hash().equals(after.hash())) {
                // Past a few hundred, most term files change anyway: making the whole index costs no more.
                if (++changed > MAX_PATCHED) {
                    return null;
                }
                patch.change(i, cache.pack().get(before.terms()), cache.pack().get(after.terms()));
            }
        }
        List<Map.Entry<String, String>> made = new ArrayList<>();
        IndexPatch.Result result = patch.apply(sectionOrder, (file, text) -> made.add(Map.entry(file, text)));
        if (result == null) {
            return null;
        }
        // The entity files are few and small: made whole, and written where their bytes changed.
        EntityIndex.write(entities, entityShards, (file, text) -> made.add(Map.entry(file, text)));
        java.util.Set<String> madePaths = new java.util.HashSet<>();
        for (Map.Entry<String, String> file : made) {
            madePaths.add(searchDir + file.getKey());
        }
        for (String file : files) {
            boolean keptTerms = file.startsWith(termsDir)
                    && result.keptTermFiles().contains(file.substring(termsDir.length(), file.length() - ".js".length()));
            boolean docsList = file.startsWith(docsDir);
            if (!madePaths.contains(file) && (keptTerms || docsList)) {
                // Kept as it was, cache entry and all: re-keying the thousands of files an edit does
                // not touch made every edit rewrite that many cache entries.
                BuildCache.PageEntry entry = cache.previousPage(file);
                output.keep(file, entry.state());
                cache.putPage(file, entry);
            }
        }
        write(made, key);
        return result.summary();
    }

    private void write(List<Map.Entry<String, String>> files, String key) {
        files.parallelStream().forEach(file -> {
            String path = searchDir + file.getKey();
            StagedOutput.FileState state = output.put(path, file.getValue().getBytes(StandardCharsets.UTF_8));
            cache.putPage(path, new BuildCache.PageEntry(key, state.size(), state.modified()));
            written.incrementAndGet();
        });
        files.clear();
    }

    /** Keeps the last build's index when it was made from the same articles and its files are still there. */
    private boolean keepAll(String key) {
        List<String> files = indexAsLeft(key);
        if (files == null) {
            return false;
        }
        for (String file : files) {
            BuildCache.PageEntry entry = cache.previousPage(file);
            output.keep(file, entry.state());
            cache.putPage(file, entry);
        }
        return true;
    }

    /**
     * The last build's index files, when that build made the index for {@code key} and each file is
     * still as it left them; null otherwise. The meta file, made by every build that touches the
     * index, carries the key; a term file a patch kept still carries the key it was made for, and
     * the cache and the output, committed together, say it belongs to this index.
     */
    private List<String> indexAsLeft(String key) {
        BuildCache.PageEntry meta = cache.previousPage(metaFile);
        if (meta == null || !meta.fingerprint().equals(key)) {
            return null;
        }
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, BuildCache.PageEntry> page : cache.previousPages().entrySet()) {
            if (isOwnIndexFile(page.getKey())) {
                if (!output.isAsLeft(page.getKey(), page.getValue().state())) {
                    return null;
                }
                files.add(page.getKey());
            }
        }
        return files;
    }

    /**
     * Whether an output file is one of the root index's (asked of every file a build wrote, so
     * without making strings): what a body-only rebuild, which a multilingual site never takes, keeps.
     */
    static boolean isIndexFile(String file) {
        return ROOT_INDEX.isOwnIndexFile(file);
    }

    private static final SearchPhase ROOT_INDEX = new SearchPhase(null, null, null);

    private boolean isOwnIndexFile(String file) {
        return file.startsWith(searchDir) && (file.equals(metaFile) || file.startsWith(termsDir) || file.startsWith(dirsDir)
                || file.startsWith(docsDir) || file.startsWith(formsDir) || file.startsWith(entitiesDir));
    }

    /**
     * The people, places and organisations that have pages, for the search to show above the
     * articles when a query names one: none when the site finds no entities or lists none of a kind.
     */
    private List<EntityIndex.Entry> entities(Archive archive) {
        if (!config.entities().enabled()) {
            return List.of();
        }
        Urls urls = null;
        List<EntityIndex.Entry> entries = new ArrayList<>();
        for (TermKind kind : Entities.KINDS) {
            if (!config.hasListings(kind)) {
                continue;
            }
            for (Term term : archive.terms(kind).byName()) {
                if (urls == null) {
                    urls = new Urls(archive);
                }
                List<String> spellings = new ArrayList<>();
                config.entities().aliases().forEach((spelling, name) -> {
                    if (name.equalsIgnoreCase(term.name()) && !spelling.equalsIgnoreCase(name)) {
                        spellings.add(spelling);
                    }
                });
                spellings.sort(null);
                entries.add(new EntityIndex.Entry(kind.singular(), term.name(), urls.term(term), term.count(), spellings));
            }
        }
        return entries;
    }

    private static SearchIndex.Doc doc(Article article, ZoneId zone) {
        int year = article.isDated() ? DateIndex.localDate(article, zone).getYear() : 0;
        return new SearchIndex.Doc(Urls.article(article), year, article.sectionSlug(), article.section());
    }
}
