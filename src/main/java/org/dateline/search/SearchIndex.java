package org.dateline.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.dateline.json.Json;
import org.dateline.text.Sha256;

/**
 * The search index of a whole archive, as the static files the browser reads: {@value #META}, which
 * says how the rest is split; term files under {@value #TERMS}, each a run of neighbouring terms
 * with their postings, so a word costs one small file, listed by directory files under
 * {@value #DIRS} (a word costs one of those too); under {@value #DOCS}, a file per {@value #BLOCK}
 * articles with their paths, from a result's number to its text file ({@link #textFile}), which has
 * the headline, date, section and text a result shows.
 *
 * <p>Articles are numbered oldest first, undated ones before all, so that a new article takes the
 * next number and leaves every older posting as it was, and a year is one range of numbers. Terms
 * are cut into files where a hash of the term says so, not by running size, so a change in one term
 * moves no other file's boundaries: a rebuild rewrites only the files whose terms changed.
 *
 * <p>Weights are BM25's term-frequency part, with the headline and metadata counted several times
 * (see {@link TermVector}), quantised to 1..{@value #MAX_WEIGHT}; the browser multiplies them by
 * each term's rarity, which it derives from the number of postings.
 */
public final class SearchIndex {

    public static final String META = "meta.js";
    public static final String TERMS = "terms/";
    public static final String DOCS = "docs/";
    public static final String DIRS = "dirs/";
    /** For a language the browser does not stem: each word the archive uses, with its stem ({@link FormFiles}). */
    public static final String FORMS = "forms/";
    /** Term files listed per directory file, on average. */
    static final int FILES_PER_DIR = 64;
    public static final int BLOCK = 64;
    /** A result's snippet comes from at most this much of its text: enough for any news story's body. */
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_WEIGHT = 31;
    /** The global function every index file calls with its contents: loadable as a script, even from disk. */
    public static final String CALLBACK = "datelineSearch.loaded";
    static final double K1 = 1.2;
    static final double B = 0.75;
    /** Average lengths are rounded to this, so that one more article does not shift every weight. */
    static final int LENGTH_STEP = 16;
    /** What a term file should hold on average, in characters; a term whose postings are longer gets a file of its own. */
    static final int TARGET_FILE = 8 * 1024;

    /**
     * An article as the index knows it.
     *
     * @param path its URL path from the site root
     * @param year its year, or 0 when undated
     * @param sectionSlug its section's URL name, or empty
     */
    public record Doc(String path, int year, String sectionSlug, String sectionName) {
    }

    /**
     * An article's text file: what a result shows of it (headline, day, section) and the text its
     * snippet is cut from. Loaded only for the results shown.
     *
     * @param key the file's key, {@code text/world/story}
     * @param isoDate its day, {@code 2024-03-05}, or empty when undated
     * @param date its day as the site writes it, or empty when undated
     */
    public static String textFile(String key, String title, String isoDate, String date, String section, String text) {
        String cut = text.length() <= MAX_TEXT ? text : text.substring(0, text.lastIndexOf(' ', MAX_TEXT) + 1) + "…";
        return script(key, List.of(title, isoDate, date, section, cut));
    }

    private SearchIndex() {
    }

    /**
     * Adds articles in number order, then makes the files, handing each to a sink as it is made.
     * Postings past a budget wait in scratch files ({@link PostingRuns}), so memory stays bounded
     * however large the archive; close the builder to remove them. Not thread-safe.
     */
    public static final class Builder implements AutoCloseable {
        /**
         * Postings held in memory before they are written out: about 200 MB of heap, and more than
         * 100,000 news articles have, so only larger archives touch the disk.
         */
        static final int RUN_BUDGET = 32 * 1024 * 1024;

        private final PostingRuns postings;
        private int[] lengths = new int[1024];
        private final List<Doc> docs = new ArrayList<>();
        private final String linkStyle;
        private final int targetFile;
        private StopWords stopWords = StopWords.ENGLISH_WORDS;
        /** The words and their stems, for a language the browser does not stem; null for English. */
        private java.util.TreeMap<String, String> forms;
        private int entityShards;

        /** @param linkStyle how the site links to pages ("pretty" or "files"), for the browser to follow */
        public Builder(String linkStyle) {
            this(linkStyle, TARGET_FILE, RUN_BUDGET);
        }

        /** An index of articles in the language {@code analyzer} is for: its stop words, and its forms when the browser does not stem it. */
        public Builder(String linkStyle, Analyzer analyzer) {
            this(linkStyle);
            this.stopWords = analyzer.stopWords();
            this.forms = analyzer.browserStems() ? null : new java.util.TreeMap<>();
        }

        /**
         * @param targetFile the average size of a term file, in characters (small in tests, to get many)
         * @param runBudget postings held in memory before a run is written (small in tests, to get many)
         */
        Builder(String linkStyle, int targetFile, int runBudget) {
            this.linkStyle = linkStyle;
            this.targetFile = targetFile;
            this.postings = new PostingRuns(runBudget);
        }

