package org.dateline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeedDatesTest {

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

    @Test
    void writesTheUsualDatesAsRfc3339AndRfc822() {
        ZonedDateTime time = ZonedDateTime.of(2025, 4, 24, 14, 31, 2, 500_000_000, ZoneOffset.UTC);
        assertThat(FeedDates.iso(time)).isEqualTo("2025-04-24T14:31:02Z");
        assertThat(FeedDates.rfc822(time)).isEqualTo("Thu, 24 Apr 2025 14:31:02 GMT");
        ZonedDateTime kolkata = ZonedDateTime.of(2009, 1, 5, 9, 0, 0, 0, ZoneId.of("Asia/Kolkata"));
        assertThat(FeedDates.iso(kolkata)).isEqualTo("2009-01-05T09:00:00+05:30");
        assertThat(FeedDates.rfc822(kolkata)).isEqualTo("Mon, 5 Jan 2009 09:00:00 +0530");
        ZonedDateTime newfoundland = ZonedDateTime.of(2016, 11, 30, 23, 59, 59, 0, ZoneOffset.ofHoursMinutes(-3, -30));
        assertThat(FeedDates.iso(newfoundland)).isEqualTo("2016-11-30T23:59:59-03:30");
        assertThat(FeedDates.rfc822(newfoundland)).isEqualTo("Wed, 30 Nov 2016 23:59:59 -0330");
    }

    @Test
    void saysWhatTheJdksFormattersSayOfAnyDate() {
        SplittableRandom random = new SplittableRandom(20261204);
        List<ZoneId> zones = List.of(ZoneOffset.UTC, ZoneId.of("Europe/London"), ZoneId.of("America/St_Johns"),
                ZoneId.of("Asia/Kathmandu"), ZoneId.of("Pacific/Kiritimati"), ZoneOffset.ofHoursMinutesSeconds(1, 2, 3),
                ZoneId.of("Europe/Amsterdam"));
        for (int i = 0; i < 20_000; i++) {
            // years 1 to 9999, and LMT offsets of whole seconds before 1900 in the named zones
            long second = random.nextLong(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("9999-12-30T00:00:00Z").getEpochSecond());
            ZonedDateTime time = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000))
                    .atZone(zones.get(random.nextInt(zones.size())));
            assertThat(FeedDates.iso(time)).as("%s", time)
                    .isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withNano(0)));
            assertThat(FeedDates.rfc822(time)).as("%s", time).isEqualTo(RFC_1123.format(time));
        }
    }
}
