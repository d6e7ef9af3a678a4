package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Article;
import org.dateline.model.ArticleDate;
import org.dateline.model.SourceFormat;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Article article(String slug, String title, String section, int year, List<String> tags) {
        return new Article(section + "/" + slug + ".md", SourceFormat.MARKDOWN, title, slug,
                section.isEmpty() ? "" : Character.toUpperCase(section.charAt(0)) + section.substring(1), section,
                year == 0 ? null : new ArticleDate(ZonedDateTime.of(year, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC), true),
                null, List.of(), tags, "", "", "", "", "", "", List.of(), false, null, null, List.of(), 0, Map.of());
    }

    static SearchIndex.Doc doc(Article a) {
        int year = a.date() == null ? 0 : a.date().value().getYear();
        return new SearchIndex.Doc(a.sectionSlug() + "/" + a.slug() + "/", year, a.sectionSlug(), a.section());
    }

    /** The payload of an index file: the JSON argument of its datelineSearch.loaded call. */
    static JsonNode payload(String script) throws Exception {
        String prefix = SearchIndex.CALLBACK + "(";
        assertThat(script).startsWith(prefix).endsWith(");\n");
        String inner = script.substring(prefix.length(), script.length() - 3);
        return JSON.readTree("[" + inner + "]").get(1);
    }

    private static Map<String, String> build(List<Article> articles, List<String> bodies) {
        return build(articles, bodies, SearchIndex.Builder.RUN_BUDGET, 0);
    }

    /** Builds with a budget of postings held in memory, checking how many runs were written to disk. */
    private static Map<String, String> build(List<Article> articles, List<String> bodies, int runBudget, int runs) {
        Analyzer analyzer = new Analyzer();
        // Small files, so that even these small archives are split into many.
        try (SearchIndex.Builder builder = new SearchIndex.Builder("pretty", 256, runBudget)) {
            for (int i = 0; i < articles.size(); i++) {
                builder.add(doc(articles.get(i)), TermVector.encoded(articles.get(i), bodies.get(i), analyzer));
            }
            assertThat(builder.spilled()).isEqualTo(runs);
            return builder.build(List.of("science", "world"));
        }
    }

    /**
     * Every term file as the browser finds it, [first term, name], in order: meta.js lists the
     * directory files, which list the term files.
     */
    static List<JsonNode> termFiles(java.util.function.Function<String, String> read) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        for (JsonNode dir : payload(read.apply(SearchIndex.META)).get("dirs")) {
            JsonNode entries = payload(read.apply(SearchIndex.DIRS + dir.get(1).asText() + ".js"));
            assertThat(entries.get(0).get(0).asText()).isEqualTo(dir.get(0).asText());
            entries.forEach(list::add);
        }
        return list;
    }

    /** Every term and its postings, from all term files. */
    static Map<String, List<PostingCodec.Posting>> terms(Map<String, String> files) throws Exception {
        Map<String, List<PostingCodec.Posting>> terms = new HashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (file.getKey().startsWith(SearchIndex.TERMS)) {
                payload(file.getValue()).fields().forEachRemaining(e ->
                        terms.put(e.getKey(), PostingCodec.decode(e.getValue().asText())));
            }
        }
        return terms;
    }

    @Test
    void headlineWordsWeighMoreThanBodyWords() throws Exception {
        List<Article> articles = List.of(
                article("a", "Budget vote delayed", "world", 2023, List.of()),
                article("b", "Council meets", "world", 2023, List.of()));
        Map<String, String> files = build(articles, List.of("Members met on Tuesday to talk.",
                "Members talked about the budget on Tuesday."));
        List<PostingCodec.Posting> budget = terms(files).get("budget");
        assertThat(budget).extracting(PostingCodec.Posting::doc).containsExactly(0, 1);
        assertThat(budget.get(0).weight()).isGreaterThan(budget.get(1).weight());
    }

    @Test
    void moreMentionsWeighMoreButSaturate() {
        double avg = 100;
        assertThat(SearchIndex.weight(2, 100, avg)).isGreaterThan(SearchIndex.weight(1, 100, avg));
        assertThat(SearchIndex.weight(1, 50, avg)).isGreaterThan(SearchIndex.weight(1, 400, avg));
        assertThat(SearchIndex.weight(1000, 100, avg)).isEqualTo(SearchIndex.MAX_WEIGHT);
        assertThat(SearchIndex.weight(1, 100_000, avg)).isEqualTo(1);
    }

    @Test
    void articlesAreNumberedAsAddedAndYearsAreRanges() throws Exception {
        List<Article> articles = List.of(
                article("u", "Undated note", "world", 0, List.of()),
                article("a", "Old story", "science", 2022, List.of()),
                article("b", "Another", "world", 2022, List.of()),
                article("c", "New story", "world", 2024, List.of()));
        Map<String, String> files = build(articles, List.of("x", "x", "x", "x"));
        JsonNode meta = payload(files.get(SearchIndex.META));
        assertThat(meta.get("docs").asInt()).isEqualTo(4);
        assertThat(meta.get("years").toString()).isEqualTo("[[2022,1,2],[2024,3,3]]");
        assertThat(meta.get("sections").toString()).isEqualTo("[[\"science\",\"Science\"],[\"world\",\"World\"]]");
        JsonNode paths = payload(files.get(SearchIndex.DOCS + "0.js"));
        assertThat(paths.toString()).isEqualTo("[\"world/u/\",\"science/a/\",\"world/b/\",\"world/c/\"]");
        assertThat(terms(files).get("s:science")).extracting(PostingCodec.Posting::doc).containsExactly(1);
    }

    @Test
    void everyTermIsInTheFileTheMetaPointsTo() throws Exception {
        List<Article> articles = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            articles.add(article("s" + i, "Story " + i, "world", 2000 + i % 20, List.of("topic" + i % 7)));
            bodies.add("word" + i + " shared text number" + (i * 7919 % 1000) + " alpha" + (i % 13));
        }
        Map<String, String> files = build(articles, bodies);
        List<JsonNode> shards = termFiles(files::get);
        assertThat(shards.size()).isGreaterThan(SearchIndex.FILES_PER_DIR);
        assertThat(payload(files.get(SearchIndex.META)).get("dirs").size()).isGreaterThan(1);
        List<String> firsts = new ArrayList<>();
        shards.forEach(s -> firsts.add(s.get(0).asText()));
        assertThat(firsts).isSorted();
        Set<String> seen = new HashSet<>();
        for (JsonNode shard : shards) {
            JsonNode terms = payload(files.get(SearchIndex.TERMS + shard.get(1).asText() + ".js"));
            terms.fieldNames().forEachRemaining(term -> {
                // the file a reader's browser would pick: the last whose first term is not after it
                String expected = null;
                for (String first : firsts) {
                    if (first.compareTo(term) <= 0) {
                        expected = first;
                    }
                }
                assertThat(expected).isEqualTo(shard.get(0).asText());
                assertThat(seen.add(term)).isTrue();
            });
        }
        assertThat(seen).contains("word0", "word2999", "share", "topic0", "s:world");
    }

    @Test
    void addingANewestArticleRewritesOnlyTheFilesOfItsTerms() throws Exception {
        List<Article> articles = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 4 * SearchIndex.BLOCK - 1; i++) {
            articles.add(article("s" + i, "Story " + i, "world", 2001, List.of()));
            bodies.add("unique" + i + " common words here");
        }
        Map<String, String> before = build(articles, bodies);
        articles.add(article("new", "Fresh zebra report", "world", 2001, List.of()));
        bodies.add("zebra common");
        Map<String, String> after = build(articles, bodies);
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> file : after.entrySet()) {
            if (!file.getValue().equals(before.get(file.getKey()))) {
                changed.add(file.getKey());
            }
        }
        long termFiles = after.keySet().stream().filter(f -> f.startsWith(SearchIndex.TERMS)).count();
        assertThat(termFiles).isGreaterThan(10);
        // meta (the count), the article table's last block, the files holding its six terms at most,
        // and the directory file that lists them, when a term file is new
        assertThat(changed).contains(SearchIndex.META, SearchIndex.DOCS + "3.js");
        assertThat(changed.size()).as(changed.toString()).isLessThanOrEqualTo(2 + 6 + 1);
    }

    @Test
    void textFilesHoldWhatAResultShowsAndALongTextIsCut() throws Exception {
        JsonNode shown = payload(SearchIndex.textFile("text/world/a", "Title", "2024-03-05", "5 March 2024", "World",
                "word ".repeat(SearchIndex.MAX_TEXT)));
        assertThat(shown.get(0).asText()).isEqualTo("Title");
        assertThat(shown.get(3).asText()).isEqualTo("World");
        assertThat(shown.get(4).asText()).hasSizeLessThanOrEqualTo(SearchIndex.MAX_TEXT + 1).endsWith("word …");
    }

    @Test
    void sameInputSameBytes() {
        List<Article> articles = List.of(article("a", "One", "world", 2020, List.of("x")));
        assertThat(build(articles, List.of("text"))).isEqualTo(build(articles, List.of("text")));
    }

    @Test
    void postingsWrittenToDiskInRunsMakeTheSameIndexAsPostingsHeldInMemory() {
        List<Article> articles = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 3 * SearchIndex.BLOCK; i++) {
            articles.add(article("s" + i, "Story " + i + (i % 3 == 0 ? " harbour" : " ferry"), i % 2 == 0 ? "world" : "science",
                    2000 + i % 7, List.of("tag" + i % 5)));
            bodies.add("unique" + i + " common words " + "repeated ".repeat(i % 4) + (i % 11 == 0 ? "rare" : ""));
        }
        Map<String, String> inMemory = build(articles, bodies);
        // About ten postings an article: a budget of 100 writes a run every ten articles or so, 18 in all.
        Map<String, String> spilled = build(articles, bodies, 100, 18);
        assertThat(spilled).isEqualTo(inMemory);
        assertThat(new ArrayList<>(spilled.keySet())).isEqualTo(new ArrayList<>(inMemory.keySet()));
    }
}
