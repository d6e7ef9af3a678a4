package org.dateline.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.dateline.pipeline.BuildOptions;

/**
 * Watches the content and template folders (every folder in them, new ones too) and the settings
 * file, and runs one rebuild per burst of changes: an editor that writes a temporary file and
 * renames it over the article causes one build, not three. (The JDK's watch service on Linux is
 * inotify's: events come as they happen, without polling.)
 */
final class ProjectWatcher implements AutoCloseable {

    /**
     * Quiet time that ends a burst of changes. An editor's save (a write in place, or a temporary
     * file renamed over the article, a backup made and removed) is over within a millisecond or
     * two; every millisecond waited here is one more between the save and the page reloaded. A
     * longer burst (a checkout of many files) may cause a build before its end: the changes after
     * it cause another.
     */
    static final long SETTLE_MILLIS = 20;

    private final WatchService watch;
    private final Thread thread;
    private final BuildOptions options;
    private final long settleMillis;
    private final Path contentRoot;
    private volatile boolean running = true;

    /**
     * One burst of changes that matter to the site.
     *
     * @param seen when its first change was seen ({@link System#nanoTime})
     * @param content the paths in the content folder it touched (files or folders, written, created
     *     or removed); null when the watch service lost events and what changed is not known
     */
    record Burst(long seen, Set<Path> content) {
    }

    private ProjectWatcher(WatchService watch, BuildOptions options, long settleMillis, Consumer<Burst> rebuild,
                           Consumer<String> log) {
        this.watch = watch;
        this.options = options;
        this.settleMillis = settleMillis;
        this.contentRoot = options.contentDir().toAbsolutePath().normalize();
        this.thread = new Thread(() -> loop(rebuild, log), "dateline-watch");
        thread.setDaemon(true);
    }

    /**
     * @param settleMillis the quiet time that ends a burst ({@link #SETTLE_MILLIS}, or longer for a test
     *     whose burst of saves is slowed by a busy machine)
     * @param rebuild runs once per burst; every folder is watched when this returns, so a build begun
     *     after it sees every change that a later burst does not name
     */
    static ProjectWatcher start(BuildOptions options, long settleMillis, Consumer<Burst> rebuild, Consumer<String> log)
            throws IOException {
        WatchService watch = FileSystems.getDefault().newWatchService();
        ProjectWatcher watcher = new ProjectWatcher(watch, options, settleMillis, rebuild, log);
        watcher.registerTree(options.contentDir());
        watcher.registerTree(options.templateDir());
        watcher.register(options.projectDir());
        if (options.configFile() != null && options.configFile().getParent() != null) {
            watcher.register(options.configFile().getParent());
        }
        watcher.thread.start();
        return watcher;
    }

    private void loop(Consumer<Burst> rebuild, Consumer<String> log) {
        while (running) {
            try {
                WatchKey key = watch.take();
                long seen = System.nanoTime();
                Set<Path> content = new HashSet<>();
                boolean relevant = drain(key, content);
                // Wait for the burst to end: keep taking events until none come for a while.
                WatchKey next;
                while ((next = watch.poll(settleMillis, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(next, content);
                }
                if (relevant) {
                    log.accept("Change seen; rebuilding.");
                    rebuild.accept(new Burst(seen, content.contains(null) ? null : content));
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
        }
    }

    /**
     * Handles a key's events; registers new folders; adds to {@code content} the paths in the content
     * folder that changed (null for events lost); says whether any event matters to the site.
     */
    private boolean drain(WatchKey key, Set<Path> content) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                content.add(null);
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (!matters(dir, changed)) {
                continue;
            }
            relevant = true;
            Path absolute = changed.toAbsolutePath().normalize();
            if (absolute.startsWith(contentRoot)) {
                content.add(absolute);
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    // the folder went away again; the next event says so
                }
            }
        }
        key.reset();
        return relevant;
    }

    /** In the project folder only the settings file and the content and template folders matter. */
    private boolean matters(Path dir, Path changed) {
        if (dir.equals(options.projectDir().toAbsolutePath().normalize()) || dir.equals(options.projectDir())) {
            Set<Path> watched = Set.of(options.contentDir(), options.templateDir(),
                    options.configFile() == null ? options.projectDir().resolve("dateline.yml") : options.configFile());
            return watched.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(changed.toAbsolutePath().normalize()));
        }
        String name = changed.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith("~") && !name.endsWith(".swp");
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                register(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(Path dir) throws IOException {
        dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            watch.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
