package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestTest {

    static final List<String> FIELDS = List.of("title", "summary", "byline", "date", "dateline", "body");

    @Test
    void findsTheNameATypoMeant() {
        assertThat(Nearest.of("titel", FIELDS)).isEqualTo("title");
        assertThat(Nearest.of("TITLE", FIELDS)).isEqualTo("title");
        assertThat(Nearest.of("bdy", FIELDS)).isEqualTo("body");
        assertThat(Nearest.of("datelines", FIELDS)).isEqualTo("dateline");
    }

    @Test
    void aNameNothingLikeAnyGetsNone() {
        assertThat(Nearest.of("colour", FIELDS)).isNull();
        assertThat(Nearest.of("x", List.of())).isNull();
    }

    @Test
    void aTieGoesToTheFirstInAlphabeticalOrder() {
        assertThat(Nearest.of("dat", List.of("data", "date"))).isEqualTo("data");
    }
}
