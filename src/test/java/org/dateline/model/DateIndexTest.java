package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DateIndexTest {

    private static Article dated(ZonedDateTime date) {
        return new Article("a.md", SourceFormat.MARKDOWN, "A", "a", "", "", new ArticleDate(date, true), null, List.of(),
                List.of(), "", "", "", "", "", "", List.of(), false, null, null, List.of(), 1, Map.of());
    }

    @Test
    void anArticleIsFiledUnderItsDayInTheSitesZone() {
        Article lateInLondon = dated(ZonedDateTime.parse("2024-03-05T23:30:00Z"));
        assertThat(DateIndex.localDate(lateInLondon, ZoneId.of("UTC"))).hasToString("2024-03-05");
        assertThat(DateIndex.localDate(lateInLondon, ZoneId.of("Europe/Berlin"))).hasToString("2024-03-06");
        assertThat(DateIndex.localDate(lateInLondon, ZoneOffset.ofHours(-5))).hasToString("2024-03-05");
    }

    /** Across time-zone changes, summer time, nanoseconds and years before 1970, the day is the date-time's own. */
    @Test
    void theDayIsWhatTheDateTimeInTheZoneSays() {
        ZoneId[] zones = {ZoneId.of("UTC"), ZoneId.of("Europe/London"), ZoneId.of("America/St_Johns"),
                ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago"),
                ZoneOffset.ofHoursMinutes(5, 45), ZoneOffset.ofHours(-12)};
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 5_000_000_000L),
                    random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
            ZonedDateTime written = instant.atZone(zones[random.nextInt(zones.length)]);
            ZoneId site = zones[random.nextInt(zones.length)];
            assertThat(DateIndex.localDate(dated(written), site)).as(written + " in " + site)
                    .isEqualTo(written.withZoneSameInstant(site).toLocalDate());
        }
    }
}
