package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalyzerTest {

    private final Analyzer analyzer = new Analyzer();

    @Test
    void inflectionsMeetAtOneStem() {
        assertThat(analyzer.terms("election elections elected electing"))
                .containsOnly("elect");
        assertThat(analyzer.terms("negotiations negotiating negotiated")).containsOnly("negoti");
    }

    @Test
    void stopWordsAreLeftOut() {
        assertThat(analyzer.terms("The state of the union is strong")).containsExactly("state", "union", "strong");
    }

    @Test
    void porter2SpecialCases() {
        // Exceptions and prefixes Porter2 adds over the original Porter algorithm.
        assertThat(analyzer.stem("skies")).isEqualTo("sky");
        assertThat(analyzer.stem("dying")).isEqualTo("die");
        assertThat(analyzer.stem("news")).isEqualTo("news");
        assertThat(analyzer.stem("generously")).isEqualTo("generous");
        assertThat(analyzer.stem("communities")).isEqualTo("communiti");
        assertThat(analyzer.stem("kerrys")).isEqualTo("kerri");
    }

    @Test
    void numbersAndOtherScriptsPassThrough() {
        assertThat(analyzer.terms("2024 москва 東")).containsExactly("2024", "москва", "東");
    }
}
