package org.dateline.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.io.file.PathUtils;
import org.dateline.model.Article;

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
    static final int FORMAT = 4;
    static final String INDEX = "index.bin";
    static final String BODIES = "bodies.pack";

    /**
     * @param body where the body's HTML is in the body store
     * @param terms where the article's {@linkplain org.dateline.search.TermVector search terms} are in the body store
     */
    record SourceEntry(long size, long modified, String hash, Article article, BodyStore.Ref body, boolean lateLinks,
                       BodyStore.Ref terms) implements Serializable {
        private static final long serialVersionUID = 1L;

        SourceEntry withState(long newSize, long newModified) {
            return new SourceEntry(newSize, newModified, hash, article, body, lateLinks, terms);
        }
    }

    record PageEntry(String fingerprint, long size, long modified) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private record Index(int format, String version, String readingKey, String siteKey,
                         Map<String, SourceEntry> sources, Map<String, PageEntry> pages) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The index as the last build in this process saved it, and the state of its file then: a
     * long-running caller (the preview server) hands it to the next build, which skips reading the
     * file back when the file is still the one it wrote.
     */
    public static final class Memory {
        private Index index;
        private long size = -1;
        private long modified = -1;

        private Index recall(Path file) {
            try {
                if (index != null && Files.size(file) == size && Files.getLastModifiedTime(file).toMillis() == modified) {
                    return index;
                }
            } catch (IOException e) {
                // no file: nothing to recall
            }
            return null;
        }

        private void remember(Index saved, Path file) throws IOException {
            index = saved;
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toMillis();
        }
    }

    private final Path dir;
    private final boolean persistent;
    private final String readingKey;
    private final Map<String, SourceEntry> oldSources;
    private final Map<String, PageEntry> oldPages;
    private final String oldSiteKey;
    private volatile String siteKey = "";
    /** Whether this build put anything the last build's index does not hold (the same entry objects). */
    private volatile boolean changed;
    private final Map<String, SourceEntry> sources = new ConcurrentHashMap<>();
    private final Map<String, PageEntry> pages = new ConcurrentHashMap<>();
    private final BodyStore bodies;
    private final Memory memory;

    private BuildCache(Path dir, boolean persistent, String readingKey, String oldSiteKey,
                       Map<String, SourceEntry> oldSources, Map<String, PageEntry> oldPages, BodyStore bodies,
                       Memory memory) {
        this.oldSiteKey = oldSiteKey;
        this.dir = dir;
        this.persistent = persistent;
        this.readingKey = readingKey;
        this.oldSources = oldSources;
        this.oldPages = oldPages;
        this.bodies = bodies;
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
            return new BuildCache(temp, false, readingKey, "", Map.of(), Map.of(),
                    BodyStore.open(temp.resolve(BODIES), false), memory);
        }
        Files.createDirectories(dir);
        Index recalled = memory.recall(dir.resolve(INDEX));
        Index index = recalled != null ? recalled : load(dir.resolve(INDEX), notes);
        boolean sourcesValid = index != null && index.readingKey().equals(readingKey);
        Map<String, SourceEntry> oldSources = sourcesValid ? index.sources() : Map.of();
        Map<String, PageEntry> oldPages = index == null ? Map.of() : index.pages();
        return new BuildCache(dir, true, readingKey, index == null ? "" : index.siteKey(), oldSources, oldPages,
                BodyStore.open(dir.resolve(BODIES), sourcesValid), memory);
    }

    private static Index load(Path file, List<String> notes) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             ObjectInputStream objects = new ObjectInputStream(in)) {
            Object read = objects.readObject();
            if (read instanceof Index index && index.format() == FORMAT && index.version().equals(version())) {
                return index;
            }
            return null; // another version's cache: start afresh, nothing to tell
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalStateException e) {
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
     * Sets the digest of everything this build's pages are made from except article bodies
     * (templates, settings, every published article's metadata, the plan); returns whether the last
     * build's was the same, in which case only the pages of articles whose source changed can differ.
     */
    boolean sameStructureAs(String key) {
        siteKey = key;
        return !key.isEmpty() && key.equals(oldSiteKey);
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

    /** Every output file the last build wrote, to remove those this build does not. */
    Iterable<String> previousOutputs() {
        return oldPages.keySet();
    }

    boolean hasPreviousOutputs() {
        return !oldPages.isEmpty();
    }

    BodyStore bodies() {
        return bodies;
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
                && siteKey.equals(oldSiteKey) && Files.isRegularFile(dir.resolve(INDEX))) {
            // Every entry is the one read back: the index on disk already says all of it (and at
            // 100,000 articles, writing it again would take seconds).
            return;
        }
        Map<String, SourceEntry> saved = new HashMap<>(sources);
        long live = 0;
        for (SourceEntry entry : saved.values()) {
            live += (entry.body() == null ? 0 : entry.body().length()) + (entry.terms() == null ? 0 : entry.terms().length());
        }
        if (bodies.size() > 2 * live + (1 << 20)) {
            saved = compact(saved);
        }
        Index index = new Index(FORMAT, version(), readingKey, siteKey, saved, new HashMap<>(pages));
        Path temp = dir.resolve(INDEX + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
             ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(index);
        }
        Files.move(temp, dir.resolve(INDEX), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        memory.remember(index, dir.resolve(INDEX));
    }

    private Map<String, SourceEntry> compact(Map<String, SourceEntry> entries) throws IOException {
        Path fresh = dir.resolve(BODIES + ".new");
        Map<String, SourceEntry> moved = new HashMap<>();
        try (BodyStore target = BodyStore.open(fresh, false)) {
            for (Map.Entry<String, SourceEntry> e : entries.entrySet()) {
                SourceEntry s = e.getValue();
                BodyStore.Ref body = s.body() == null ? null : target.put(bodies.get(s.body()));
                BodyStore.Ref terms = s.terms() == null ? null : target.put(bodies.get(s.terms()));
                moved.put(e.getKey(), new SourceEntry(s.size(), s.modified(), s.hash(), s.article(), body, s.lateLinks(),
                        terms));
            }
        }
        bodies.close();
        Files.move(fresh, dir.resolve(BODIES), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return moved;
    }

    @Override
    public void close() throws IOException {
        bodies.close();
        if (!persistent) {
            PathUtils.deleteDirectory(dir);
        }
    }
}
