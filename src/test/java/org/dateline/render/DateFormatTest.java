package org.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Random;
import org.dateline.model.ArticleDate;
import org.junit.jupiter.api.Test;

class DateFormatTest {

    @Test
    void datesReadForPeopleAndForMachines() {
        DateFormat london = new DateFormat(ZoneId.of("Europe/London"), Locale.UK);
        ArticleDate summer = new ArticleDate(ZonedDateTime.parse("2024-07-05T08:30:15Z"), true);
        assertThat(london.view(summer)).isEqualTo(new DateView("2024-07-05T09:30:15+01:00", "5 July 2024, 09:30 BST"));
        assertThat(london.view(new ArticleDate(ZonedDateTime.parse("2024-01-05T23:59:59Z"), true)))
                .isEqualTo(new DateView("2024-01-05T23:59:59Z", "5 January 2024, 23:59 GMT"));
        assertThat(london.view(new ArticleDate(ZonedDateTime.parse("2024-03-05T00:00:00Z"), false)))
                .isEqualTo(new DateView("2024-03-05", "5 March 2024"));
        assertThat(new DateFormat(ZoneId.of("Europe/Paris"), Locale.FRENCH).dayName(LocalDate.of(2024, 2, 1)))
                .isEqualTo("1 février 2024");
        assertThat(london.view(null)).isNull();
    }

    /**
     * Across zones with summer time, half-hour and odd offsets, languages with other month names, and
     * years near and beyond the hand-written range, every view is what the formatters write.
     */
    @Test
    void everyViewIsWhatTheFormattersWrite() {
        ZoneId[] zones = {ZoneId.of("UTC"), ZoneId.of("Europe/London"), ZoneId.of("America/New_York"),
                ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kathmandu"), ZoneId.of("America/St_Johns"),
                ZoneOffset.UTC, ZoneOffset.ofHoursMinutesSeconds(5, 30, 15), ZoneOffset.ofHours(-11)};
        Locale[] locales = {Locale.UK, Locale.US, Locale.FRENCH, Locale.GERMAN, Locale.forLanguageTag("ru"),
                Locale.forLanguageTag("pl"), Locale.JAPANESE, Locale.forLanguageTag("ar"), Locale.forLanguageTag("fa")};
        Random random = new Random(13);
        for (ZoneId zone : zones) {
            for (Locale locale : locales) {
                DateFormat format = new DateFormat(zone, locale);
                for (int i = 0; i < 400; i++) {
                    long second = random.nextInt(10) == 0 ? random.nextLong(-62_000_000_000L, 300_000_000_000L)
                            : random.nextLong(-2_000_000_000L, 4_000_000_000L);
                    Instant instant = Instant.ofEpochSecond(second, random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
                    ArticleDate date = new ArticleDate(instant.atZone(zones[random.nextInt(zones.length)]), random.nextBoolean());
                    String as = date + " in " + zone + ", " + locale;
                    assertThat(format.view(date)).as(as).isEqualTo(format.formatted(date));
                    LocalDate local = date.value().withZoneSameInstant(zone).toLocalDate();
                    assertThat(format.day(date)).as(as).isEqualTo(new DateView(local.toString(),
                            java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(local)));
                    LocalDate day = date.value().toLocalDate();
                    assertThat(format.dayName(day)).as(as)
                            .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(day));
                }
            }
        }
    }
}
