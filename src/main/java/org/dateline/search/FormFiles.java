package org.dateline.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.BiConsumer;

/**
 * The words of an index in a language the browser does not stem, each with its stem, in files the
 * browser picks by a hash of the word: a query loads the one file of each of its words and finds
 * the stem the build gave it. A word the archive never uses has no entry, and is looked up as it is.
 */
final class FormFiles {

    /** Words a file holds, on average: about 40 KB of script. */
    static final int WORDS_PER_FILE = 2000;

    private FormFiles() {
    }

    /** Writes the files ({@code forms/N.js}, each a map of word to stem); returns how many. */
    static int write(SortedMap<String, String> forms, BiConsumer<String, String> sink) {
        int files = Math.max(1, (forms.size() + WORDS_PER_FILE - 1) / WORDS_PER_FILE);
        List<Map<String, Object>> buckets = new ArrayList<>(files);
        for (int i = 0; i < files; i++) {
            buckets.add(new LinkedHashMap<>());
        }
        forms.forEach((word, stem) -> buckets.get(fileOf(word, files)).put(word, stem));
        for (int i = 0; i < files; i++) {
            sink.accept(SearchIndex.FORMS + i + ".js", SearchIndex.script(SearchIndex.FORMS + i, buckets.get(i)));
        }
        return files;
    }

    /** FNV-1a over the word's UTF-16 units, as {@code search.js} computes it. */
    static int fileOf(String word, int files) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, files);
    }
}
