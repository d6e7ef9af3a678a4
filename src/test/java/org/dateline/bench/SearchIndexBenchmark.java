package org.dateline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.dateline.search.IndexPatch;
import org.dateline.search.SearchIndex;
import org.dateline.search.TermVector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The search index of an archive: made whole from every article's terms, against patched after
 * one article was edited (what a rebuild after an edit does). Terms follow a skewed vocabulary of
 * 50,000 words, as news text does: a few in every article, most in a handful.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchIndexBenchmark {

    private static final List<String> SECTIONS = List.of("world", "business");

    @Param({"20000"})
    public int articles;

    private final List<SearchIndex.Doc> docs = new ArrayList<>();
    private final List<String> terms = new ArrayList<>();
    private Map<String, String> files;
    private SearchIndex.Summary summary;
    private List<List<Object>> termFiles;
    private String edited;

    private static String terms(SplittableRandom random, int words) {
        TreeMap<String, Integer> weights = new TreeMap<>();
        for (int i = 0; i < words; i++) {
            double u = random.nextDouble();
            weights.merge("w" + (int) (u * u * u * 50_000), 1, Integer::sum);
        }
        return new TermVector(words, weights).encode();
    }

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        for (int n = 0; n < articles; n++) {
            docs.add(new SearchIndex.Doc(SECTIONS.get(n % 2) + "/story-" + n + "/", 2000 + n / 1000, SECTIONS.get(n % 2),
                    SECTIONS.get(n % 2)));
            terms.add(terms(random, 250 + random.nextInt(200)));
        }
        edited = terms(random, 300);
        SearchIndex.Summary[] made = new SearchIndex.Summary[1];
        files = new java.util.HashMap<>();
        try (SearchIndex.Builder builder = builder()) {
            made[0] = builder.build(SECTIONS, files::put);
        }
        summary = made[0];
        termFiles = IndexPatch.termFilesOf(files::get);
    }

    private SearchIndex.Builder builder() {
        SearchIndex.Builder builder = new SearchIndex.Builder("pretty");
        for (int n = 0; n < docs.size(); n++) {
            builder.add(docs.get(n), terms.get(n));
        }
        return builder;
    }

    @Benchmark
    public long wholeIndex() {
        long[] size = {0};
        try (SearchIndex.Builder builder = builder()) {
            builder.build(SECTIONS, (path, text) -> size[0] += text.length());
        }
        return size[0];
    }

    @Benchmark
    public long patchAfterOneEdit() {
        long[] size = {0};
        int doc = articles / 2;
        IndexPatch.Result result = new IndexPatch(docs, "pretty", summary, termFiles,
                name -> IndexPatch.termsOf(files.get(SearchIndex.TERMS + name + ".js")))
                .change(doc, terms.get(doc), edited)
                .apply(SECTIONS, (path, text) -> size[0] += text.length());
        if (result == null) {
            throw new IllegalStateException("the edit moved the whole index");
        }
        return size[0];
    }
}
