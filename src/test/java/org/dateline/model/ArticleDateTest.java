package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleDateTest {

    private static final ZonedDateTime NOON = ZonedDateTime.of(2016, 9, 9, 12, 0, 0, 500, ZoneId.of("Europe/Zurich"));

    @Test
    void comparesWithAnInstantAsItsOwnInstantDoes() {
        ArticleDate date = new ArticleDate(NOON, true);
        Instant own = NOON.toInstant();
        for (Instant other : List.of(own, own.plusNanos(1), own.minusNanos(1), own.plusSeconds(1), own.minusSeconds(1),
                own.plusSeconds(1).minusNanos(501), own.minusSeconds(1).plusNanos(999_999_000))) {
            assertThat(date.isAfter(other)).as("after %s", other).isEqualTo(own.isAfter(other));
            assertThat(date.isBefore(other)).as("before %s", other).isEqualTo(own.isBefore(other));
        }
    }

    @Test
    void anInstantIsNeitherBeforeNorAfterItself() {
        ArticleDate date = new ArticleDate(NOON, true);
        assertThat(date.isAfter(NOON.toInstant())).isFalse();
        assertThat(date.isBefore(NOON.toInstant())).isFalse();
    }
}
