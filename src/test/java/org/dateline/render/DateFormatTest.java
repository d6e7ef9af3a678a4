package org.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.dateline.messages.Messages;
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

    /** The day, the day and time, the month and the day of the year, as each built-in language writes them. */
    @Test
    void eachLanguageWritesDatesAsItsNewspapersDo() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        ArticleDate morning = new ArticleDate(ZonedDateTime.parse("2024-03-05T08:30:00Z"), true);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("en", List.of("5 March 2024", "5 March 2024, 09:30 CET", "March 2024", "5 March"));
        expected.put("fr", List.of("5 mars 2024", "5 mars 2024 à 09h30 CET", "mars 2024", "5 mars"));
        expected.put("de", List.of("5. März 2024", "5. März 2024, 09:30 Uhr MEZ", "März 2024", "5. März"));
        expected.put("es", List.of("5 de marzo de 2024", "5 de marzo de 2024, 09:30 CET", "marzo de 2024", "5 de marzo"));
        expected.put("tr", List.of("5 Mart 2024", "5 Mart 2024 09:30 CET", "Mart 2024", "5 Mart"));
        expected.put("ar", List.of("5 مارس 2024", "5 مارس 2024، 09:30 CET", "مارس 2024", "5 مارس"));
        expected.forEach((language, texts) -> {
            DateFormat format = new DateFormat(paris, ThemeMessages.builtIn(language));
            assertThat(List.of(format.dayName(LocalDate.of(2024, 3, 5)), format.view(morning).text(),
                    format.monthName(YearMonth.of(2024, 3)), format.dayOfMonth(MonthDay.of(3, 5))))
                    .as(language).isEqualTo(texts);
        });
    }

    /** The hand-written path gives the formatters' bytes for every built-in language's patterns, and for others. */
    @Test
    void everyLanguagesPatternsAreWrittenAsTheFormattersWriteThem() {
        ZoneId[] zones = {ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"), ZoneId.of("America/St_Johns"),
                ZoneOffset.ofHoursMinutesSeconds(5, 30, 15)};
        List<String[]> patterns = new ArrayList<>();
        for (String language : List.of("en", "fr", "de", "es", "tr", "ar")) {
            Messages m = ThemeMessages.builtIn(language);
            patterns.add(new String[] {language, m.text(DateFormat.DAY_KEY), m.text(DateFormat.DAY_TIME_KEY),
                    m.text(DateFormat.MONTH_KEY)});
        }
        patterns.add(new String[] {"en", "dd/MM/yyyy", "d.M.uuuu H:m '''o''clock' zzz", "MM/uuuu"});
        patterns.add(new String[] {"fr", "EEEE d MMMM uuuu", "EEEE d MMMM uuuu, HH:mm", "MMM uuuu"});
        Random random = new Random(21);
        for (String[] p : patterns) {
            Locale locale = Locale.forLanguageTag(p[0]);
            for (ZoneId zone : zones) {
                DateFormat format = new DateFormat(zone, locale, p[1], p[2], p[3], "d MMMM");
                DateTimeFormatter day = DateTimeFormatter.ofPattern(p[1], locale);
                DateTimeFormatter month = DateTimeFormatter.ofPattern(p[3], locale);
                for (int i = 0; i < 300; i++) {
                    long second = random.nextInt(10) == 0 ? random.nextLong(-62_000_000_000L, 300_000_000_000L)
                            : random.nextLong(-2_000_000_000L, 4_000_000_000L);
                    ArticleDate date = new ArticleDate(Instant.ofEpochSecond(second).atZone(zone), random.nextBoolean());
                    String as = date + " in " + zone + ", " + String.join(" | ", p);
                    assertThat(format.view(date)).as(as).isEqualTo(format.formatted(date));
                    LocalDate local = date.value().toLocalDate();
                    assertThat(format.dayName(local)).as(as).isEqualTo(day.format(local));
                    assertThat(format.monthName(YearMonth.from(local))).as(as).isEqualTo(month.format(YearMonth.from(local)));
                }
            }
        }
        assertThat(new DatePattern("d MMMM uuuu", Locale.ENGLISH).fast()).isTrue();
        assertThat(new DatePattern("d 'de' MMMM 'de' uuuu", Locale.ENGLISH).fast()).isTrue();
        assertThat(new DatePattern("EEEE d MMMM uuuu", Locale.ENGLISH).fast()).as("weekdays: the formatter's").isFalse();
    }
}
