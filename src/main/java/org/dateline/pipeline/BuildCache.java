package org.dateline.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.io.file.PathUtils;
import org.dateline.model.Article;
import org.dateline.output.StagedOutput;
import org.dateline.source.ContentListing;
import org.dateline.source.ContentWalker;
import org.dateline.search.SearchIndex;

/**
 * What one build leaves for the next, under {@code .dateline/} in the project: per source file its
 * size, time, content hash, the article read from it and where its body's HTML is kept; per output
 * file the fingerprint of what it shows and its size and time. A rebuild reads only sources that
 * changed and renders only pages whose fingerprint changed.
 *
 * <p>The cache is disposable and never trusted blindly: an index from another version of Dateline or
 * another format, or for other reading settings, is dropped; one that cannot be read is dropped with
 * a note. A build without it gives the same bytes.
 */
public final class BuildCache implements AutoCloseable {

    /** Bump when the index's layout or the meaning of its contents changes. */
    static final int FORMAT = 13;
    static final String INDEX = "index.bin";
    static final String CHANGES = "changes.bin";
    static final String BODIES = "bodies.pack";

    /**
     * @param body where the body's HTML is in the body store
     * @param terms where the article's {@linkplain org.dateline.search.TermVector search terms} are in the body store
     * @param listed the digest of what pages other than its own show of the article ({@link SourcePhase#listed})
     */
    record SourceEntry(long size, long modified, String hash, Article article, CachePack.Ref body, boolean lateLinks,
                       CachePack.Ref terms, long listed) {

        SourceEntry withState(long newSize, long newModified) {
            return new SourceEntry(newSize, newModified, hash, article, body, lateLinks, terms, listed);
        }
    }

    record PageEntry(String fingerprint, long size, long modified) {

        /** The state the build left the file in. */
        StagedOutput.FileState state() {
            return new StagedOutput.FileState(size, modified);
        }
    }

    /**
     * The site a build made, as far as a build that finds the same structure needs to know it
     * without planning the site again: the structure key, how many pages the plan had, and the
     * notes it gave.
     */
    record SiteState(String key, int pages, List<String> notes) {

        SiteState {
            notes = List.copyOf(notes);
        }
    }

    /**
     * The search index as a build left it, for the next to patch: the key it was made for, the key
     * of its articles in order (without their text), and what it was made of.
     */
    record SearchState(String key, String docsKey, SearchIndex.Summary summary) {
    }

    /** The whole index, as a build wrote it; {@code id} names this writing, for the changes made after it. */
    record Index(int format, String version, String id, String readingKey, SiteState site, SearchState search,
                         Map<String, SourceEntry> sources, Map<String, PageEntry> pages) {

        Index with(Changes changes) {
            Map<String, SourceEntry> newSources = new HashMap<>(sources);
            newSources.keySet().removeAll(changes.sourcesGone());
            newSources.putAll(changes.sources());
            Map<String, PageEntry> newPages = new HashMap<>(pages);
            newPages.keySet().removeAll(changes.pagesGone());
            newPages.putAll(changes.pages());
            return new Index(format, version, id, readingKey, changes.site(), changes.search(), newSources, newPages);
        }
    }

    /**
     * What later builds changed since the index {@code baseId} was written: the entries put and the
     * ones gone. Writing only these keeps a small edit's save small; the index is written whole
     * again once they grow past an eighth of it.
     */
    record Changes(int format, String version, String baseId, SiteState site, SearchState search,
                           Map<String, SourceEntry> sources, Set<String> sourcesGone,
                           Map<String, PageEntry> pages, Set<String> pagesGone) {

        int size() {
            return sources.size() + sourcesGone.size() + pages.size() + pagesGone.size();
        }
    }

    /**
     * The index as the last build in this process saved it, and the state of its file then: a
     * long-running caller (the preview server) hands it to the next build, which skips reading the
     * file back when the file is still the one it wrote. One made {@linkplain #forPreview for the
     * preview} also holds what the output folder held after the last build and the content folder's
     * listing, which the next build then starts from instead of walking the folders.
     */
    public static final class Memory {
        private final Remembered<Index> index = new Remembered<>();
        private final Remembered<Changes> changes = new Remembered<>();
        /**
         * The remembered index with the remembered changes applied: what the last save left, for the
         * next build to start from without merging the two again (at 10,000 articles, copying
         * 46,000 entries before every rebuild in the preview).
         */
        private Index merged;
        private Changes mergedChanges;
        private final StagedOutput.Memory output;
        private final ContentMemory content;