        /** Adds the next article, with its {@linkplain TermVector#encode() encoded} terms. */
        public Builder add(Doc doc, String encodedTerms) {
            int id = docs.size();
            docs.add(doc);
            if (id == lengths.length) {
                lengths = Arrays.copyOf(lengths, id * 2);
            }
            int lineEnd = encodedTerms.indexOf('\n');
            lengths[id] = Integer.parseInt(lineEnd < 0 ? encodedTerms : encodedTerms.substring(0, lineEnd));
            int at = lineEnd;
            while (at >= 0) {
                int next = encodedTerms.indexOf('\n', at + 1);
                int end = next < 0 ? encodedTerms.length() : next;
                int space = encodedTerms.lastIndexOf(' ', end - 1);
                if (encodedTerms.charAt(at + 1) == TermVector.FORM) {
                    if (forms != null) {
                        forms.putIfAbsent(encodedTerms.substring(at + 2, space), encodedTerms.substring(space + 1, end));
                    }
                    at = next;
                    continue;
                }
                String term = encodedTerms.substring(at + 1, space);
                int weight = Integer.parseInt(encodedTerms, space + 1, end, 10);
                postings.add(term, id << 8 | Math.min(weight, 255));
                at = next;
            }
            return this;
        }

        /** How many {@linkplain EntityIndex entity files} the index has, for {@value #META} to say (0, the default: none). */
        public Builder entityShards(int shards) {
            this.entityShards = shards;
            return this;
        }

        /** How many times postings were written out to scratch files. */
        int spilled() {
            return postings.spilled();
        }

        /** Every file of the index, by path under the search folder, {@value #META} first, then in a stable order. */
        public Map<String, String> build(List<String> sectionOrder) {
            return files(sink -> build(sectionOrder, sink));
        }

        /**
         * Makes every file of the index and hands each to {@code sink} (path under the search folder,
         * text) as soon as it is made: term files in term order, then the article lists, the
         * directory files and {@value #META}.
         *
         * @return what the index was made of, for an {@link IndexPatch} of the next build
         */
        public Summary build(List<String> sectionOrder, BiConsumer<String, String> sink) {
            long lengthSum = 0;
            for (int i = 0; i < docs.size(); i++) {
                lengthSum += lengths[i];
            }
            double averageLength = averageLength(lengthSum, docs.size());
            // Where term files are cut depends on the whole index's size, so it is measured first.
            long[] size = new long[2];
            postings.forEach((term, list, count) -> {
                size[0]++;
                size[1] += PostingCodec.encodedLength(list, count);
            });
            int every = termsPerFile((int) size[0], size[1], targetFile);
            List<List<Object>> shards = new ArrayList<>();
            TermFiles termFiles = new TermFiles(every, targetFile, shards, sink);
            int[][] buffers = {new int[16], new int[16]};
            postings.forEach((term, list, count) -> {
                if (buffers[0].length < count) {
                    buffers[0] = new int[count];
                    buffers[1] = new int[count];
                }
                boolean field = TermVector.isField(term);
                for (int i = 0; i < count; i++) {
                    int p = list[i];
                    buffers[0][i] = p >>> 8;
                    buffers[1][i] = field ? 1 : weight(p & 255, lengths[p >>> 8], averageLength);
                }
                StringBuilder out = new StringBuilder(count * 3);
                PostingCodec.encode(buffers[0], buffers[1], count, out);
                termFiles.add(term, out.toString());
            });
            postings.close();
            termFiles.finish();
            for (int block = 0; block * BLOCK < docs.size(); block++) {
                List<Object> rows = new ArrayList<>();
                for (Doc doc : docs.subList(block * BLOCK, Math.min(docs.size(), (block + 1) * BLOCK))) {
                    rows.add(doc.path());
                }
                sink.accept(DOCS + block + ".js", script(DOCS + block, rows));
            }
            int formFiles = forms == null ? -1 : FormFiles.write(forms, sink);
            writeMeta(docs, linkStyle, sectionOrder, shards, entityShards, sink, stopWords, formFiles);
            return new Summary((int) size[0], size[1], lengthSum);
        }

        /** Removes the scratch files of postings, if any are left. */
        @Override
        public void close() {
            postings.close();
        }
    }

    /**
     * What an index was made of, beyond its files: how many terms, how long their postings are
     * together, and how many terms its articles have. The next build needs these to know whether a
     * patch keeps the cut points and the weights of everything else.
     */
    public record Summary(int terms, long characters, long lengthSum) {
    }

    /** The files a maker hands to its sink, {@value #META} first, then in the order made. */
    static Map<String, String> files(java.util.function.Consumer<BiConsumer<String, String>> maker) {
        Map<String, String> files = new LinkedHashMap<>();
        maker.accept(files::put);
        Map<String, String> ordered = new LinkedHashMap<>();
        if (files.containsKey(META)) {
            ordered.put(META, files.remove(META));
        }
        ordered.putAll(files);
        return ordered;
    }

    /** The average article length weights are computed with, rounded so that one more article does not shift it. */
    static double averageLength(long lengthSum, int docs) {
        double mean = docs == 0 ? LENGTH_STEP : (double) lengthSum / docs;
        return Math.max(LENGTH_STEP, Math.round(mean / LENGTH_STEP) * LENGTH_STEP);
    }

