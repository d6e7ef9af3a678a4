package org.dateline.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dateline.model.ArticleDate;

/**
 * Dates for people and for machines, in the site's zone and language. Every listing shows each of
 * its articles' dates, so the common case (a year from 1000 to 9999) is written by hand, with the
 * month and zone names the formatters give: the formatters took a twentieth of the rendering time.
 */
public final class DateFormat {

    private final ZoneId zone;
    private final Locale locale;
    private final DateTimeFormatter dayOfYear;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayAndTime;
    private final DateTimeFormatter monthOfYear;
    private final DateTimeFormatter zoneName;
    /** The month names the day pattern writes, January first. */
    private final String[] months = new String[12];
    /** The zone's name in standard and in summer time, as the formatter writes it; filled when first needed. */
    private final String[] zoneNames = new String[2];

    public DateFormat(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
        this.dayOfYear = DateTimeFormatter.ofPattern("d MMMM", locale);
        this.day = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
        this.dayAndTime = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm z", locale);
        this.monthOfYear = DateTimeFormatter.ofPattern("LLLL uuuu", locale);
        this.zoneName = DateTimeFormatter.ofPattern("z", locale);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM", locale);
        for (Month m : Month.values()) {
            months[m.ordinal()] = month.format(LocalDate.of(2000, m, 1));
        }
    }

    /**
     * The site's language, made once: {@code SiteConfig.locale()} reads the language tag anew at
     * each call, which every page did (a thirtieth of rendering).
     */
    public Locale locale() {
        return locale;
    }

    /** "5 March": a day of the year without the year. */
    public String dayOfYear(MonthDay day) {
        return dayOfYear.format(day);
    }

    /** "March 2024". */
    public String monthName(YearMonth month) {
        return monthOfYear.format(month);
    }

    /** "5 March 2024". */
    public String dayName(LocalDate date) {
        if (date.getYear() < 1000 || date.getYear() > 9999) {
            return day.format(date);
        }
        return dayText(new StringBuilder(24), date).toString();
    }

    /** The day of {@code date} in the site's zone, without the time: {@code 2024-03-05}, "5 March 2024". */
    public DateView day(ArticleDate date) {
        LocalDate local = date.dayIn(zone);
        return new DateView(local.toString(), dayName(local));
    }

    /** The view of {@code date}, or null for none. */
    public DateView view(ArticleDate date) {
        if (date == null) {
            return null;
        }
        ZoneOffset offset = date.offsetIn(zone);
        long localSecond = date.epochSecond() + offset.getTotalSeconds();
        LocalDate local = LocalDate.ofEpochDay(Math.floorDiv(localSecond, 86_400L));
        if (local.getYear() < 1000 || local.getYear() > 9999) {
            return formatted(date);
        }
        String iso = isoDay(new StringBuilder(25), local).toString();
        String dayText = dayText(new StringBuilder(40), local).toString();
        if (!date.timeKnown()) {
            return new DateView(iso, dayText);
        }
        int secondOfDay = (int) Math.floorMod(localSecond, 86_400L);
        StringBuilder time = two(new StringBuilder(8), secondOfDay / 3600).append(':');
        two(time, secondOfDay / 60 % 60);
        StringBuilder isoTime = new StringBuilder(iso).append('T').append(time).append(':');
        two(isoTime, secondOfDay % 60).append(offset.getId());
        return new DateView(isoTime.toString(), dayText + ", " + time + " " + zoneName(date));
    }

    /** The view as the formatters write it, for years outside 1000 to 9999. */
    DateView formatted(ArticleDate date) {
        ZonedDateTime local = date.value().withZoneSameInstant(zone);
        if (!date.timeKnown()) {
            return new DateView(local.toLocalDate().toString(), day.format(local));
        }
        return new DateView(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.withNano(0)), dayAndTime.format(local));
    }

    private String zoneName(ArticleDate date) {
        int summer = zone instanceof ZoneOffset || !zone.getRules().isDaylightSavings(Instant.ofEpochSecond(date.epochSecond()))
                ? 0 : 1;
        String name = zoneNames[summer];
        if (name == null) {
            name = zoneName.format(date.value().withZoneSameInstant(zone)); // the same whichever thread writes it
            zoneNames[summer] = name;
        }
        return name;
    }

    private StringBuilder dayText(StringBuilder out, LocalDate date) {
        return out.append(date.getDayOfMonth()).append(' ').append(months[date.getMonthValue() - 1]).append(' ')
                .append(date.getYear());
    }

    private static StringBuilder isoDay(StringBuilder out, LocalDate date) {
        out.append(date.getYear()).append('-');
        return two(two(out, date.getMonthValue()).append('-'), date.getDayOfMonth());
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
