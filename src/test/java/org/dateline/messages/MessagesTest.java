package org.dateline.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Messages.Language ENGLISH = new Messages.Language("en", Map.of(
            "search.button", "Search",
            "nav.home", "Home",
            "count.one", "{0} article",
            "count.other", "{0} articles",
            "pageOf", "page {0} of {1}",
            "only.english", "Only in English"));

    private static Messages in(String language, Messages.Language... levels) {
        List<Messages.Language> chain = new java.util.ArrayList<>(List.of(levels));
        chain.add(ENGLISH);
        return new Messages(language, chain, ENGLISH);
    }

    @Test
    void aKeyIsLookedForInTheLanguageThenItsParentThenEnglish() {
        Messages canadian = in("fr-CA",
                new Messages.Language("fr-CA", Map.of("nav.home", "Accueil (Canada)")),
                new Messages.Language("fr", Map.of("nav.home", "Accueil", "search.button", "Rechercher")));
        assertThat(canadian.text("nav.home")).isEqualTo("Accueil (Canada)");
        assertThat(canadian.text("search.button")).isEqualTo("Rechercher");
        assertThat(canadian.text("only.english")).as("left out of French: English").isEqualTo("Only in English");
        assertThat(canadian.has("only.english")).isTrue();
        assertThat(canadian.has("no.such.key")).isFalse();
        assertThatThrownBy(() -> canadian.text("no.such.key")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.key");
    }

    @Test
    void argumentsGoWhereTheTextSaysAndNothingElseIsSpecial() {
        Messages english = in("en");
        assertThat(english.text("pageOf", 2, 7)).isEqualTo("page 2 of 7");
        assertThat(Messages.format("l'archive de {0} : {1} {2} {x} {", "Dateline", "{0}")).as("no quoting rules")
                .isEqualTo("l'archive de Dateline : {0} {2} {x} {");
        assertThat(Messages.format("{1}, {0}", "a", "b")).isEqualTo("b, a");
        assertThat(Messages.format("{0}", 12345)).as("numbers as they are").isEqualTo("12345");
    }

    @Test
    void theCountPicksThePluralFormOfTheLanguageTheTextComesFrom() {
        Messages english = in("en");
        assertThat(english.text("count", 0)).isEqualTo("0 articles");
        assertThat(english.text("count", 1)).isEqualTo("1 article");
        assertThat(english.text("count", 2L)).isEqualTo("2 articles");

        Messages french = in("fr", new Messages.Language("fr", Map.of("count.one", "{0} article", "count.other", "{0} articles")));
        assertThat(french.text("count", 0)).as("French says 0 article").isEqualTo("0 article");
        assertThat(french.text("count", 1)).isEqualTo("1 article");
        assertThat(french.text("count", 2)).isEqualTo("2 articles");

        Messages turkish = in("tr", new Messages.Language("tr", Map.of("count", "{0} haber")));
        assertThat(turkish.text("count", 1)).as("one text for every count").isEqualTo("1 haber");
        assertThat(turkish.text("count", 7)).isEqualTo("7 haber");
    }

    @Test
    void arabicHasSixFormsAndOtherStandsInForAnyLeftOut() {
        Messages arabic = in("ar", new Messages.Language("ar", Map.of(
                "count.zero", "لا مقالات", "count.one", "مقال واحد", "count.two", "مقالان",
                "count.few", "{0} مقالات", "count.many", "{0} مقالًا", "count.other", "{0} مقال",
                "minutes.one", "دقيقة", "minutes.other", "{0} دقيقة")));
        assertThat(arabic.text("count", 0)).isEqualTo("لا مقالات");
        assertThat(arabic.text("count", 1)).isEqualTo("مقال واحد");
        assertThat(arabic.text("count", 2)).isEqualTo("مقالان");
        assertThat(arabic.text("count", 3)).isEqualTo("3 مقالات");
        assertThat(arabic.text("count", 10)).isEqualTo("10 مقالات");
        assertThat(arabic.text("count", 11)).isEqualTo("11 مقالًا");
        assertThat(arabic.text("count", 99)).isEqualTo("99 مقالًا");
        assertThat(arabic.text("count", 100)).isEqualTo("100 مقال");
        assertThat(arabic.text("count", 103)).isEqualTo("103 مقالات");
        assertThat(arabic.text("minutes", 2)).as("no 'two' form: other").isEqualTo("2 دقيقة");
        assertThat(arabic.forms("count")).containsOnlyKeys("zero", "one", "two", "few", "many", "other");
        assertThat(arabic.defaultForms("count")).containsOnlyKeys("one", "other");
    }

    @Test
    void aKeyWithFormsButNoOtherIsLeftToTheNextLanguage() {
        Messages partial = in("fr", new Messages.Language("fr", Map.of("count.one", "{0} article")));
        assertThat(partial.text("count", 1)).isEqualTo("1 article");
        assertThat(partial.text("count", 5)).isEqualTo("5 articles");
        assertThat(partial.forms("count")).isEqualTo(Map.of("one", "{0} article", "other", "{0} articles"));
        assertThat(in("en").text("count", "3")).as("a count written as text").isEqualTo("3 articles");
        assertThat(in("en").text("count", "three")).as("not a count: the other form").isEqualTo("three articles");
    }

    @Test
    void keysAreListedWithTheirPluralFormsAsOne() {
        assertThat(in("en").defaultKeys()).containsExactly("count", "nav.home", "only.english", "pageOf", "search.button");
        assertThat(Messages.baseKey("home.count.other")).isEqualTo("home.count");
        assertThat(Messages.baseKey("listing.months")).isEqualTo("listing.months");
        assertThat(Messages.baseKey("archive.undated.html.few")).isEqualTo("archive.undated.html");
    }

    @Test
    void aLanguageIsLookedForUnderItsTagThenItsParentsThenEnglish() {
        assertThat(Messages.lookupTags("fr")).containsExactly("fr", "en");
        assertThat(Messages.lookupTags("pt-BR")).containsExactly("pt-BR", "pt", "en");
        assertThat(Messages.lookupTags("zh-Hant-TW")).containsExactly("zh-Hant-TW", "zh-Hant", "zh", "en");
        assertThat(Messages.lookupTags("en-GB")).containsExactly("en-GB", "en");
        assertThat(Messages.lookupTags("en")).containsExactly("en");
    }

    @Test
    void pluralCategoriesFollowEachLanguagesRule() {
        assertThat(List.of(0L, 1L, 2L, 5L).stream().map(n -> PluralRule.category("en", n)))
                .containsExactly("other", "one", "other", "other");
        assertThat(List.of(0L, 1L, 2L).stream().map(n -> PluralRule.category("fr", n)))
                .containsExactly("one", "one", "other");
        assertThat(List.of(0L, 1L, 2L, 3L, 10L, 11L, 99L, 100L, 102L, 111L).stream().map(n -> PluralRule.category("ar", n)))
                .containsExactly("zero", "one", "two", "few", "few", "many", "many", "other", "other", "many");
        assertThat(List.of(1L, 2L, 5L, 21L, 22L, 25L, 111L).stream().map(n -> PluralRule.category("ru", n)))
                .containsExactly("one", "few", "many", "one", "few", "many", "many");
        assertThat(PluralRule.category("pl", 22)).isEqualTo("few");
        assertThat(PluralRule.category("he", 2)).isEqualTo("two");
        assertThat(PluralRule.category("ja", 1)).isEqualTo("other");
        assertThat(PluralRule.category("pt-BR", 0)).isEqualTo("one");
        assertThat(PluralRule.category("pt-PT", 0)).isEqualTo("other");
        assertThat(PluralRule.category("tr", 1)).isEqualTo("one");
        assertThat(PluralRule.category("xx", 1)).as("a language without a rule here: like English").isEqualTo("one");
    }
}
