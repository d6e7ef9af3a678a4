package org.dateline.pipeline;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a build did, for its summary line.
 *
 * @param articlesRead article files found
 * @param articlesParsed of those, how many were parsed (the rest came unchanged from the build cache)
 * @param pagesPlanned pages and generated files the site has
 * @param pagesRendered of those, how many were rendered (the rest were unchanged since the last build)
 * @param searchFilesMade search index files this build made (0 when the last build's index still held)
 * @param notes things the person should know that did not stop the build
 * @param phases how long each phase took, in order
 */
public record BuildResult(int articlesRead, int articlesParsed, int articlesPublished, int pagesPlanned,
                          int pagesRendered, int filesWritten, int filesUnchanged, int filesRemoved, int searchFilesMade,
                          Duration time,
                          List<String> notes, Map<String, Duration> phases) {

    public BuildResult {
        notes = List.copyOf(notes);
        phases = Collections.unmodifiableMap(new LinkedHashMap<>(phases));
    }

    /** "walk 0.01 s, read 1.20 s, …": where the time went. */
    public String timings() {
        StringBuilder out = new StringBuilder();
        phases.forEach((phase, time) -> out.append(out.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.2f s", phase, time.toMillis() / 1000.0)));
        return out.toString();
    }

    /** One line: what was read and parsed, rendered, written, left alone and removed, and how long it took. */
    public String summary() {
        return String.format(Locale.ROOT,
                "%s (%d parsed, %d published), %s (%d rendered), %s written, %d unchanged, %d removed in %.2f s",
                count(articlesRead, "article"), articlesParsed, articlesPublished, count(pagesPlanned, "page"),
                pagesRendered, count(filesWritten, "file"), filesUnchanged, filesRemoved, time.toMillis() / 1000.0);
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