        public Memory() {
            this(null, null);
        }

        private Memory(StagedOutput.Memory output, ContentMemory content) {
            this.output = output;
            this.content = content;
        }

        /**
         * A memory that also holds what the output folder held after the last build and what the
         * content folder held: only for a caller whose output folder no one else writes while it
         * runs (the preview server's, under {@code .dateline/}: a file changed there by hand goes
         * unseen, see {@link StagedOutput.Memory}), and that watches the content folder and says
         * before each build which files it saw change ({@link #contentChanged}), or that it does
         * not know ({@link #contentUnknown}). Until it first says so, the content is walked.
         */
        public static Memory forPreview() {
            return new Memory(new StagedOutput.Memory(), new ContentMemory());
        }

        /** The caller saw these files in the content folder (absolute paths) written, created or removed. */
        public void contentChanged(Collection<Path> files) {
            if (content != null) {
                content.changed(files);
            }
        }

        /** The caller does not know what changed in the content folder (it is not watching yet, or lost events). */
        public void contentUnknown() {
            if (content != null) {
                content.unknown();
            }
        }

        /** {@code base} with {@code changes} applied, merged only when the last save did not leave it so. */
        private synchronized Index merge(Index base, Changes applied) {
            if (merged == null || mergedChanges != applied || !merged.id().equals(base.id())) {
                merged = base.with(applied);
                mergedChanges = applied;
            }
            return merged;
        }

        private synchronized void leaveMerged(Index index, Changes applied) {
            merged = index;
            mergedChanges = applied;
        }

        /** What the output folder held after the last build, or null when this memory does not hold it. */
        StagedOutput.Memory output() {
            return output;
        }

        /** The content folder's listing, from what this memory knows of it when it can, else from a walk. */
        ContentMemory.Listed listContent(Path contentDir, Path displayBase) throws IOException {
            return content == null ? ContentMemory.Listed.walked(ContentWalker.walk(contentDir, displayBase))
                    : content.list(contentDir, displayBase);
        }

        /** The build that listed the content last read every article in it. */
        void contentRead() {
            if (content != null) {
                content.read();
            }
        }
    }

    /** A file's contents as this process last wrote or read them, while the file is still in that state. */
    private static final class Remembered<T> {
        private T value;
        private long size = -1;
        private long modified = -1;

        private T recall(Path file) {
            try {
                if (value != null && Files.size(file) == size && Files.getLastModifiedTime(file).toMillis() == modified) {
                    return value;
                }
            } catch (IOException e) {
                // no file: nothing to recall
            }
            return null;
        }

        private void remember(T saved, Path file) throws IOException {
            value = saved;
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toMillis();
        }
    }

    private final Path dir;
    private final boolean persistent;
    private final String readingKey;
    private final Map<String, SourceEntry> oldSources;
    private final Map<String, PageEntry> oldPages;
    /** The index file as written whole (null when there is none to build changes on). */
    private final Index base;
    private final SiteState oldSite;
    private volatile SiteState site;
    private final SearchState oldSearch;
    private volatile SearchState search;
    /** Whether this build put anything the last build's index does not hold (the same entry objects). */
    private volatile boolean changed;
    // Sized for what the last build had: a rebuild puts about as many, and growing a map of a
    // quarter of a million entries step by step copies it a dozen times.
    private final Map<String, SourceEntry> sources;
    private final Map<String, PageEntry> pages;
    private final CachePack pack;
    private final Memory memory;

    /** What the last build in this process left, for this one to start from. */
    Memory memory() {
        return memory;
    }

    private BuildCache(Path dir, boolean persistent, String readingKey, Index base, SiteState oldSite,
                       SearchState oldSearch, Map<String, SourceEntry> oldSources, Map<String, PageEntry> oldPages, CachePack pack,
                       Memory memory) {
        this.base = base;
        this.oldSite = oldSite;
        this.oldSearch = oldSearch;
        this.dir = dir;
        this.persistent = persistent;
        this.readingKey = readingKey;
        this.oldSources = oldSources;
        this.oldPages = oldPages;
        this.sources = new ConcurrentHashMap<>(oldSources.size() + 16);
        this.pages = new ConcurrentHashMap<>(oldPages.size() + 16);
        this.pack = pack;
        this.memory = memory;
    }

