package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class EntitiesTest {

    private static Article naming(String path, Mention... mentions) {
        return new Article(path, SourceFormat.MARKDOWN, path, path, "", "", null, null, List.of(), List.of(), "",
                "", "", "", "", "", List.of(), false, null, null, List.of(), 1, Map.of()).withMentions(List.of(mentions));
    }

    private static Mention person(String name) {
        return new Mention(name, 1, 1, 0, 0, true);
    }

    private static Mention place(String name) {
        return new Mention(name, 1, 0, 1, 0, true);
    }

    private static Mention bare(String name, boolean midSentence) {
        return new Mention(name, 1, 0, 0, 0, midSentence);
    }

    private static List<String> names(Entities entities, Article article) {
        return entities.of(article).stream().map(n -> n.kind().name() + ":" + n.name()).toList();
    }

    @Test
    void aPhraseIsOfTheKindMostOfTheArchivesEvidencePointsTo() {
        Article a = naming("a.md", place("Jordan"), bare("Geneva", true));
        Article b = naming("b.md", place("Jordan"), place("Geneva"));
        Article c = naming("c.md", person("Jordan"));
        Entities entities = Entities.of(List.of(a, b, c), EntitySettings.on());

        assertThat(names(entities, a)).containsExactly("PLACE:Jordan", "PLACE:Geneva");
        assertThat(names(entities, c)).containsExactly("PLACE:Jordan");
        assertThat(entities.articleCount(new Entities.Named(TermKind.PLACE, "Jordan"))).isEqualTo(3);
    }

    @Test
    void phrasesSeenOnlyAtTheStartOfSentencesOrWithNoEvidenceAreNotEntities() {
        Article a = naming("a.md", new Mention("Officials", 3, 2, 0, 0, false), bare("Moscow", true));
        assertThat(Entities.of(List.of(a), EntitySettings.on()).of(a)).isEmpty();
    }

    @Test
    void aSurnameIsThePersonWhoseNameItEndsOnlyWhenOnlyOnePersonHasIt() {
        Article a = naming("a.md", person("John Kerry"), person("Kerry"), person("Ann Smith"), person("Bob Smith"));
        Article b = naming("b.md", bare("Kerry", false), person("Smith"));
        Entities entities = Entities.of(List.of(a, b), EntitySettings.on());

        assertThat(names(entities, a)).containsExactly("PERSON:John Kerry", "PERSON:Ann Smith", "PERSON:Bob Smith");
        assertThat(names(entities, b)).as("two Smiths: 'Smith' stays apart").containsExactly("PERSON:John Kerry",
                "PERSON:Smith");
    }

    @Test
    void spellingsThatDifferOnlyInAccentsAreOnePersonUnderTheSpellingMostWritten() {
        Article a = naming("a.md", person("José Manuel Barroso"), person("José Manuel Barroso"));
        Article b = naming("b.md", person("Jose Manuel Barroso"));
        Article c = naming("c.md", person("Jose Manuel Barroso"), place("Zürich"));
        Article d = naming("d.md", place("Zurich"));
        Entities entities = Entities.of(List.of(a, b, c, d), EntitySettings.on());
        Entities.Named barroso = new Entities.Named(TermKind.PERSON, "José Manuel Barroso");
        assertThat(entities.of(a)).containsExactly(barroso);
        assertThat(entities.of(b)).containsExactly(barroso);
        assertThat(entities.articleCount(barroso)).isEqualTo(3);
        // one mention each: the accented spelling, as the tie goes
        assertThat(entities.of(d)).containsExactly(new Entities.Named(TermKind.PLACE, "Zürich"));
        // a spelling the settings drop is the editor's choice: the other stays
        EntitySettings dropping = new EntitySettings(true, 1, Map.of(), Set.of("Jose Manuel Barroso"), Map.of());
        assertThat(Entities.of(List.of(a, b), dropping).of(b)).isEmpty();
        assertThat(Entities.of(List.of(a, b), dropping).of(a)).containsExactly(barroso);
    }

    @Test
    void theSettingsAliasesDropsAndAdditionsComeFirst() {
        Article a = naming("a.md", person("Sec Kerry"), place("Reuters"), bare("Russia", false));
        EntitySettings settings = new EntitySettings(true, 1, Map.of("Sec Kerry", "John Kerry"), Set.of("Reuters"),
                Map.of("Russia", TermKind.PLACE));
        assertThat(names(Entities.of(List.of(a), settings), a)).containsExactly("PERSON:John Kerry", "PLACE:Russia");
        assertThat(Entities.of(List.of(a), EntitySettings.off()).of(a)).isEmpty();
    }

    @Test
    void onlyEntitiesNamedInEnoughArticlesAreTermsOfTheArchive() {
        Article a = naming("a.md", person("John Kerry"), place("Geneva"));
        Article b = naming("b.md", person("John Kerry"));
        Article c = naming("c.md", person("John Kerry"));
        Archive archive = Archive.of(List.of(a, b, c), ZoneOffset.UTC, EntitySettings.on());

        assertThat(archive.terms(TermKind.PERSON).byName()).extracting(Term::name).containsExactly("John Kerry");
        assertThat(archive.terms(TermKind.PERSON).find("John Kerry").articles()).hasSize(3);
        assertThat(archive.terms(TermKind.PLACE).byName()).as("one article only").isEmpty();
        assertThat(archive.entities().of(a)).extracting(Entities.Named::name).containsExactly("John Kerry", "Geneva");
    }

    @Test
    void anEntityBelongsToTheTermItsNameFindsEvenWhenItsOwnSpellingIsNamedTooRarelyToBeListed() {
        Article a = naming("a.md", person("John Kerry"), place("Geneva"));
        Article b = naming("b.md", person("John Kerry"));
        Article c = naming("c.md", person("JOHN KERRY"));
        Archive archive = Archive.of(List.of(a, b, c), ZoneOffset.UTC, new EntitySettings(true, 2, Map.of(), Set.of(), Map.of()));
        Term kerry = archive.terms(TermKind.PERSON).find("John Kerry");

        assertThat(kerry.articles()).extracting(Article::sourcePath).containsExactlyInAnyOrder("a.md", "b.md");
        assertThat(archive.term(new Entities.Named(TermKind.PERSON, "John Kerry"))).isSameAs(kerry);
        assertThat(archive.term(new Entities.Named(TermKind.PERSON, "JOHN KERRY"))).as("one article, yet Kerry's term").isSameAs(kerry);
        assertThat(archive.term(new Entities.Named(TermKind.PLACE, "Geneva"))).as("one article: no page").isNull();
        assertThat(archive.term(new Entities.Named(TermKind.PLACE, "John Kerry"))).as("another kind").isNull();
    }

    @Test
    void aSurnameTheArticleItselfMarksAsSomethingElseIsNotThatPerson() {
        Article a = naming("a.md", person("Jakob Nielsen"));
        Article b = naming("b.md", new Mention("Nielsen", 1, 0, 0, 1, true), bare("Britain", true), place("Britain"));
        Article c = naming("c.md", bare("Nielsen", true));
        Article d = naming("d.md", person("Nielsen"));
        Article e = naming("e.md", person("Nielsen"));
        Entities entities = Entities.of(List.of(a, b, c, d, e), EntitySettings.on());
        assertThat(names(entities, b)).as("'analysts Nielsen': one sense per story").containsExactly("PLACE:Britain");
        assertThat(names(entities, c)).containsExactly("PERSON:Jakob Nielsen");
    }

    /**
     * The archive's evidence is added up and its articles resolved in parallel: on one thread or
     * four, every article's entities and every entity's count are the same.
     */
    @Test
    void whatIsFoundDoesNotDependOnHowManyThreadsFindIt() throws Exception {
        List<Article> articles = new ArrayList<>();
        String[] people = {"John Kerry", "Kerry", "Sergei Lavrov", "Lavrov", "Ann Smith", "Smith", "Mr Levy"};
        String[] places = {"Geneva", "Syria", "Genève", "Moscow", "Jordan"};
        for (int i = 0; i < 400; i++) {
            articles.add(naming("a" + i + ".md", person(people[i % people.length]), place(places[i % places.length]),
                    i % 3 == 0 ? person("Jordan") : bare("Smith", i % 2 == 0), person(people[(i * 7 + 3) % people.length])));
        }
        Entities one = inPool(1, articles);
        Entities four = inPool(4, articles);
        for (Article article : articles) {
            assertThat(four.of(article)).as(article.sourcePath()).isEqualTo(one.of(article));
            for (Entities.Named named : one.of(article)) {
                assertThat(four.articleCount(named)).isEqualTo(one.articleCount(named)).isPositive();
            }
        }
        assertThat(one.of(articles.get(0))).isNotEmpty();
    }

    private static Entities inPool(int threads, List<Article> articles) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> Entities.of(articles, EntitySettings.on())).get();
        } finally {
            pool.shutdown();
        }
    }
}
