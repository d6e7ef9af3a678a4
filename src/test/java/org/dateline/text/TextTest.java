package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void wordsAreSplitWhereJavaSeesWhitespace() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(Text.wordCount("a" + c + "b")).as("U+%04X", (int) c).isEqualTo(Character.isWhitespace(c) ? 2 : 1);
        }
    }

    @Test
    void wordsAreRunsOfNonWhitespace() {
        assertThat(Text.wordCount("  one two\tthree\nfour  ")).isEqualTo(4);
        assertThat(Text.wordCount("well-known, state-of-the-art — yes")).isEqualTo(4);
        assertThat(Text.wordCount("")).isZero();
        assertThat(Text.wordCount(" \n\t ")).isZero();
    }

    @Test
    void shortTextIsKeptWithWhitespaceCollapsed() {
        assertThat(Text.excerpt("  short  text\n here ", 240)).isEqualTo("short text here");
    }

    @Test
    void textOfExactlyMaxCharactersIsNotCut() {
        assertThat(Text.excerpt("abcde fghij", 11)).isEqualTo("abcde fghij");
    }

    @Test
    void longTextIsCutAtAWordBoundaryWithAnEllipsis() {
        String excerpt = Text.excerpt("The quick brown fox jumps over the lazy dog", 20);

        assertThat(excerpt).isEqualTo("The quick brown fox…");
        assertThat(excerpt).hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void punctuationBeforeTheCutIsDropped() {
        assertThat(Text.excerpt("one two three, four five", 16)).isEqualTo("one two three…");
    }

    @Test
    void aSingleLongWordIsCutInside() {
        assertThat(Text.excerpt("Supercalifragilisticexpialidocious word", 20)).isEqualTo("Supercalifragilisti…");
    }
}
