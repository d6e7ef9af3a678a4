package org.dateline.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.dateline.text.Sha256;

/**
 * Cuts a sorted run of terms, each with its encoded postings, into term files. A file ends after a
 * term its hash picks (one in {@code every}), after a term long enough for a file of its own (which
 * also ends the file before it), or once it passes twice the target size. Each file starts afresh
 * after a cut, so where the files of one stretch of terms end depends on that stretch alone: an
 * {@link IndexPatch} re-cuts only the stretch a change touched.
 */
final class TermFiles {

    private final int every;
    private final int targetFile;
    private final List<List<Object>> made;
    private final BiConsumer<String, String> sink;
    private final Map<String, Object> file = new LinkedHashMap<>();
    private long size;

    /**
     * @param made where each file made is listed, as [first term, name]
     * @param sink gets each file made: its path under the search folder and its text
     */
    TermFiles(int every, int targetFile, List<List<Object>> made, BiConsumer<String, String> sink) {
        this.every = every;
        this.targetFile = targetFile;
        this.made = made;
        this.sink = sink;
    }

    /** Adds the next term in order. */
    void add(String term, String encoded) {
        boolean own = encoded.length() > targetFile;
        if (own && !file.isEmpty()) {
            flush();
        }
        file.put(term, encoded);
        size += encoded.length() + term.length();
        if (own || SearchIndex.cutAfter(term, every) || size > 2L * targetFile) {
            flush();
        }
    }

    /** Whether the last term added ended a file. */
    boolean atCut() {
        return file.isEmpty();
    }

    /** Ends the last file; an index without terms still gets one (empty) file. */
    void finish() {
        if (!file.isEmpty() || made.isEmpty()) {
            flush();
        }
    }

    private void flush() {
        String first = file.isEmpty() ? "" : file.keySet().iterator().next();
        String name = Sha256.hex(first).substring(0, 12);
        made.add(List.of(first, name));
        sink.accept(SearchIndex.TERMS + name + ".js", SearchIndex.script(SearchIndex.TERMS + name, file));
        file.clear();
        size = 0;
    }
}
