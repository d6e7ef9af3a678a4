package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.testing.NodeScript;
import org.junit.jupiter.api.Test;

/**
 * The entity files of the search index: each entity in the file of every word of its names, most
 * named first; the browser's {@code search.js} picks the same file for a word and names the same
 * entities for a query.
 */
class EntityIndexTest {

    private static final EntityIndex.Entry KERRY = new EntityIndex.Entry("Person", "John Kerry", "people/john-kerry/",
            42, List.of("Secretary Kerry"));
    private static final EntityIndex.Entry KERRY_PLACE = new EntityIndex.Entry("Place", "Kerry", "places/kerry/", 5,
            List.of());
    private static final EntityIndex.Entry BANK = new EntityIndex.Entry("Organisation", "Bank of England",
            "organisations/bank-of-england/", 17, List.of());
    private static final EntityIndex.Entry GENEVE = new EntityIndex.Entry("Place", "Genève", "places/geneve/", 3,
            List.of());

    private static Map<String, String> files(List<EntityIndex.Entry> entries, int shards) {
        Map<String, String> files = new LinkedHashMap<>();
        EntityIndex.write(entries, shards, files::put);
        return files;
    }

    @Test
    void eachEntityIsInTheFileOfEveryWordOfItsNamesMostNamedFirst() throws Exception {
        int shards = 8;
        Map<String, String> files = files(List.of(GENEVE, KERRY_PLACE, BANK, KERRY), shards);
        assertThat(files).hasSize(shards).containsKeys("entities/0.js", "entities/7.js");
        for (String word : List.of("john", "kerry", "secretary")) {
            JsonNode rows = SearchIndexTest.payload(files.get("entities/" + EntityIndex.shardOf(word, shards) + ".js"));
            List<String> names = new ArrayList<>();
            rows.forEach(row -> names.add(row.get(1).asText()));
            assertThat(names).as("the file of '%s'", word).contains("John Kerry");
            assertThat(names).as("each entity once in a file").doesNotHaveDuplicates();
        }
        JsonNode kerryFile = SearchIndexTest.payload(files.get("entities/" + EntityIndex.shardOf("kerry", shards) + ".js"));
        assertThat(kerryFile.get(0).toString())
                .isEqualTo("[\"Person\",\"John Kerry\",\"people/john-kerry/\",42,[\"Secretary Kerry\"]]");
        assertThat(kerryFile.get(1).toString()).isEqualTo("[\"Place\",\"Kerry\",\"places/kerry/\",5]");
        // folded, as the tokenizer folds: Genève is filed under "ge"
        JsonNode geneve = SearchIndexTest.payload(files.get("entities/" + EntityIndex.shardOf("geneve", shards) + ".js"));
        assertThat(geneve.toString()).contains("Genève");
        assertThat(EntityIndex.keyOf("geneve")).isEqualTo("ge");
        assertThat(EntityIndex.keyOf("u")).isEqualTo("u");
    }

