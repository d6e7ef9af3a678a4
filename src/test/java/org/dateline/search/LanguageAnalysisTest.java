package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each language's search terms: its Snowball stemmer, its stop words, its apostrophes. */
class LanguageAnalysisTest {

    @Test
    void frenchInflectionsMeetAndItsArticlesAreElidedAndLeftOut() {
        Analyzer french = Analyzer.of("fr");
        assertThat(french.terms("Les élections de l'élection")).containsExactly("elect", "elect");
        assertThat(french.terms("les électeurs")).containsExactly("electeur");
        assertThat(french.browserStems()).isFalse();
        assertThat(french.stopWords().words()).contains("le", "les", "des", "l", "d");
    }

    @Test
    void germanSpanishAndTurkishHaveTheirOwnStemmers() {
        assertThat(Analyzer.of("de").terms("die Wahlen der Wahl")).containsExactly("wahl", "wahl");
        assertThat(Analyzer.of("es").terms("las elecciones y la elección")).containsExactly("eleccion", "eleccion");
        assertThat(Analyzer.of("tr").terms("seçimler")).as("the stemmer reads the ç").containsExactly("secim");
        assertThat(Analyzer.of("tr").terms("Türkiye'nin")).as("an apostrophe before a suffix").containsExactly("turki", "nin");
        assertThat(Analyzer.of("pt-BR").terms("as eleições")).containsExactly("eleico");
    }

    @Test
    void arabicIsStemmedAndItsCommonWordsLeftOut() {
        Analyzer arabic = Analyzer.of("ar");
        assertThat(arabic.terms("في المحادثات")).as("في is a stop word").hasSize(1);
        assertThat(arabic.terms("المحادثات").get(0)).isNotEqualTo("المحادثات");
    }

    @Test
    void englishStaysAsTheBrowserStemsIt() {
        assertThat(Analyzer.of("en-GB").browserStems()).isTrue();
        assertThat(Analyzer.of("en").terms("Kerry's elections")).containsExactly("kerri", "elect");
    }

    @Test
    void aLanguageWithoutAStemmerIsIndexedWordForWord() {
        Analyzer welsh = Analyzer.of("cy");
        assertThat(welsh.terms("Etholiadau'r Senedd")).containsExactly("etholiadau", "r", "senedd");
        assertThat(welsh.stopWords().words()).isEmpty();
    }

    @Test
    void formsAreTheWordsWhoseStemIsAnother() {
        TreeMap<String, String> forms = new TreeMap<>();
        Analyzer.of("fr").forms("Les élections présidentielles; la capitale", forms);
        assertThat(forms).containsEntry("elections", "elect").containsEntry("capitale", "capital")
                .doesNotContainKey("les");
    }

    @Test
    void formFilesArePickedByAHashTheBrowserComputesToo() {
        assertThat(FormFiles.fileOf("election", 1)).isZero();
        assertThat(FormFiles.fileOf("election", 7)).isBetween(0, 6);
        assertThat(FormFiles.fileOf("", 5)).isEqualTo(Integer.remainderUnsigned(0x811c9dc5, 5));
    }
}
