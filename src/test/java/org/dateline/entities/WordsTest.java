package org.dateline.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordsTest {

    /** Each word as "word|lower|flags": C capitalised, S sentence start, J joined, N near, H hyphen after. */
    private static List<String> read(String text) {
        Words words = Words.of(text);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            out.add(words.word(k) + "|" + words.lower(k) + "|" + (words.capitalised(k) ? "C" : "")
                    + (words.sentenceStart(k) ? "S" : "") + (words.joined(k) ? "J" : "") + (words.near(k) ? "N" : "")
                    + (words.hyphenAfter(k) ? "H" : ""));
        }
        return out;
    }

    @Test
    void spacesJoinWordsAndFullStopsStartSentences() {
        assertThat(read("John Kerry said. Then, he left")).containsExactly(
                "John|john|CS", "Kerry|kerry|CJN", "said|said|JN", "Then|then|CS", "he|he|N", "left|left|JN");
    }

    @Test
    void aPossessiveEndsTheWordAndPartsItFromTheNext() {
        assertThat(read("Russia's Foreign Minister and Kerry’s aide")).containsExactly(
                "Russia|russia|CS", "Foreign|foreign|C", "Minister|minister|CJN", "and|and|JN", "Kerry|kerry|CJN",
                "aide|aide|");
    }

    @Test
    void aCueAfterAHyphenIsAWordOfItsOwnButAParticleIsPartOfTheName() {
        assertThat(read("a Geneva-based agency met al-Assad")).containsExactly(
                "a|a|S", "Geneva|geneva|CJNH", "based|based|", "agency|agency|JN", "met|met|JN", "al-Assad|al-assad|CJN");
    }

    @Test
    void anAmpersandJoinsCapitalisedWordsAndAbbreviationsDoNotEndSentences() {
        assertThat(read("AT&T and Marks & Spencer met Mr. Smith")).containsExactly(
                "AT|at|CS", "&T|t|CJN", "and|and|JN", "Marks|marks|CJN", " & Spencer|spencer|CJN", "met|met|JN",
                "Mr|mr|CJN", "Smith|smith|CJN");
    }

    @Test
    void trailingHyphensAndApostrophesAreLeftOutAndLettersOfAnyScriptCount() {
        assertThat(read("the players' pre- and post-war Zürich")).containsExactly(
                "the|the|S", "players|players|JN", "pre|pre|JN", "and|and|JN", "post|post|JNH", "war|war|",
                "Zürich|zürich|CJN");
    }

    /** Letters beyond the first 65,536 come as two chars each: a word takes both, and a symbol such as 😀 parts words. */
    @Test
    void lettersWrittenAsSurrogatePairsAreReadWhole() {
        assertThat(read("They met 𝐀lex in 𠜎𠜱 and Ab𝐂d, then “Zoë” — said 😀 Kerry")).containsExactly(
                "They|they|CS", "met|met|JN", "𝐀lex|𝐀lex|JN", "in|in|JN", "𠜎𠜱|𠜎𠜱|JN", "and|and|JN", "Ab𝐂d|ab𝐂d|CJN",
                "then|then|N", "Zoë|zoë|CS", "said|said|S", "Kerry|kerry|C");
    }

    @Test
    void lowerCaseWordsAreComparedAsWrittenWithTheirClosingApostropheOrPossessive() {
        Words words = Words.of("Analysts said the analysts' view and the company's were iPod-like");
        Set<String> common = new HashSet<>();
        words.lowerCaseAmong(Set.of("analysts", "company", "company's", "ipod-like", "view", "said"), common);
        assertThat(common).as("\"analysts'\" is not \"analysts\"; \"iPod-like\" is not \"ipod-like\"")
                .containsExactlyInAnyOrder("company's", "view", "said");
    }
}
