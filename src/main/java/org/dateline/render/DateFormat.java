package org.dateline.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dateline.model.ArticleDate;

/** Dates for people and for machines, in the site's zone and language. */
public final class DateFormat {

    private final ZoneId zone;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayAndTime;
    private final DateTimeFormatter monthOfYear;

    public DateFormat(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.day = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
        this.dayAndTime = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm z", locale);
        this.monthOfYear = DateTimeFormatter.ofPattern("LLLL uuuu", locale);
    }

    /** "March 2024". */
    public String monthName(YearMonth month) {
        return monthOfYear.format(month);
    }

    /** "5 March 2024". */
    public String dayName(LocalDate date) {
        return day.format(date);
    }

    /** The day of {@code date} in the site's zone, without the time: {@code 2024-03-05}, "5 March 2024". */
    public DateView day(ArticleDate date) {
        LocalDate local = date.value().withZoneSameInstant(zone).toLocalDate();
        return new DateView(local.toString(), day.format(local));
    }

    /** The view of {@code date}, or null for none. */
    public DateView view(ArticleDate date) {
        if (date == null) {
            return null;
        }
        ZonedDateTime local = date.value().withZoneSameInstant(zone);
        if (!date.timeKnown()) {
            return new DateView(local.toLocalDate().toString(), day.format(local));
        }
        return new DateView(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.withNano(0)), dayAndTime.format(local));
    }
}