    /**
     * Opens the cache in {@code dir}, or, when {@code dir} is null, a throw-away one for this build only.
     *
     * @param readingKey what, besides a source's bytes, decides how it reads (settings, version)
     * @param notes where to say that an unreadable cache was dropped
     */
    static BuildCache open(Path dir, String readingKey, List<String> notes, Memory memory) throws IOException {
        if (dir == null) {
            Path temp = Files.createTempDirectory("dateline-build");
            return new BuildCache(temp, false, readingKey, null, null, null, Map.of(), Map.of(),
                    CachePack.open(temp.resolve(BODIES), false), memory);
        }
        Files.createDirectories(dir);
        Index base = memory.index.recall(dir.resolve(INDEX));
        if (base == null) {
            base = load(dir.resolve(INDEX), Index.class, notes);
            if (base != null) {
                memory.index.remember(base, dir.resolve(INDEX));
            }
        }
        Index index = base;
        if (base != null) {
            Changes changes = memory.changes.recall(dir.resolve(CHANGES));
            if (changes == null) {
                changes = load(dir.resolve(CHANGES), Changes.class, notes);
            }
            if (changes != null && changes.baseId().equals(base.id())) {
                index = memory.merge(base, changes);
            } else if (changes == null && Files.exists(dir.resolve(CHANGES))) {
                index = null; // the changes could not be read (a note says so): the index without them is out of date
                base = null;
            }
        }
        boolean sourcesValid = index != null && index.readingKey().equals(readingKey);
        Map<String, SourceEntry> oldSources = sourcesValid ? index.sources() : Map.of();
        Map<String, PageEntry> oldPages = index == null ? Map.of() : index.pages();
        return new BuildCache(dir, true, readingKey, sourcesValid ? base : null, index == null ? null : index.site(),
                sourcesValid ? index.search() : null,
                oldSources, oldPages, CachePack.open(dir.resolve(BODIES), sourcesValid), memory);
    }

