package org.dateline.model;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The calendar days (a month and a day, any year) that have articles in more than one year: what an
 * "on this day" page shows. A day with articles in one year only has nothing to look back on.
 */
public final class Anniversaries {

    /**
     * One calendar day and its dates with articles, one per year, newest year first.
     *
     * @param years each year's day of the date index (its articles newest first)
     */
    public record Anniversary(MonthDay day, List<DateIndex.Day> years) {

        public Anniversary {
            years = List.copyOf(years);
        }

        /** How many articles the day has across its years. */
        public int count() {
            int count = 0;
            for (DateIndex.Day year : years) {
                count += year.articles().size();
            }
            return count;
        }
    }

    private final Map<MonthDay, Anniversary> byDay;

    private Anniversaries(Map<MonthDay, Anniversary> byDay) {
        this.byDay = byDay;
    }

    /** @param days every day with articles, newest first, as {@link DateIndex#days()} has them */
    public static Anniversaries of(List<DateIndex.Day> days) {
        Map<MonthDay, List<DateIndex.Day>> grouped = new TreeMap<>();
        for (DateIndex.Day day : days) {
            grouped.computeIfAbsent(MonthDay.from(day.date()), d -> new ArrayList<>()).add(day);
        }
        Map<MonthDay, Anniversary> byDay = new TreeMap<>();
        grouped.forEach((day, years) -> {
            if (years.size() > 1) {
                byDay.put(day, new Anniversary(day, years));
            }
        });
        return new Anniversaries(byDay);
    }

    /** Every anniversary in calendar order, 1 January first. */
    public List<Anniversary> all() {
        return List.copyOf(byDay.values());
    }

    /** The anniversary of {@code day}, or null when it has articles in one year or none. */
    public Anniversary of(MonthDay day) {
        return byDay.get(day);
    }

    public boolean isEmpty() {
        return byDay.isEmpty();
    }
}