    @Test
    void theNumberOfFilesGrowsWithTheEntitiesInPowersOfTwo() {
        assertThat(EntityIndex.shards(List.of())).isZero();
        assertThat(EntityIndex.shards(List.of(KERRY))).isEqualTo(1);
        List<EntityIndex.Entry> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(new EntityIndex.Entry("Person", "Person " + i, "people/person-" + i + "/", 3, List.of()));
        }
        assertThat(EntityIndex.shards(many)).isEqualTo(16);
        assertThat(files(many, 16).values()).allSatisfy(text -> assertThat(text).startsWith(SearchIndex.CALLBACK));
    }

    @Test
    void metaNamesTheEntityFilesOnlyWhenThereAreSome() throws Exception {
        try (SearchIndex.Builder without = new SearchIndex.Builder("pretty");
             SearchIndex.Builder with = new SearchIndex.Builder("pretty").entityShards(4)) {
            String encoded = "3\nkerri 1\ntalk 2";
            SearchIndex.Doc doc = new SearchIndex.Doc("world/a/", 2024, "world", "World");
            JsonNode plain = SearchIndexTest.payload(without.add(doc, encoded).build(List.of("world")).get(SearchIndex.META));
            JsonNode entities = SearchIndexTest.payload(with.add(doc, encoded).build(List.of("world")).get(SearchIndex.META));
            assertThat(plain.has("entities")).isFalse();
            assertThat(entities.get("entities").asInt()).isEqualTo(4);
            ((com.fasterxml.jackson.databind.node.ObjectNode) entities).remove("entities");
            assertThat(entities).as("nothing else differs").isEqualTo(plain);
        }
    }

    @Test
    void theBrowserPicksTheSameFileForEveryWord() throws Exception {
        List<String> words = new ArrayList<>(List.of("kerry", "k", "ke", "geneve", "москва", "東", "straße", "o2",
                "\uD83D\uDE00x", "mcdonalds", "zz"));
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b += 5) {
                words.add("" + a + b + "xyz");
            }
        }
        NodeScript node = new NodeScript();
        for (int shards : new int[] {1, 2, 8, 64, 256}) {
            for (String word : words) {
                node.call("entityShard", word, shards);
            }
        }
        JsonNode out = node.run();
        int i = 0;
        for (int shards : new int[] {1, 2, 8, 64, 256}) {
            for (String word : words) {
                assertThat(out.get(i++).asInt()).as("file of '%s' of %d", word, shards)
                        .isEqualTo(EntityIndex.shardOf(word, shards));
            }
        }
    }

    @Test
    void theBrowserNamesTheEntitiesEveryWordOfTheQueryBelongsTo() throws Exception {
        List<Object> rows = new ArrayList<>();
        for (EntityIndex.Entry entry : List.of(KERRY, BANK, KERRY_PLACE, GENEVE)) {
            rows.add(entry.row());
        }
        JsonNode out = new NodeScript()
                .call("matchEntitiesOf", "kerry", rows, StopWords.ENGLISH)
                .call("matchEntitiesOf", "John Kerry", rows, StopWords.ENGLISH)
                .call("matchEntitiesOf", "john ker", rows, StopWords.ENGLISH)
                .call("matchEntitiesOf", "Kerry's", rows, StopWords.ENGLISH)
                .call("matchEntitiesOf", "kerry talks", rows, StopWords.ENGLISH)
                .call("matchEntitiesOf", "bank of england", rows, StopWords.ENGLISH)
                .call("matchEntitiesOf", "secretary", rows, StopWords.ENGLISH)
                .call("matchEntitiesOf", "GENÈVE", rows, StopWords.ENGLISH)
                .call("matchEntitiesOf", "the ", rows, StopWords.ENGLISH)
                .run();
        // "kerry" is the whole of the place's name: it comes first, though the person is named more
        assertThat(names(out.get(0))).containsExactly("Kerry", "John Kerry");
        assertThat(names(out.get(1))).containsExactly("John Kerry");
        assertThat(out.get(1).get(0).toString())
                .isEqualTo("{\"kind\":\"Person\",\"name\":\"John Kerry\",\"path\":\"people/john-kerry/\",\"count\":42}");
        assertThat(names(out.get(2))).as("the word being typed begins a word of the name").containsExactly("John Kerry");
        assertThat(names(out.get(3))).as("the same stem").containsExactly("Kerry", "John Kerry");
        assertThat(names(out.get(4))).as("every word must be in the name").isEmpty();
        assertThat(names(out.get(5))).containsExactly("Bank of England");
        assertThat(names(out.get(6))).as("an alias is found like the name").containsExactly("John Kerry");
        assertThat(names(out.get(7))).containsExactly("Genève");
        assertThat(names(out.get(8))).as("only a common word, not being typed").isEmpty();
    }

    private static List<String> names(JsonNode matches) {
        List<String> names = new ArrayList<>();
        matches.forEach(m -> names.add(m.get("name").asText()));
        return names;
    }
}
