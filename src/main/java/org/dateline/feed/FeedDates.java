package org.dateline.feed;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The dates of feeds and sitemaps: RFC 3339 ({@code 2025-04-24T14:31:02Z}, as
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes it, to the second) and RFC 822
 * ({@code Thu, 24 Apr 2025 14:31:02 GMT}, as {@link DateTimeFormatter#RFC_1123_DATE_TIME} writes
 * it). Every item of every feed has them, so the usual dates (years 1000 to 9999, an offset of
 * whole minutes) are written here, digit by digit; any other goes to the JDK's formatters, which
 * then say the same.
 */
final class FeedDates {

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private FeedDates() {
    }

    /** RFC 3339, to the second. */
    static String iso(ZonedDateTime time) {
        int offset = time.getOffset().getTotalSeconds();
        if (!usual(time, offset)) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withNano(0));
        }
        StringBuilder out = new StringBuilder(25);
        out.append(time.getYear()).append('-');
        two(out, time.getMonthValue()).append('-');
        two(out, time.getDayOfMonth()).append('T');
        clock(out, time);
        if (offset == 0) {
            return out.append('Z').toString();
        }
        int minutes = Math.abs(offset) / 60;
        out.append(offset < 0 ? '-' : '+');
        return two(two(out, minutes / 60).append(':'), minutes % 60).toString();
    }

    /** RFC 822 as RSS has it: the day's name, the month's, four digits of year, "GMT" or an offset. */
    static String rfc822(ZonedDateTime time) {
        int offset = time.getOffset().getTotalSeconds();
        if (!usual(time, offset)) {
            return RFC_822.format(time);
        }
        StringBuilder out = new StringBuilder(31);
        out.append(DAYS[time.getDayOfWeek().ordinal()]).append(", ").append(time.getDayOfMonth()).append(' ')
                .append(MONTHS[time.getMonthValue() - 1]).append(' ').append(time.getYear()).append(' ');
        clock(out, time).append(' ');
        if (offset == 0) {
            return out.append("GMT").toString();
        }
        int minutes = Math.abs(offset) / 60;
        out.append(offset < 0 ? '-' : '+');
        return two(two(out, minutes / 60), minutes % 60).toString();
    }

    private static boolean usual(ZonedDateTime time, int offset) {
        return time.getYear() >= 1000 && time.getYear() <= 9999 && offset % 60 == 0;
    }

    private static StringBuilder clock(StringBuilder out, ZonedDateTime time) {
        two(out, time.getHour()).append(':');
        two(out, time.getMinute()).append(':');
        return two(out, time.getSecond());
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
