package org.dateline.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The archive by year, month and day, in the site's time zone, newest first; and the undated
 * articles, which are never given a made-up date. Each period's articles are a view of the
 * archive's sorted list (dated articles sorted newest first fall into contiguous runs), so the
 * index costs a few objects per period, not per article.
 */
public final class DateIndex {

    public record Day(LocalDate date, List<Article> articles) {
    }

    public record Month(YearMonth month, List<Article> articles, List<Day> days) {
    }

    public record Year(int year, List<Article> articles, List<Month> months) {
    }

    private final List<Year> years;
    private final List<Month> months;
    private final List<Day> days;
    private final List<Article> undated;
    private final Anniversaries anniversaries;

    private DateIndex(List<Year> years, List<Month> months, List<Day> days, List<Article> undated) {
        this.years = years;
        this.months = months;
        this.days = days;
        this.undated = undated;
        this.anniversaries = Anniversaries.of(days);
    }

    /** @param sorted articles in {@link Archive#NEWEST_FIRST} order */
    static DateIndex of(List<Article> sorted, ZoneId zone) {
        int dated = 0;
        while (dated < sorted.size() && sorted.get(dated).isDated()) {
            dated++;
        }
        List<Day> days = new ArrayList<>();
        int start = 0;
        LocalDate current = null;
        for (int i = 0; i <= dated; i++) {
            LocalDate date = i < dated ? localDate(sorted.get(i), zone) : null;
            if (current != null && !current.equals(date)) {
                days.add(new Day(current, sorted.subList(start, i)));
                start = i;
            }
            if (current == null) {
                start = i;
            }
            current = date;
        }
        List<Month> months = new ArrayList<>();
        List<Year> years = new ArrayList<>();
        List<Day> monthDays = new ArrayList<>();
        List<Month> yearMonths = new ArrayList<>();
        int monthStart = 0;
        int yearStart = 0;
        int offset = 0;
        for (int d = 0; d < days.size(); d++) {
            Day day = days.get(d);
            monthDays.add(day);
            offset += day.articles().size();
            Day next = d + 1 < days.size() ? days.get(d + 1) : null;
            YearMonth month = YearMonth.from(day.date());
            if (next == null || !YearMonth.from(next.date()).equals(month)) {
                Month m = new Month(month, sorted.subList(monthStart, offset), List.copyOf(monthDays));
                months.add(m);
                yearMonths.add(m);
                monthDays.clear();
                monthStart = offset;
            }
            if (next == null || next.date().getYear() != day.date().getYear()) {
                years.add(new Year(day.date().getYear(), sorted.subList(yearStart, offset), List.copyOf(yearMonths)));
                yearMonths.clear();
                yearStart = offset;
            }
        }
        return new DateIndex(List.copyOf(years), List.copyOf(months), List.copyOf(days),
                sorted.subList(dated, sorted.size()));
    }

    /** The day an article is filed under: its date in the site's zone. */
    public static LocalDate localDate(Article article, ZoneId zone) {
        return article.date().dayIn(zone);
    }

    /** Years with articles, newest first. */
    public List<Year> years() {
        return years;
    }

    /** Every month with articles, newest first, across all years. */
    public List<Month> months() {
        return months;
    }

    /** Every day with articles, newest first, across all years. */
    public List<Day> days() {
        return days;
    }

    /** The calendar days with articles in more than one year. */
    public Anniversaries anniversaries() {
        return anniversaries;
    }

    /** Articles without a date, in headline order. */
    public List<Article> undated() {
        return undated;
    }
}
