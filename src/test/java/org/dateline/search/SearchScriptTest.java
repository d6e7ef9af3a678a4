package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dateline.testing.NodeScript;
import org.junit.jupiter.api.Test;

/**
 * The browser's half of search ({@code templates/static/search.js}, run under Node.js) against the
 * Java half: the same words and the same stems for the same text, or a query would miss what the
 * index holds. Also the ranking and snippets, which only the browser does.
 */
class SearchScriptTest {

    @Test
    void splitsTextExactlyAsTheIndexDoes() throws Exception {
        List<String> texts = new ArrayList<>(List.of("Kerry's talks in Genève", "O’Neill — rock 'n' roll",
                "covid-19: e-mail/web (2024) 3.5%", "ﬁnance ² Ⅻ", "Москва 東京都 مرحبا नमस्ते", "İstanbul ΣΟΦΟΣ straße",
                "emoji 😀 here", "'leading and trailing'", "a" + "b".repeat(45) + " short", "x'", "'", ""));
        Random random = new Random(42);
        String alphabet = "abcdeyzABCÉéèüÜñçøåß'’- .,;:!?0123456789\u0301\u0308ﬁﬂ²½Ωωжя東京\uD83D\uDE00\u00a0\t\n";
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int j = 0; j < length; j++) {
                int at = random.nextInt(alphabet.length());
                char c = alphabet.charAt(at);
                if (Character.isHighSurrogate(c)) {
                    text.append(c).append(alphabet.charAt(at + 1));
                } else if (!Character.isLowSurrogate(c)) {
                    text.append(c);
                }
            }
            texts.add(text.toString());
        }
        JsonNode out = new NodeScript().call("wordsAll", texts).call("wordsAll", texts, true).run();
        for (int i = 0; i < texts.size(); i++) {
            List<String> words = new ArrayList<>();
            out.get(0).get(i).forEach(w -> words.add(w.asText()));
            assertThat(words).as("words of %s", texts.get(i)).isEqualTo(Tokenizer.words(texts.get(i)));
            List<String> split = new ArrayList<>();
            out.get(1).get(i).forEach(w -> split.add(w.asText()));
            assertThat(split).as("words of %s, apostrophes splitting", texts.get(i))
                    .isEqualTo(Tokenizer.words(texts.get(i), false));
        }
    }

    @Test
    void findsTheFormFileOfAWordAsTheIndexDoes() throws Exception {
        List<String> words = List.of("election", "elections", "électeur", "seçim", "محادثات", "東", "", "a");
        NodeScript script = new NodeScript();
        for (String word : words) {
            script.call("formFile", word, 7);
        }
        JsonNode out = script.run();
        for (int i = 0; i < words.size(); i++) {
            assertThat(out.get(i).asInt()).as(words.get(i)).isEqualTo(FormFiles.fileOf(words.get(i), 7));
        }
    }

    @Test
    void stemsEveryWordExactlyAsTheIndexDoes() throws Exception {
        List<String> vocabulary = new ArrayList<>(Vocabulary.english());
        JsonNode js = new NodeScript().call("stemAll", vocabulary).run().get(0);
        Analyzer analyzer = new Analyzer();
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            String expected = analyzer.stem(vocabulary.get(i));
            if (!expected.equals(js.get(i).asText())) {
                differences.add(vocabulary.get(i) + ": java " + expected + ", js " + js.get(i).asText());
            }
        }
        assertThat(vocabulary).hasSizeGreaterThan(50_000);
        assertThat(differences).isEmpty();
    }

    @Test
    void queriesSkipCommonWordsButKeepTheWordBeingTyped() throws Exception {
        JsonNode out = new NodeScript()
                .call("parseQuery", "the state of the union ", StopWords.ENGLISH)
                .call("parseQuery", "elections in the", StopWords.ENGLISH)
                .call("parseQuery", "Elections elected", StopWords.ENGLISH)
                .run();
        assertThat(out.get(0).get("groups").toString())
                .isEqualTo("[{\"word\":\"state\",\"stem\":\"state\",\"prefix\":null},{\"word\":\"union\",\"stem\":\"union\",\"prefix\":null}]");
        assertThat(out.get(0).get("skipped").toString()).isEqualTo("[\"the\",\"of\",\"the\"]");
        // "the" is being typed: perhaps "theatre"; it is looked up as a beginning only
        assertThat(out.get(1).get("groups").toString())
                .isEqualTo("[{\"word\":\"elections\",\"stem\":\"elect\",\"prefix\":null},{\"word\":\"the\",\"stem\":null,\"prefix\":\"the\"}]");
        assertThat(out.get(2).get("groups").size()).isEqualTo(2);
    }

    @Test
    void ranksByWeightTimesRarityAndNeedsEveryWord() throws Exception {
        // Word 1 is in articles 0, 1, 2 (rare: weight counts most); word 2 in 1, 2, 3.
        Map<String, Object> word1 = Map.of("docs", List.of(0, 1, 2), "weights", List.of(30, 5, 10));
        Map<String, Object> word2 = Map.of("docs", List.of(1, 2, 3), "weights", List.of(10, 10, 31));
        JsonNode out = new NodeScript()
                .call("rank", List.of(List.of(word1)), 100)
                .call("rank", List.of(List.of(word1), List.of(word2)), 100)
                .call("rank", List.of(List.of(Map.of("docs", List.of(4, 7), "weights", List.of(9, 9)))), 100)
                .call("rank", List.of(List.of(word1), List.of(Map.of("docs", List.of(9), "weights", List.of(5)))), 100)
                .run();
        assertThat(docs(out.get(0))).containsExactly(0, 2, 1);
        assertThat(docs(out.get(1))).containsExactly(2, 1); // only the two with both words
        assertThat(out.get(1).get("allWords").asBoolean()).isTrue();
        assertThat(docs(out.get(2))).containsExactly(7, 4); // equal scores: the newer (higher number) first
        // no article has both: those with either, best first, and the answer says so
        assertThat(out.get(3).get("allWords").asBoolean()).isFalse();
        assertThat(docs(out.get(3))).containsExactly(0, 2, 9, 1); // 9: rarer word, weight 5 beats 1: commoner word, weight 5
    }

    @Test
    void aWordsBestTermCountsOnce() throws Exception {
        // "elect" exactly and "election" as the typed beginning both match article 5: the better counts, not both.
        Map<String, Object> exact = Map.of("docs", List.of(5, 6), "weights", List.of(10, 10));
        Map<String, Object> begun = Map.of("docs", List.of(5), "weights", List.of(20));
        JsonNode out = new NodeScript().call("rank", List.of(List.of(exact, begun)), 10).run().get(0);
        double single = out.get("hits").get(0).get("score").asDouble();
        JsonNode alone = new NodeScript().call("rank", List.of(List.of(begun)), 10).run().get(0);
        assertThat(single).isEqualTo(alone.get("hits").get(0).get("score").asDouble());
    }

    @Test
    void snippetsMarkMatchingWordsInTheirContext() throws Exception {
        String text = "Opening line with nothing. " + "Filler words here. ".repeat(20)
                + "The elections were held. Voters elected a new council after the election campaign.";
        JsonNode out = new NodeScript().call("snippetOf", text, "election", 20).run().get(0);
        List<String> marked = new ArrayList<>();
        StringBuilder shown = new StringBuilder();
        out.forEach(part -> {
            shown.append(part.get("text").asText());
            if (part.get("mark").asBoolean()) {
                marked.add(part.get("text").asText());
            }
        });
        assertThat(marked).containsExactly("elections", "elected", "election");
        assertThat(shown.toString()).startsWith("… ").doesNotContain("Opening");
    }

    @Test
    void headlinesMarkEveryMatchingWord() throws Exception {
        JsonNode out = new NodeScript().call("highlightOf", "Festival returns to Genève, then Geneva", "geneve").run().get(0);
        assertThat(out.toString()).isEqualTo("[{\"text\":\"Festival returns to \",\"mark\":false},"
                + "{\"text\":\"Genève\",\"mark\":true},{\"text\":\", then Geneva\",\"mark\":false}]");
    }

    private static List<Integer> docs(JsonNode ranked) {
        List<Integer> docs = new ArrayList<>();
        ranked.get("hits").forEach(h -> docs.add(h.get("doc").asInt()));
        return docs;
    }

    /** Words for comparing stemmers: every Porter2 rule, its exceptions, and random strings. */
    static final class Vocabulary {
        static Set<String> english() {
            Set<String> words = new LinkedHashSet<>();
            String[] roots = {"nation", "condition", "relate", "hope", "sense", "conform", "gener", "commun", "arsen",
                    "past", "univers", "later", "emerg", "organ", "happy", "cry", "play", "agree", "feed", "proceed",
                    "run", "hop", "fil", "tap", "control", "elect", "sensit", "digit", "possib", "vari", "abil",
                    "logic", "formal", "rational", "effect", "adopt", "depend", "radic", "electr", "dy", "ly", "ty",
                    "sky", "ski", "news", "atlas", "bias", "sing", "inn", "out", "can", "herr", "earr", "exceed",
                    "succeed", "say", "obey", "toy", "by", "yes", "yell", "youth", "bey", "cre", "bl", "eas", "tri",
                    "a", "e", "i", "o", "u", "y", "ab", "ea", "ee", "ie", "oe", "ue", "at", "bl", "iz", "kn", "st",
                    "sh", "th", "ing", "ed", "eed", "ss", "us", "ies", "ied", "beaut", "fac", "judg", "prov", "mov"};
            String[] suffixes = {"", "s", "es", "ies", "ied", "ied", "ss", "us", "'", "'s", "'s'", "ed", "edly", "eed",
                    "eedly", "ing", "ingly", "ly", "y", "e", "ational", "tional", "enci", "anci", "abli", "izer", "bli",
                    "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "aliti", "iviti", "biliti",
                    "logi", "fulli", "lessli", "li", "ogi", "fulness", "ousness", "iveness", "icate", "ative", "alize",
                    "iciti", "ical", "ful", "ness", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
                    "ion", "sion", "tion", "al", "er", "ic", "able", "ible", "ant", "ance", "ence", "ements", "ations",
                    "izations", "fulnesses", "ically", "ingness", "edness", "abilities", "ously", "ivities", "yings",
                    "ying", "ye", "yed", "eying", "eyed", "lying", "ling", "ting", "ning", "ding", "bbed", "dding",
                    "ll", "lle", "ied's", "ism's"};
            for (String root : roots) {
                for (String suffix : suffixes) {
                    words.add(root + suffix);
                    for (String second : new String[] {"s", "ed", "ly", "ing", "ness"}) {
                        words.add(root + suffix + second);
                    }
                }
            }
            words.addAll(List.of("skis", "skies", "dying", "lying", "tying", "idly", "gently", "ugly", "early",
                    "only", "singly", "sky", "news", "howe", "atlas", "cosmos", "bias", "andes", "inning", "innings",
                    "outing", "outings", "canning", "cannings", "herring", "herrings", "earring", "earrings",
                    "proceed", "proceeds", "proceeded", "exceed", "exceeding", "succeed", "succeeded", "generously",
                    "communities", "arsenal", "'", "''", "'s", "y", "yy", "yyy", "ay", "ya", "yay", "2024", "3d",
                    "covid19", "x", "caf", "москва", "東", "naïve", "straße"));
            Random random = new Random(7);
            String letters = "abcdefghijklmnopqrstuvwxyzyyeeiioouua'";
            while (words.size() < 80_000) {
                int length = 1 + random.nextInt(14);
                StringBuilder w = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    w.append(letters.charAt(random.nextInt(letters.length())));
                }
                words.add(w.toString());
            }
            return words;
        }
    }
}
