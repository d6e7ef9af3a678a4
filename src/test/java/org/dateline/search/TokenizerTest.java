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

    /**
     * The tokenizer reads arrays with plain letters answered first; this is the rule it must keep,
     * written the plain way, code point by code point over the string, as search.js has it.
     */
    private static List<String> wordsByCodePoint(String text, boolean apostrophesJoin) {
        List<String> words = new java.util.ArrayList<>();
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < folded.length()) {
            int c = folded.codePointAt(i);
            int next = i + Character.charCount(c);
            if (Character.isIdeographic(c)) {
                addWord(word, words);
                words.add(new String(Character.toChars(c)));
            } else if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (!(apostrophesJoin && (c == '\'' || c == '\u2019') && word.length() > 0 && next < folded.length()
                    && Character.isLetterOrDigit(folded.codePointAt(next)) && !Character.isIdeographic(folded.codePointAt(next)))) {
                addWord(word, words);
            }
            i = next;
        }
        addWord(word, words);
        return words;
    }

    private static void addWord(StringBuilder word, List<String> words) {
        if (word.length() > 0 && word.length() <= Tokenizer.MAX_WORD) {
            words.add(word.toString());
        }
        word.setLength(0);
    }

    @Test
    void splitsAnyTextAsTheCodePointRuleDoes() {
        String[] pieces = {"a", "Z", "k", "7", "'", "’", " ", "  ", "-", ".", ",", "\n", "é", "É", "ü", "ß", "İ", "ı",
            "ﬁ", "½", "²", "\u0301", "東", "京", "𠀋", "😀", "𝐀", "Ω", "ж", "ا", "\u00a0", "_", "Kerry", "O'Neill",
            "Genève", "x".repeat(39), "y".repeat(41), "\u2028", "&", "İstanbul'un", "l’élection"};
        java.util.SplittableRandom random = new java.util.SplittableRandom(4122026);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            for (boolean join : new boolean[] {true, false}) {
                assertThat(Tokenizer.words(text.toString(), join)).as("%s (%s)", text, join)
                        .isEqualTo(wordsByCodePoint(text.toString(), join));
            }
        }
    }
}
