package org.dateline.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.ArticleDate;

/**
 * Reads the freer dates that Jekyll (Ruby's {@code Time.parse}) and other generators accept and
 * real archives hold: {@code 2013-05-06 02:12:52 +0200}, {@code 2023-01-29 18:30:22 2023 -0800}
 * (the year repeated, as {@code Time#to_s} once wrote it), {@code May 6, 2013},
 * {@code 6 May 2013 10:00}, {@code Monday, 6th May 2013 10:00 pm PST}, {@code 2013/05/06}. A date
 * is read word by word: a day, a month (number or name), a year, a time, a zone; a weekday is
 * skipped. Anything else in the text, or a part given twice with two values, and it is not a date.
 */
final class FreeFormDate {

    private static final Pattern NUMERIC_DAY = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?(am|pm)?(Z|[+-]\\d{2}(?::?\\d{2})?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFSET = Pattern.compile("(?:UTC|GMT)?([+-])(\\d{1,2})(?::?(\\d{2}))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final String[] WEEKDAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    /** The zone abbreviations Ruby's Time.parse knows (North American and universal ones). */
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
            Map.entry("z", 0), Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0),
            Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6), Map.entry("cdt", -5),
            Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7));

    private FreeFormDate() {
    }

    /** The date {@code text} names, or empty when it is not one. */
    static Optional<ArticleDate> parse(String text, ZoneId siteZone) {
        Parts parts = new Parts();
        for (String word : text.replace(',', ' ').strip().split("\\s+")) {
            if (word.isEmpty() || !parts.take(word)) {
                return Optional.empty();
            }
        }
        return parts.date(siteZone);
    }

    /** The parts of a date seen so far; -1 where not yet seen. */
    private static final class Parts {
        int year = -1;
        int month = -1;
        int day = -1;
        LocalTime time;
        String meridiem;
        ZoneId zone;

        boolean take(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            Matcher m;
            if ((m = NUMERIC_DAY.matcher(word)).matches()) {
                return set(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            int t = word.indexOf('T');
            if (t == 10 && NUMERIC_DAY.matcher(word.substring(0, 10)).matches()) {
                return take(word.substring(0, 10)) && take(word.substring(11));
            }
            if ((m = TIME.matcher(word)).matches()) {
                return time(m);
            }
            if (lower.equals("am") || lower.equals("pm") || lower.equals("a.m.") || lower.equals("p.m.")) {
                if (meridiem != null) {
                    return false;
                }
                meridiem = lower.substring(0, 1) + "m";
                return true;
            }
            if (YEAR.matcher(word).matches()) {
                int value = Integer.parseInt(word);
                if (year >= 0) {
                    return year == value; // the year written twice: "2023-01-29 18:30:22 2023 -0800"
                }
                year = value;
                return true;
            }
            if ((m = DAY.matcher(word)).matches()) {
                if (day >= 0) {
                    return false;
                }
                day = Integer.parseInt(m.group(1));
                return true;
            }
            int monthIndex = nameIndex(lower, MONTHS);
            if (monthIndex >= 0) {
                if (month >= 0) {
                    return false;
                }
                month = monthIndex + 1;
                return true;
            }
            if (nameIndex(lower, WEEKDAYS) >= 0) {
                return true;
            }
            return zone(word);
        }

        private boolean set(int y, int mo, int d) {
            if (year >= 0 || month >= 0 || day >= 0) {
                return false;
            }
            year = y;
            month = mo;
            day = d;
            return true;
        }

        private boolean time(Matcher m) {
            if (time != null) {
                return false;
            }
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            int nanos = m.group(4) == null ? 0 : Integer.parseInt((m.group(4) + "00000000").substring(0, 9));
            if (hour > 23 || minute > 59 || second > 59) {
                return false;
            }
            time = LocalTime.of(hour, minute, second, nanos);
            if (m.group(5) != null) {
                meridiem = m.group(5).toLowerCase(Locale.ROOT);
            }
            return m.group(6) == null || zone(m.group(6));
        }

        private boolean zone(String word) {
            if (zone != null) {
                return false;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            Integer hours = ZONE_HOURS.get(lower);
            if (hours != null) {
                zone = ZoneOffset.ofHours(hours);
                return true;
            }
            Matcher m = OFFSET.matcher(word);
            if (m.matches()) {
                int h = Integer.parseInt(m.group(2));
                int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                if (h > 18 || min > 59) {
                    return false;
                }
                int sign = m.group(1).equals("-") ? -1 : 1;
                zone = ZoneOffset.ofHoursMinutes(sign * h, sign * min);
                return true;
            }
            if (word.indexOf('/') > 0) {
                try {
                    zone = ZoneId.of(word);
                    return true;
                } catch (DateTimeException e) {
                    return false;
                }
            }
            return false;
        }

        Optional<ArticleDate> date(ZoneId siteZone) {
            if (year < 0 || month < 0 || day < 0 || meridiem != null && time == null) {
                return Optional.empty();
            }
            try {
                LocalDate local = LocalDate.of(year, month, day);
                ZoneId in = zone != null ? zone : siteZone;
                if (time == null) {
                    return Optional.of(new ArticleDate(local.atStartOfDay(in), false));
                }
                LocalTime at = time;
                if (meridiem != null) {
                    if (at.getHour() < 1 || at.getHour() > 12) {
                        return Optional.empty();
                    }
                    at = at.withHour(at.getHour() % 12 + (meridiem.equals("pm") ? 12 : 0));
                }
                return Optional.of(new ArticleDate(ZonedDateTime.of(local, at, in), true));
            } catch (DateTimeException e) {
                return Optional.empty(); // 31 February
            }
        }
    }

    /** The index of the name {@code word} spells (its first three letters or more, "sept" too), or -1. */
    private static int nameIndex(String word, String[] names) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (bare.length() < 3) {
            return -1;
        }
        for (int i = 0; i < names.length; i++) {
            if (bare.startsWith(names[i]) && fullName(names, i).startsWith(bare)) {
                return i;
            }
        }
        return -1;
    }

    private static String fullName(String[] names, int i) {
        String[] full = names == MONTHS
                ? new String[] {"january", "february", "march", "april", "may", "june", "july", "august",
                                "september", "october", "november", "december"}
                : new String[] {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        return full[i];
    }
}
