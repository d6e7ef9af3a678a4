package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

class IndexPatchTest {

    /** Small files, so that a small archive has many, and terms with many postings get files of their own. */
    private static final int TARGET = 96;
    private static final List<String> SECTIONS = List.of("science", "world");
    private static final Analyzer ANALYZER = new Analyzer();

    private record Built(Map<String, String> files, SearchIndex.Summary summary) {
    }

    private static Built build(List<Article> articles, List<String> terms) {
        try (SearchIndex.Builder builder = new SearchIndex.Builder("pretty", TARGET, SearchIndex.Builder.RUN_BUDGET)) {
            for (int i = 0; i < articles.size(); i++) {
                builder.add(SearchIndexTest.doc(articles.get(i)), terms.get(i));
            }
            SearchIndex.Summary[] summary = new SearchIndex.Summary[1];
            Map<String, String> files = SearchIndex.files(sink -> summary[0] = builder.build(SECTIONS, sink));
            return new Built(files, summary[0]);
        }
    }

    private static String terms(Article article, String body) {
        return TermVector.encoded(article, body, ANALYZER);
    }

    private static String body(Random random, int words) {
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < words; w++) {
            // Common words, rarer ones, and now and then one never seen before.
            int pick = random.nextInt(100);
            body.append(pick < 60 ? "common" + random.nextInt(8) : pick < 97 ? "word" + random.nextInt(400)
                    : "fresh" + random.nextInt(1_000_000)).append(' ');
        }
        return body.toString();
    }

    /**
     * Edits a few articles of an archive again and again, each time patching the last index and
     * making the whole index afresh: the patch must give the same files, byte for byte.
     */
    @Test
    void aPatchedIndexHasTheBytesOfAWholeNewOne() {
        Random random = new Random(20261124);
        List<Article> articles = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Article article = SearchIndexTest.article("s" + i, "Story " + i, i % 3 == 0 ? "science" : "world",
                    2000 + i / 40, List.of("tag" + i % 7));
            articles.add(article);
            terms.add(terms(article, body(random, 20 + random.nextInt(20))));
        }
        List<SearchIndex.Doc> docs = articles.stream().map(SearchIndexTest::doc).toList();
        Built last = build(articles, terms);
        int patched = 0;
        int kept = 0;
        for (int round = 0; round < 150; round++) {
            List<String> edited = new ArrayList<>(terms);
            Map<Integer, String> changed = new HashMap<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                int doc = random.nextInt(articles.size());
                String body = random.nextInt(10) == 0 ? "" : body(random, 5 + random.nextInt(40));
                edited.set(doc, terms(articles.get(doc), body));
                changed.put(doc, edited.get(doc));
            }
            Built whole = build(articles, edited);
            Map<String, String> before = last.files();
            IndexPatch patch = new IndexPatch(docs, "pretty", last.summary(),
                    IndexPatch.termFilesOf(before::get),
                    name -> IndexPatch.termsOf(before.get(SearchIndex.TERMS + name + ".js")), TARGET);
            changed.forEach((doc, after) -> patch.change(doc, terms.get(doc), after));
            Map<String, String> made = new HashMap<>();
            IndexPatch.Result result = patch.apply(SECTIONS, made::put);
            if (result != null) {
                patched++;
                assertThat(result.summary()).isEqualTo(whole.summary());
                for (Map.Entry<String, String> file : whole.files().entrySet()) {
                    String path = file.getKey();
                    if (made.containsKey(path)) {
                        assertThat(made.get(path)).as(path).isEqualTo(file.getValue());
                    } else {
                        // Not made again: a term file kept, or an article list; either way as it was.
                        boolean keptFile = path.startsWith(SearchIndex.DOCS) || path.startsWith(SearchIndex.TERMS)
                                && result.keptTermFiles().contains(path.substring(SearchIndex.TERMS.length(), path.length() - 3));
                        assertThat(keptFile).as(path + " is neither made nor kept").isTrue();
                        assertThat(before.get(path)).as(path).isEqualTo(file.getValue());
                    }
                }
                assertThat(whole.files().keySet()).containsAll(made.keySet());
                kept += result.keptTermFiles().size();
            } else {
                assertThat(made).isEmpty();
            }
            terms.clear();
            terms.addAll(edited);
            last = whole;
        }
        // Nearly every edit is patched, and a patch keeps most files as they are.
        assertThat(patched).isGreaterThan(120);
        long termFiles = last.files().keySet().stream().filter(f -> f.startsWith(SearchIndex.TERMS)).count();
        assertThat(termFiles).isGreaterThan(50);
        assertThat(kept / patched).isGreaterThan((int) (termFiles / 2));
    }

    /**
     * A word changed in a long article moves no other term's weight: only the files of the word
     * gone and the word come are made again, and an edit that changes no term's weight (a comma)
     * makes no term file at all.
     */
    @Test
    void onlyTheFilesOfTermsWhoseWeightMovedAreMadeAgain() {
        List<Article> articles = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        for (int w = 0; w < 200; w++) {
            words.append("word").append(w).append(' ');
        }
        for (int i = 0; i < 20; i++) {
            articles.add(SearchIndexTest.article("s" + i, "Story", "world", 2001, List.of()));
            terms.add(terms(articles.get(i), words + "closing" + i));
        }
        Built last = build(articles, terms);
        long termFiles = last.files().keySet().stream().filter(f -> f.startsWith(SearchIndex.TERMS)).count();
        assertThat(termFiles).isGreaterThan(20);
        List<SearchIndex.Doc> docs = articles.stream().map(SearchIndexTest::doc).toList();

        IndexPatch patch = new IndexPatch(docs, "pretty", last.summary(), IndexPatch.termFilesOf(last.files()::get),
                name -> IndexPatch.termsOf(last.files().get(SearchIndex.TERMS + name + ".js")), TARGET);
        patch.change(3, terms.get(3), terms(articles.get(3), words + "finale3"));
        Map<String, String> made = new HashMap<>();
        IndexPatch.Result result = patch.apply(SECTIONS, made::put);
        assertThat(result).isNotNull();
        // the files of "closing3" and "finale3", and each one's neighbour before, at most
        assertThat(made.keySet().stream().filter(f -> f.startsWith(SearchIndex.TERMS)).count()).isBetween(1L, 4L);

        IndexPatch comma = new IndexPatch(docs, "pretty", last.summary(), IndexPatch.termFilesOf(last.files()::get),
                name -> IndexPatch.termsOf(last.files().get(SearchIndex.TERMS + name + ".js")), TARGET);
        comma.change(3, terms.get(3), terms(articles.get(3), words + ", closing3"));
        made.clear();
        assertThat(comma.apply(SECTIONS, made::put).keptTermFiles()).hasSize((int) termFiles);
        assertThat(made.keySet()).noneMatch(f -> f.startsWith(SearchIndex.TERMS));
    }

    @Test
    void givesUpWhenTheAverageLengthMoves() {
        List<Article> articles = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            articles.add(SearchIndexTest.article("s" + i, "Story", "world", 2001, List.of()));
            terms.add(terms(articles.get(i), "short text"));
        }
        Built last = build(articles, terms);
        IndexPatch patch = new IndexPatch(articles.stream().map(SearchIndexTest::doc).toList(), "pretty", last.summary(),
                IndexPatch.termFilesOf(last.files()::get),
                name -> IndexPatch.termsOf(last.files().get(SearchIndex.TERMS + name + ".js")), TARGET);
        patch.change(0, terms.get(0), terms(articles.get(0), "long text ".repeat(200)));
        Map<String, String> made = new HashMap<>();
        assertThat(patch.apply(SECTIONS, made::put)).isNull();
        assertThat(made).isEmpty();
    }

    @Test
    void givesUpOnATermFileWhosePostingsAreNotPostings() {
        List<Article> articles = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            articles.add(SearchIndexTest.article("s" + i, "Story", "world", 2001, List.of()));
            terms.add(terms(articles.get(i), "harbour ferry text"));
        }
        Built last = build(articles, terms);
        IndexPatch patch = new IndexPatch(articles.stream().map(SearchIndexTest::doc).toList(), "pretty", last.summary(),
                IndexPatch.termFilesOf(last.files()::get), name -> {
                    Map<String, String> read = new HashMap<>(IndexPatch.termsOf(last.files().get(SearchIndex.TERMS + name + ".js")));
                    read.replaceAll((term, encoded) -> "not postings!");
                    return read;
                }, TARGET);
        patch.change(0, terms.get(0), terms(articles.get(0), "harbour ferry words"));
        Map<String, String> made = new HashMap<>();
        assertThat(patch.apply(SECTIONS, made::put)).isNull();
        assertThat(made).isEmpty();
    }

    @Test
    void unreadableFilesOfTheLastIndexAreNoIndex() {
        assertThat(IndexPatch.termFilesOf(path -> null)).isNull();
        assertThat(IndexPatch.termFilesOf(path -> "datelineSearch.loaded(\"meta\",{\"dirs\":[[\"a\",\"x\"]]});\n")).isNull();
        assertThat(IndexPatch.termsOf("not a script")).isNull();
        assertThat(IndexPatch.termsOf(SearchIndex.script("terms/x", Map.of("ferry", "BB")))).isEqualTo(Map.of("ferry", "BB"));
    }
}
