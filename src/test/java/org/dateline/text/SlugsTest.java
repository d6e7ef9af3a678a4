package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest(name = "''{0}'' → ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Café culture          | cafe-culture",
            "\"  Hello,   World!! \" | hello-world",
            "Ferry fares: frozen?  | ferry-fares-frozen",
            "x -- y                | x-y",
            "Children's            | childrens",
            "Children’s books      | childrens-books",
            "東京 Tokyo             | 東京-tokyo",
            "Αθήνα                 | αθηνα",
            "Łódź                  | łodz",
            "İstanbul              | istanbul",
            "Straße                | straße",
            "../x                  | x",
            "a.b/c\\d              | a-b-c-d",
            "2016                  | 2016",
            "ﬁle                   | file"})
    void slugOf(String name, String slug) {
        assertThat(Slugs.of(name)).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!!", "...", "--", "'’"})
    void nameWithoutLetterOrDigitGivesEmptySlug(String name) {
        assertThat(Slugs.of(name)).isEmpty();
    }

    @Test
    void slugNeverHoldsCharactersThatLeaveAFolder() {
        String slug = Slugs.of("../../etc/passwd\\..\u0000\t%2e");

        assertThat(slug).isEqualTo("etc-passwd-2e");
        assertThat(slug).doesNotContain(".", "/", "\\", "\u0000");
    }
}
