package org.dateline.build;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

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
        return String.format(Locale.ROOT, "%s read (%d published), %s rendered, %s written, %d unchanged, %d removed in %.2f s",
                count(articlesRead, "article"), articlesPublished, count(pagesRendered, "page"),
                count(filesWritten, "file"), filesUnchanged, filesRemoved, time.toMillis() / 1000.0);
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
