package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

class TermVectorTest {

    @Test
    void weighsHeadlineMetadataAndBody() {
        Article article = SearchIndexTest.article("a", "Floods in Valencia", "world", 2024, List.of("Climate"));
        TermVector terms = TermVector.of(article, "Rain fell. Floods followed the rain.", new Analyzer());
        assertThat(terms.weights()).containsEntry("flood", TermVector.HEADLINE + 1)
                .containsEntry("valencia", TermVector.HEADLINE)
                .containsEntry("climat", TermVector.META)
                .containsEntry("world", TermVector.META)
                .containsEntry("rain", 2)
                .containsEntry("s:world", 1)
                .doesNotContainKey("the");
        assertThat(terms.length()).isEqualTo(2 + 5);
    }

    @Test
    void encodesAndDecodes() {
        Article article = SearchIndexTest.article("a", "Zürich talks", "", 0, List.of());
        TermVector terms = TermVector.of(article, "Talks in Zürich ended.", new Analyzer());
        assertThat(TermVector.decode(terms.encode())).isEqualTo(terms);
        assertThat(terms.weights()).doesNotContainKey("s:");
    }

    @Test
    void encodesItsTermsInOrderWithTheirWeightsThenTheForms() {
        Article article = SearchIndexTest.article("a", "Wahl in Zürich", "politik", 2024, List.of());
        String encoded = TermVector.encoded(article, "Die Wahlen enden.", Analyzer.of("de"));
        assertThat(encoded).isEqualTo(String.join("\n", "4", "end 1", "polit 2", "s:politik 1", "wahl 6", "zurich 5",
                "=enden end", "=politik polit", "=wahlen wahl"));
        assertThat(TermVector.decode(encoded).encode()).isEqualTo(encoded);
    }

    @Test
    void encodedIsWhatTheVectorEncodes() {
        Article article = SearchIndexTest.article("a", "Floods in Valencia", "world", 2024, List.of("Climate", "Spain"));
        String body = "Rain fell on Valencia. Floods followed the rain; the Júcar rose.";
        assertThat(TermVector.encoded(article, body, new Analyzer()))
                .isEqualTo(TermVector.of(article, body, new Analyzer()).encode())
                .startsWith("10\nclimat 2\nfell 1\nflood 6\n");
    }
}