    /** The index or changes in {@code file}; null when there is none, or it is another version's. */
    private static <T> T load(Path file, Class<T> type, List<String> notes) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Object read = type == Index.class ? CacheFormat.readIndex(in, version()) : CacheFormat.readChanges(in, version());
            return type.cast(read); // null: another version's cache; start afresh, nothing to tell
        } catch (IOException | RuntimeException e) {
            notes.add("the build cache " + file + " could not be read (" + e.getClass().getSimpleName()
                    + "), so it was dropped and everything was built afresh");
            return null;
        }
    }

    /**
     * Which Dateline wrote a cache: its version and the size and time of the jar (or class folder)
     * it runs from, so that any rebuilt Dateline, even one with the same version number, starts afresh.
     */
    static String version() {
        String version = BuildCache.class.getPackage().getImplementationVersion();
        String stamp = "";
        try {
            Path code = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            stamp = ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            // no readable code source: the version alone must do
        }
        return (version == null ? "development" : version) + stamp;
    }

    /** What the last build knew of a source, when it was read with the same settings. */
    SourceEntry previousSource(String path) {
        return oldSources.get(path);
    }

    /** What this build knows of a source it has read. */
    SourceEntry source(String path) {
        return sources.get(path);
    }

    void putSource(String path, SourceEntry entry) {
        if (oldSources.get(path) != entry) {
            changed = true;
        }
        sources.put(path, entry);
    }

    /**
     * The site the last build made, when it was made from the same structure: the digest of
     * everything pages are made from except article bodies (templates, settings, every published
     * article's metadata). Then only the pages of articles whose source changed can differ. Null
     * when the structure differs, or is unknown ({@code key} empty).
     */
    SiteState previousSite(String key) {
        return key.isEmpty() || oldSite == null || !key.equals(oldSite.key()) ? null : oldSite;
    }

    void putSite(SiteState state) {
        site = state;
    }

    /** The search index as the last build left it; null when there is none, or its articles read otherwise. */
    SearchState previousSearch() {
        return oldSearch;
    }

    void putSearch(SearchState state) {
        search = state;
    }

    /** Whether this build's entries are kept for the next build (false with {@code --no-cache}). */
    boolean remembers() {
        return persistent;
    }

    PageEntry previousPage(String outputFile) {
        return oldPages.get(outputFile);
    }

    void putPage(String outputFile, PageEntry entry) {
        if (oldPages.get(outputFile) != entry) {
            changed = true;
        }
        pages.put(outputFile, entry);
    }

    /** Every output file the last build wrote, with what it knew of it. */
    Map<String, PageEntry> previousPages() {
        return java.util.Collections.unmodifiableMap(oldPages);
    }

    CachePack pack() {
        return pack;
    }

    /**
     * Writes the index for the next build (atomically), first compacting the body store when most of
     * it is bodies no source uses any more.
     */
    void save() throws IOException {
        if (!persistent) {
            return;
        }
        if (!changed && sources.size() == oldSources.size() && pages.size() == oldPages.size()
                && java.util.Objects.equals(site, oldSite) && java.util.Objects.equals(search, oldSearch)
                && Files.isRegularFile(dir.resolve(INDEX))) {
            // Every entry is the one read back: the index on disk already says all of it (and at
            // 100,000 articles, writing it again would take seconds).
            return;
        }
        long live = 0;
        for (SourceEntry entry : sources.values()) {
            live += (entry.body() == null ? 0 : entry.body().length()) + (entry.terms() == null ? 0 : entry.terms().length());
        }
        if (pack.size() > 2 * live + (1 << 20)) {
            saveWhole(compact(new HashMap<>(sources)));
            return;
        }
        Changes changes = base == null ? null : changesSinceBase();
        if (changes != null && changes.size() <= Math.max(64, (base.sources().size() + base.pages().size()) / 8)) {
            write(changes, dir.resolve(CHANGES));
            memory.changes.remember(changes, dir.resolve(CHANGES));
            // This build's entries are the base with the changes applied; no one puts into them now.
            memory.leaveMerged(new Index(base.format(), base.version(), base.id(), base.readingKey(), site, search,
                    sources, pages), changes);
            return;
        }
        saveWhole(new HashMap<>(sources));
    }

    /** This build's entries that the base index does not hold (other objects than it read), and the ones gone. */
    private Changes changesSinceBase() {
        Map<String, SourceEntry> putSources = new HashMap<>();
        sources.forEach((path, entry) -> {
            if (base.sources().get(path) != entry) {
                putSources.put(path, entry);
            }
        });
        Map<String, PageEntry> putPages = new HashMap<>();
        pages.forEach((file, entry) -> {
            if (base.pages().get(file) != entry) {
                putPages.put(file, entry);
            }
        });
        return new Changes(FORMAT, version(), base.id(), site, search, putSources, gone(base.sources(), sources),
                putPages, gone(base.pages(), pages));
    }

    /** The keys of {@code before} that {@code now} no longer has: looked up one by one, not by copying the key set. */
    private static Set<String> gone(Map<String, ?> before, Map<String, ?> now) {
        Set<String> gone = new HashSet<>();
        for (String key : before.keySet()) {
            if (!now.containsKey(key)) {
                gone.add(key);
            }
        }
        return gone;
    }

    /** Writes the whole index under a new id; changes written for the one before it no longer apply. */
    private void saveWhole(Map<String, SourceEntry> saved) throws IOException {
        Index index = new Index(FORMAT, version(), UUID.randomUUID().toString(), readingKey, site, search, saved,
                new HashMap<>(pages));
        write(index, dir.resolve(INDEX));
        memory.index.remember(index, dir.resolve(INDEX));
        Files.deleteIfExists(dir.resolve(CHANGES));
    }

    private void write(Object value, Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            if (value instanceof Index index) {
                CacheFormat.write(index, out);
            } else {
                CacheFormat.write((Changes) value, out);
            }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Map<String, SourceEntry> compact(Map<String, SourceEntry> entries) throws IOException {
        Path fresh = dir.resolve(BODIES + ".new");
        Map<String, SourceEntry> moved = new HashMap<>();
        try (CachePack target = CachePack.open(fresh, false)) {
            for (Map.Entry<String, SourceEntry> e : entries.entrySet()) {
                SourceEntry s = e.getValue();
                CachePack.Ref body = s.body() == null ? null : target.put(pack.get(s.body()));
                CachePack.Ref terms = s.terms() == null ? null : target.put(pack.get(s.terms()));
                moved.put(e.getKey(), new SourceEntry(s.size(), s.modified(), s.hash(), s.article(), body, s.lateLinks(),
                        terms, s.listed()));
            }
        }
        pack.close();
        Files.move(fresh, dir.resolve(BODIES), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return moved;
    }

    @Override
    public void close() throws IOException {
        pack.close();
        if (!persistent) {
            PathUtils.deleteDirectory(dir);
        }
    }
}