    /**
     * The directory files and {@value #META}, from the list of term files ([first term, name], in
     * order); {@value #META} names the number of entity files only when there are some, so that a site
     * without entities has the index it always had.
     */
    static void writeMeta(List<Doc> docs, String linkStyle, List<String> sectionOrder, List<List<Object>> shards,
                          int entityShards, BiConsumer<String, String> sink) {
        writeMeta(docs, linkStyle, sectionOrder, shards, entityShards, sink, StopWords.ENGLISH_WORDS, -1);
    }

    /**
     * @param formFiles how many {@link FormFiles} the browser looks a query's words up in; -1 for an
     *     English index, whose queries the browser stems itself
     */
    static void writeMeta(List<Doc> docs, String linkStyle, List<String> sectionOrder, List<List<Object>> shards,
                          int entityShards, BiConsumer<String, String> sink, StopWords stopWords, int formFiles) {
        Map<String, String> sectionNames = new LinkedHashMap<>();
        for (Doc doc : docs) {
            if (!doc.sectionSlug().isEmpty()) {
                sectionNames.putIfAbsent(doc.sectionSlug(), doc.sectionName());
            }
        }
        List<Object> sections = new ArrayList<>();
        for (String slug : sectionOrder) {
            sections.add(List.of(slug, sectionNames.getOrDefault(slug, slug)));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", 1);
        meta.put("docs", docs.size());
        meta.put("block", BLOCK);
        meta.put("linkStyle", linkStyle);
        meta.put("stopWords", stopWords.words());
        if (formFiles >= 0) {
            meta.put("forms", formFiles);
        }
        meta.put("sectionField", TermVector.SECTION_FIELD);
        meta.put("sections", sections);
        meta.put("years", yearRanges(docs));
        meta.put("dirs", directories(shards, sink));
        if (entityShards > 0) {
            meta.put("entities", entityShards);
        }
        sink.accept(META, script("meta", meta));
    }

    private static List<Object> yearRanges(List<Doc> docs) {
        List<Object> years = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= docs.size(); i++) {
            if (i == docs.size() || docs.get(i).year() != docs.get(start).year()) {
                if (docs.get(start).year() != 0) {
                    years.add(List.of(docs.get(start).year(), start, i - 1));
                }
                start = i;
            }
        }
        return years;
    }

    /**
     * The term files' list, itself split: a directory file per run of about {@value #FILES_PER_DIR}
     * term files (cut where a hash of the run's first term says, as terms are), so that meta.js stays
     * small however many term files a large archive has.
     */
    private static List<Object> directories(List<List<Object>> shards, BiConsumer<String, String> sink) {
        List<Object> directories = new ArrayList<>();
        List<Object> run = new ArrayList<>();
        for (int i = 0; i < shards.size(); i++) {
            run.add(shards.get(i));
            boolean last = i == shards.size() - 1;
            if (last || cutDirectoryBefore((String) shards.get(i + 1).get(0))) {
                String first = (String) ((List<?>) run.get(0)).get(0);
                String name = Sha256.hex("directory:" + first).substring(0, 12);
                sink.accept(DIRS + name + ".js", script(DIRS + name, run));
                directories.add(List.of(first, name));
                run = new ArrayList<>();
            }
        }
        return directories;
    }

    /** BM25's term-frequency part for a weighted count in an article of {@code length} terms, quantised. */
    static int weight(int count, int length, double averageLength) {
        double score = count * (K1 + 1) / (count + K1 * (1 - B + B * length / averageLength));
        return (int) Math.max(1, Math.min(MAX_WEIGHT, Math.round(score / (K1 + 1) * MAX_WEIGHT)));
    }

    /**
     * How many terms a file holds on average: enough that files are about {@link #TARGET_FILE} long,
     * rounded down to a power of two so that the cut points move only when the index doubles or halves.
     */
    static int termsPerFile(int terms, long totalCharacters, int targetFile) {
        double wanted = totalCharacters == 0 ? 1024 : (double) terms * targetFile / totalCharacters;
        int every = Integer.highestOneBit((int) Math.max(1, Math.min(1024, wanted)));
        return Math.max(8, every);
    }

    /** Whether a file ends after {@code term}: one term in {@code every}, chosen by the term alone. */
    static boolean cutAfter(String term, int every) {
        int h = term.hashCode() * 0x9E3779B1;
        return ((h >>> 16) & (every - 1)) == 0;
    }

    /** Whether a new directory file starts at the term file whose first term is {@code first}. */
    static boolean cutDirectoryBefore(String first) {
        int h = first.hashCode() * 0x85EBCA6B;
        return ((h >>> 12) & (FILES_PER_DIR - 1)) == 0;
    }

    /** A file the browser loads as a script: {@code datelineSearch.loaded("key", json);}. */
    public static String script(String key, Object data) {
        return CALLBACK + "(" + Json.write(key) + "," + Json.write(data) + ");\n";
    }
}
