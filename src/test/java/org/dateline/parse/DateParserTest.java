package org.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.dateline.model.ArticleDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateParserTest {

    /** A zone that is not UTC, so a date read in the wrong zone shows. */
    private static final ZoneId SITE = ZoneId.of("America/New_York");

    private static ArticleDate parse(String text) {
        return DateParser.parse(text, SITE).orElseThrow(() -> new AssertionError("not read: " + text));
    }

    /** The common forms are read without the formatters: to the same date, or left to them. */
    @Test
    void readsTheCommonFormsAsTheFormattersDo() {
        java.util.Random random = new java.util.Random(3);
        int read = 0;
        for (int run = 0; run < 20_000; run++) {
            String day = String.format("%04d-%02d-%02d", random.nextInt(3) == 0 ? random.nextInt(10_000) : 1996 + random.nextInt(10),
                    random.nextInt(14), random.nextInt(33));
            String text = switch (random.nextInt(4)) {
                case 0 -> day;
                case 1 -> day + String.format("T%02d:%02d:%02dZ", random.nextInt(26), random.nextInt(62), random.nextInt(62));
                case 2 -> day + String.format("T%02d:%02d:%02d%s", random.nextInt(24), random.nextInt(60), random.nextInt(60),
                        new String[] {"z", "+01:00", "", " Z", "Z "}[random.nextInt(5)]);
                default -> day.replace('-', random.nextBoolean() ? '/' : '-') + (random.nextBoolean() ? "" : "x");
            };
            for (ZoneId zone : new ZoneId[] {SITE, ZoneOffset.UTC}) {
                ArticleDate common = DateParser.commonForm(text, zone);
                if (common != null) {
                    read++;
                    assertThat(common).as(text).isEqualTo(DateParser.formatted(text, zone).orElseThrow());
                    assertThat(common.value().getZone()).isEqualTo(DateParser.formatted(text, zone).orElseThrow().value().getZone());
                }
                assertThat(DateParser.parse(text, zone)).as(text).isEqualTo(DateParser.formatted(text.strip(), zone));
            }
        }
        assertThat(read).as("dates read without the formatters").isGreaterThan(5_000);
    }

    @Test
    void dateOnlyIsTheStartOfTheDayInTheSiteZoneWithoutATime() {
        ArticleDate date = parse("2024-03-05");

        assertThat(date.value()).isEqualTo(ZonedDateTime.of(2024, 3, 5, 0, 0, 0, 0, SITE));
        assertThat(date.value().toInstant()).isEqualTo(Instant.parse("2024-03-05T05:00:00Z"));
        assertThat(date.timeKnown()).isFalse();
    }

    @Test
    void dateAndTimeWithoutZoneIsInTheSiteZone() {
        ArticleDate date = parse("2024-03-05 14:00");

        assertThat(date.value()).isEqualTo(ZonedDateTime.of(2024, 3, 5, 14, 0, 0, 0, SITE));
        assertThat(date.timeKnown()).isTrue();
        assertThat(parse("2024-03-05T14:00").value()).isEqualTo(date.value());
    }

    @Test
    void utcDesignatorZ() {
        ArticleDate date = parse("2024-03-05T09:30:00Z");

        assertThat(date.value().toInstant()).isEqualTo(Instant.parse("2024-03-05T09:30:00Z"));
        assertThat(date.value().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(date.timeKnown()).isTrue();
    }

    @Test
    void numericOffsetIsKept() {
        ArticleDate date = parse("2024-03-05T09:30:00+01:00");

        assertThat(date.value().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(date.value().toInstant()).isEqualTo(Instant.parse("2024-03-05T08:30:00Z"));
    }

    @Test
    void fractionOfASecond() {
        ArticleDate date = parse("2024-03-05T09:30:00.123Z");

        assertThat(date.value().toInstant()).isEqualTo(Instant.parse("2024-03-05T09:30:00.123Z"));
        assertThat(date.value().getNano()).isEqualTo(123_000_000);
    }

    @Test
    void jekyllFormWithSpaceAndCompactOffset() {
        ArticleDate date = parse("2024-09-12 08:15:00 +0200");

        assertThat(date.value().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(date.value().toInstant()).isEqualTo(Instant.parse("2024-09-12T06:15:00Z"));
        assertThat(date.timeKnown()).isTrue();
    }

    @Test
    void hugoFormWithNegativeOffset() {
        assertThat(parse("2023-11-02T18:00:00-05:00").value().toInstant())
                .isEqualTo(Instant.parse("2023-11-02T23:00:00Z"));
    }

    @Test
    void zoneNameInBrackets() {
        ArticleDate date = parse("2024-03-05T09:30:00[Europe/Paris]");

        assertThat(date.value().getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(date.value().toInstant()).isEqualTo(Instant.parse("2024-03-05T08:30:00Z"));
    }

    @Test
    void rfc1123AsInEmailAndRss() {
        ArticleDate date = parse("Tue, 5 Mar 2024 09:30:00 GMT");

        assertThat(date.value().toInstant()).isEqualTo(Instant.parse("2024-03-05T09:30:00Z"));
        assertThat(date.timeKnown()).isTrue();
    }

    @Test
    void spelledOutUtcAndSurroundingSpaces() {
        assertThat(parse("2024-03-05 09:30 UTC").value().toInstant()).isEqualTo(Instant.parse("2024-03-05T09:30:00Z"));
        assertThat(parse("  2024-03-05  ").value()).isEqualTo(ZonedDateTime.of(2024, 3, 5, 0, 0, 0, 0, SITE));
    }

    @Test
    void leapDayExistsOnlyInLeapYears() {
        assertThat(parse("2024-02-29").value().getDayOfMonth()).isEqualTo(29);
        assertThat(DateParser.parse("2023-02-29", SITE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-02-30", "05/03/2024", "", "   ", "2024-13-01",
            "2024-03-05T24:00", "2024-03-05T09:30:00+25:00", "2023-01-29 18:30:22 2024 -0800", "May 2013",
            "6 May", "May 6, 2013 Tuesday noon", "13:00 pm 2013-05-06", "2013-05-06 10:00 +0100 +0200"})
    void unreadableOrImpossibleDatesAreEmpty(String text) {
        assertThat(DateParser.parse(text, SITE)).isEmpty();
    }

    @Test
    void formatsListTheAcceptedShapes() {
        assertThat(DateParser.FORMATS)
                .isEqualTo("2024-03-05, 2024-03-05 14:30, 2024-03-05T14:30:00Z or 2024-03-05T14:30:00+01:00");
    }

    /** Ruby's Time.parse, which Jekyll reads dates with, takes these; so does Dateline. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "2013-05-06 02:12:52 +0200      | 2013-05-06T00:12:52Z",
            "2023-01-29 18:30:22 2023 -0800 | 2023-01-30T02:30:22Z",
            "May 6, 2013                    | 2013-05-06T04:00:00Z",
            "6 May 2013 10:00               | 2013-05-06T14:00:00Z",
            "2013-05-06 02:12               | 2013-05-06T06:12:00Z",
            "2013-05-06 02:12 PST           | 2013-05-06T10:12:00Z",
            "Monday, 6th May 2013 10:00 pm  | 2013-05-07T02:00:00Z",
            "September 30 2012 12:30 am UTC | 2012-09-30T00:30:00Z",
            "Sept. 30, 2012                 | 2012-09-30T04:00:00Z",
            "2024-3-5                       | 2024-03-05T05:00:00Z",
            "2013/05/06 02:12:52 -05:00     | 2013-05-06T07:12:52Z",
            "2013-05-06 02:12:52 Europe/Paris | 2013-05-06T00:12:52Z",
            "2010-01-09 13:59:59 -04:00     | 2010-01-09T17:59:59Z"})
    void readsTheDatesJekyllReads(String text, String instant) {
        ArticleDate date = parse(text);

        assertThat(date.value().toInstant()).as(text).isEqualTo(Instant.parse(instant));
        assertThat(date.timeKnown()).as(text).isEqualTo(text.contains(":"));
    }

    @Test
    void aZoneWrittenInTheDateIsKept() {
        assertThat(parse("2023-01-29 18:30:22 2023 -0800").value().getOffset()).isEqualTo(ZoneOffset.ofHours(-8));
        assertThat(parse("May 6, 2013").value().getZone()).isEqualTo(SITE);
    }
}
