package org.dateline.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dateline.messages.Messages;
import org.dateline.model.ArticleDate;

/**
 * Dates for people and for machines, in the site's zone and language, in the patterns of the
 * language's messages ({@code date.day}, {@code date.dayTime}, {@code date.month},
 * {@code date.dayOfMonth}). Every listing shows each of its articles' dates, so the common case (a
 * year from 1000 to 9999, a pattern of days, months, years, hours, minutes and zone names) is
 * written by hand ({@link DatePattern}), with the month and zone names the formatters give: the
 * formatters took a twentieth of the rendering time.
 */
public final class DateFormat {

    /** The theme's English patterns: "5 March 2024", "5 March 2024, 09:30 UTC", "March 2024", "5 March". */
    static final String DAY = "d MMMM uuuu";
    static final String DAY_TIME = "d MMMM uuuu, HH:mm z";
    static final String MONTH = "LLLL uuuu";
    static final String DAY_OF_MONTH = "d MMMM";

    /** The message keys of the patterns. */
    public static final String DAY_KEY = "date.day";
    public static final String DAY_TIME_KEY = "date.dayTime";
    public static final String MONTH_KEY = "date.month";
    public static final String DAY_OF_MONTH_KEY = "date.dayOfMonth";

    private final ZoneId zone;
    private final Locale locale;
    private final DatePattern day;
    private final DatePattern dayAndTime;
    private final DatePattern monthOfYear;
    private final DateTimeFormatter dayOfMonth;
    private final DateTimeFormatter zoneName;
    /** The zone's name in standard and in summer time, as the formatter writes it; filled when first needed. */
    private final String[] zoneNames = new String[2];

    /** Dates in the theme's English patterns, with the month and zone names of {@code locale}. */
    public DateFormat(ZoneId zone, Locale locale) {
        this(zone, locale, DAY, DAY_TIME, MONTH, DAY_OF_MONTH);
    }

    /** Dates in the patterns of the language's messages. */
    public DateFormat(ZoneId zone, Messages messages) {
        this(zone, messages.locale(), messages.text(DAY_KEY), messages.text(DAY_TIME_KEY), messages.text(MONTH_KEY),
                messages.text(DAY_OF_MONTH_KEY));
    }

    /** @throws IllegalArgumentException when a pattern is not one {@link DateTimeFormatter} takes */
    DateFormat(ZoneId zone, Locale locale, String dayPattern, String dayTimePattern, String monthPattern,
               String dayOfMonthPattern) {
        this.zone = zone;
        this.locale = locale;
        this.day = new DatePattern(dayPattern, locale);
        this.dayAndTime = new DatePattern(dayTimePattern, locale);
        this.monthOfYear = new DatePattern(monthPattern, locale);
        this.dayOfMonth = DateTimeFormatter.ofPattern(dayOfMonthPattern, locale);
        this.zoneName = DateTimeFormatter.ofPattern("z", locale);
    }

    /**
     * The site's language, made once: {@code SiteConfig.locale()} reads the language tag anew at
     * each call, which every page did (a thirtieth of rendering).
     */
    public Locale locale() {
        return locale;
    }

    /** "March 2024". */
    public String monthName(YearMonth month) {
        if (!monthOfYear.fast() || month.getYear() < 1000 || month.getYear() > 9999) {
            return monthOfYear.formatter().format(month);
        }
        return monthOfYear.write(new StringBuilder(24), month.atDay(1), 0, "").toString();
    }

    /** "5 March 2024". */
    public String dayName(LocalDate date) {
        if (!day.fast() || date.getYear() < 1000 || date.getYear() > 9999) {
            return day.formatter().format(date);
        }
        return day.write(new StringBuilder(24), date, 0, "").toString();
    }

    /** "5 March": a day of the year, without the year. */
    public String dayOfMonth(MonthDay date) {
        return dayOfMonth.format(date);
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
        if (!date.timeKnown()) {
            return new DateView(iso, dayName(local));
        }
        int secondOfDay = (int) Math.floorMod(localSecond, 86_400L);
        StringBuilder isoTime = new StringBuilder(iso).append('T');
        DatePattern.two(DatePattern.two(isoTime, secondOfDay / 3600).append(':'), secondOfDay / 60 % 60).append(':');
        DatePattern.two(isoTime, secondOfDay % 60).append(offset.getId());
        String text = dayAndTime.fast()
                ? dayAndTime.write(new StringBuilder(48), local, secondOfDay, zoneName(date)).toString()
                : dayAndTime.formatter().format(date.value().withZoneSameInstant(zone));
        return new DateView(isoTime.toString(), text);
    }

    /** The view as the formatters write it, for years outside 1000 to 9999. */
    DateView formatted(ArticleDate date) {
        ZonedDateTime local = date.value().withZoneSameInstant(zone);
        if (!date.timeKnown()) {
            return new DateView(local.toLocalDate().toString(), day.formatter().format(local));
        }
        return new DateView(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.withNano(0)),
                dayAndTime.formatter().format(local));
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

    private static StringBuilder isoDay(StringBuilder out, LocalDate date) {
        out.append(date.getYear()).append('-');
        return DatePattern.two(DatePattern.two(out, date.getMonthValue()).append('-'), date.getDayOfMonth());
    }
}
