package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void foldsCaseAndAccents() {
        assertThat(Tokenizer.words("Genève, São Paulo and ZÜRICH")).containsExactly("geneve", "sao", "paulo", "and", "zurich");
    }

    @Test
    void dropsApostrophesInsideWordsOnly() {
        assertThat(Tokenizer.words("Kerry's talks, O’Neill's 'quoted' rock 'n' roll"))
                .containsExactly("kerrys", "talks", "oneills", "quoted", "rock", "n", "roll");
    }

    @Test
    void splitsOnEverythingElse() {
        assertThat(Tokenizer.words("covid-19: e-mail/web (2024) 3.5% x_y"))
                .containsExactly("covid", "19", "e", "mail", "web", "2024", "3", "5", "x", "y");
    }

    @Test
    void compatibilityFormsFold() {
        assertThat(Tokenizer.words("ﬁnance ²")).containsExactly("finance", "2");
    }

    @Test
    void otherScriptsAreWordsAndIdeographsOneEach() {
        assertThat(Tokenizer.words("Москва 東京都 مرحبا")).containsExactly("москва", "東", "京", "都", "مرحبا");
    }

    @Test
    void overlongRunsAreNotWords() {
        assertThat(Tokenizer.words("a".repeat(41) + " ok " + "b".repeat(40))).containsExactly("ok", "b".repeat(40));
    }

    @Test
    void emptyAndPunctuationOnly() {
        assertThat(Tokenizer.words("")).isEmpty();
        assertThat(Tokenizer.words(" — … ' ")).isEmpty();
    }

    @Test
    void wordsAsWrittenKeepTheirAccentsAndEndWhereFoldedWordsEnd() {
        String text = "L'élection à Genève: Türkiye'nin seçimleri, المحادثاتُ في جنيف — 3,5 %";
        List<String[]> pairs = Tokenizer.wordsAsWritten(text);
        assertThat(pairs).extracting(p -> p[0]).containsExactly("l", "élection", "à", "genève", "türkiye", "nin",
                "seçimleri", "المحادثاتُ", "في", "جنيف", "3", "5");
        assertThat(pairs).extracting(p -> p[1]).isEqualTo(Tokenizer.words(text, false));
    }
}
