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
}
