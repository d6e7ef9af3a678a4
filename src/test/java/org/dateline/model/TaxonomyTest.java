package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

    private static Article tagged(String path, String... tags) {
        return new Article(path, SourceFormat.MARKDOWN, path, path, "", "", null, null, List.of(), List.of(tags), "",
                "", "", "", "", "", List.of(), false, null, null, List.of(), 1, Map.of());
    }

    @Test
    void namesThatDifferInCaseOrSpacesAreOneTermSpeltAsMostArticlesSpellIt() {
        Article a = tagged("a.md", "Gaza", " EU ");
        Article b = tagged("b.md", "gaza", "EU");
        Article c = tagged("c.md", "gaza", "Eu", "eu", "  ");
        Taxonomy tags = Taxonomy.of(TermKind.TAG, List.of(a, b, c));

        assertThat(tags.byName()).extracting(Term::name).containsExactly("EU", "gaza");
        assertThat(tags.find("GAZA").articles()).containsExactly(a, b, c);
        assertThat(tags.find("eu").articles()).containsExactly(a, b, c);
    }

    @Test
    void aTieGoesToTheFirstSpellingInCodePointOrder() {
        Taxonomy tags = Taxonomy.of(TermKind.TAG, List.of(tagged("a.md", "iran"), tagged("b.md", "Iran")));
        assertThat(tags.byName()).extracting(Term::name).containsExactly("Iran");
    }

    /** On random archives, the terms are what the plain way of gathering them (a sorted count per spelling) gives. */
    @Test
    void gathersWhatCountingEverySpellingGathers() {
        String[] names = {"Gaza", "gaza", "GAZA", " Gaza", "EU", "eu", "Eu", "UN", "un", "Syria", "syria ", "",
                " ", "Iran", "iran", "IRAN", "İstanbul", "istanbul"};
        Random random = new Random(3);
        for (int run = 0; run < 300; run++) {
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(30); i++) {
                String[] tags = new String[random.nextInt(5)];
                for (int t = 0; t < tags.length; t++) {
                    tags[t] = names[random.nextInt(names.length)];
                }
                articles.add(tagged("a" + i + ".md", tags));
            }
            Taxonomy taxonomy = Taxonomy.of(TermKind.TAG, articles);
            List<String> expected = new ArrayList<>();
            counted(articles).forEach((name, list) -> expected.add(name + "=" + list));
            List<String> actual = new ArrayList<>();
            taxonomy.byName().forEach(term -> actual.add(term.name() + "=" + term.articles()));
            assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** Each term's most used spelling and its articles, counting every spelling in a sorted map. */
    private static Map<String, List<Article>> counted(List<Article> articles) {
        Map<String, List<Article>> byKey = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Article article : articles) {
            for (String name : article.tags()) {
                String key = name.strip().toLowerCase(Locale.ROOT);
                if (key.isEmpty()) {
                    continue;
                }
                List<Article> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != article) {
                    list.add(article);
                }
                spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(name.strip(), 1, Integer::sum);
            }
        }
        Map<String, List<Article>> byName = new LinkedHashMap<>();
        byKey.forEach((key, list) -> {
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> e : spellings.get(key).entrySet()) {
                if (e.getValue() > most) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            byName.put(best, list);
        });
        return byName;
    }
}
