package org.dateline.build;

import java.time.Duration;
import java.util.List;

/**
 * What a build did, for its summary line.
 *
 * @param notes things the person should know that did not stop the build
 */
public record BuildResult(int articlesRead, int articlesPublished, int pagesRendered, int filesWritten,
                          int filesUnchanged, int filesRemoved, Duration time, List<String> notes) {

    public BuildResult {
        notes = List.copyOf(notes);
    }

    /** One line: what was read, rendered, written, left alone and removed, and how long it took. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%d articles read (%d published), %d pages rendered, %d files written, %d unchanged, %d removed in %.2f s",
                articlesRead, articlesPublished, pagesRendered, filesWritten, filesUnchanged, filesRemoved,
                time.toMillis() / 1000.0);
    }
}
