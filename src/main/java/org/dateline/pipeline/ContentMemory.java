package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.dateline.source.ContentListing;
import org.dateline.source.ContentWalker;
import org.dateline.source.SourceFile;

/**
 * The content folder as the last build in this process listed it, and the files a caller that
 * watches the folder (the preview server) says were written since: the next build then stats those
 * files again instead of walking the whole folder, which at 10,000 articles was the largest part of
 * a rebuild after one edit. The folder is walked until the caller has first said it watches
 * ({@link #unknown}: from then on it tells every change), by the first build after that, and
 * whenever anything but changes to files already listed is told or found.
 *
 * <p>It also knows which files nobody touched since a build last read every article: those can
 * still be read as they could then (a change of their permissions is told as a change too), so the
 * build need not ask the file system again; at 10,000 articles the asking was a third of reading
 * them from the cache.
 */
final class ContentMemory {

    /**
     * A listing of the content folder, and which of its files were touched since a build last read
     * every article.
     *
     * @param touched their paths relative to the content folder, as {@link SourceFile#relativePath};
     *     null when every file is to be taken as touched (the listing came from a walk, or no build
     *     since the last walk read every article)
     */
    record Listed(ContentListing listing, Set<String> touched) {

        /** A walk's listing: nothing known of its files. */
        static Listed walked(ContentListing listing) {
            return new Listed(listing, null);
        }

        /** Whether {@code file} is as readable as when a build last read it, as far as the watcher tells. */
        boolean untouched(SourceFile file) {
            return touched != null && !touched.contains(file.relativePath());
        }
    }

    private Path folder;
    private Path base;
    private ContentListing listing;
    /** The files written since {@link #listing} was made, as far as the caller has told. */
    private Set<Path> changed = new HashSet<>();
    /** Whether the caller tells every change, from its first {@link #unknown} on. */
    private boolean watching;
    /** Whether {@link #changed} is all that changed since {@link #listing} was made. */
    private boolean watched;
    /**
     * The files told changed since the last build that read every article ({@link #read}), before
     * {@link #changed}; null when no build has read every article since the last walk.
     */
    private Set<Path> unread;

    /** The caller saw these files (absolute paths) written, or created, or removed. */
    synchronized void changed(Collection<Path> files) {
        changed.addAll(files);
    }

    /**
     * The caller does not know what changed since the last listing (it was not watching yet, or its
     * watcher lost events), but tells every change from now on: the next build walks, and those
     * after it start from its listing.
     */
    synchronized void unknown() {
        watching = true;
        watched = false;
        listing = null;
        unread = null;
    }

    /** The build that made the last listing read every article in it. */
    synchronized void read() {
        unread = new HashSet<>();
    }

    /** The content folder's listing: the last one with the changed files stat'ed again when that is enough, else a walk. */
    synchronized Listed list(Path contentDir, Path displayBase) throws IOException {
        ContentListing now = null;
        if (watched && listing != null && contentDir.equals(folder) && displayBase.equals(base)) {
            now = ContentWalker.restat(listing, changed, contentDir);
        }
        if (now == null) {
            now = ContentWalker.walk(contentDir, displayBase); // if it fails, what was told still holds
            unread = null;
        } else if (unread != null) {
            unread.addAll(changed);
        }
        // What the caller tells from here on happened after this listing was made (or while it was:
        // a file stat'ed again then is only stat'ed once more).
        changed = new HashSet<>();
        listing = now;
        folder = contentDir;
        base = displayBase;
        watched = watching;
        return new Listed(now, unread == null ? null : relative(unread, contentDir));
    }

    private static Set<String> relative(Set<Path> files, Path contentDir) {
        Path root = contentDir.toAbsolutePath().normalize();
        Set<String> relative = new HashSet<>();
        for (Path file : files) {
            if (file.startsWith(root)) {
                relative.add(root.relativize(file).toString().replace('\\', '/'));
            }
        }
        return relative;
    }
}
