package org.dateline.render;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A date pattern of {@link DateTimeFormatter}, taken apart so the common case is written by hand:
 * when the pattern has only the day, the month (its name or number), a four-digit year, hours,
 * minutes, the zone's short name and literal text, {@link #write} gives the formatter's bytes at a
 * fraction of its cost. Any other pattern is left to the formatter ({@link #fast()} is false).
 */
final class DatePattern {

    /** A field the hand-written path writes. */
    private enum Field {
        DAY, DAY_2, MONTH, MONTH_2, MONTH_NAME, MONTH_NAME_STANDALONE, YEAR, HOUR, HOUR_2, MINUTE, MINUTE_2, ZONE
    }

    private final String pattern;
    private final DateTimeFormatter formatter;
    /** Literal text as {@link String}s and fields as {@link Field}s, in order; null when the pattern has others. */
    private final Object[] parts;
    private final String[] monthNames = new String[12];
    private final String[] standaloneNames = new String[12];

    /** @throws IllegalArgumentException when the pattern is not one {@link DateTimeFormatter} takes */
    DatePattern(String pattern, Locale locale) {
        this.pattern = pattern;
        this.formatter = DateTimeFormatter.ofPattern(pattern, locale);
        this.parts = parse(pattern);
        if (parts != null) {
            DateTimeFormatter full = DateTimeFormatter.ofPattern("MMMM", locale);
            DateTimeFormatter standalone = DateTimeFormatter.ofPattern("LLLL", locale);
            for (Month m : Month.values()) {
                LocalDate first = LocalDate.of(2000, m, 1);
                monthNames[m.ordinal()] = full.format(first);
                standaloneNames[m.ordinal()] = standalone.format(first);
            }
        }
    }

    String pattern() {
        return pattern;
    }

    DateTimeFormatter formatter() {
        return formatter;
    }

    /** Whether {@link #write} may be used: the pattern has only the fields it writes. */
    boolean fast() {
        return parts != null;
    }

    /**
     * Writes {@code date} (a year from 1000 to 9999) at {@code secondOfDay} as the formatter would.
     *
     * @param zone the zone's short name as the formatter writes it; only read when the pattern shows it
     */
    StringBuilder write(StringBuilder out, LocalDate date, int secondOfDay, String zone) {
        for (Object part : parts) {
            if (part instanceof String text) {
                out.append(text);
                continue;
            }
            switch ((Field) part) {
                case DAY -> out.append(date.getDayOfMonth());
                case DAY_2 -> two(out, date.getDayOfMonth());
                case MONTH -> out.append(date.getMonthValue());
                case MONTH_2 -> two(out, date.getMonthValue());
                case MONTH_NAME -> out.append(monthNames[date.getMonthValue() - 1]);
                case MONTH_NAME_STANDALONE -> out.append(standaloneNames[date.getMonthValue() - 1]);
                case YEAR -> out.append(date.getYear());
                case HOUR -> out.append(secondOfDay / 3600);
                case HOUR_2 -> two(out, secondOfDay / 3600);
                case MINUTE -> out.append(secondOfDay / 60 % 60);
                case MINUTE_2 -> two(out, secondOfDay / 60 % 60);
                case ZONE -> out.append(zone);
                default -> throw new IllegalStateException(part.toString());
            }
        }
        return out;
    }

    static StringBuilder two(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** The pattern's parts, or null when it has a letter, a count of one or a section the hand-written path does not write. */
    private static Object[] parse(String pattern) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                int end = i + 1;
                if (end < pattern.length() && pattern.charAt(end) == '\'') {
                    literal.append('\'');
                    i += 2;
                    continue;
                }
                // Quoted text, in which '' is one quote.
                while (end < pattern.length()) {
                    if (pattern.charAt(end) == '\'') {
                        if (end + 1 < pattern.length() && pattern.charAt(end + 1) == '\'') {
                            literal.append('\'');
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    literal.append(pattern.charAt(end++));
                }
                i = end + 1;
                continue;
            }
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                int run = i;
                while (run < pattern.length() && pattern.charAt(run) == c) {
                    run++;
                }
                Field field = field(c, run - i);
                if (field == null) {
                    return null;
                }
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(field);
                i = run;
                continue;
            }
            if (c == '[' || c == ']' || c == '{' || c == '}' || c == '#') {
                return null; // optional sections and reserved characters: the formatter's business
            }
            literal.append(c);
            i++;
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return parts.toArray();
    }

    private static Field field(char letter, int count) {
        return switch (letter) {
            case 'd' -> count == 1 ? Field.DAY : count == 2 ? Field.DAY_2 : null;
            case 'M' -> count == 1 ? Field.MONTH : count == 2 ? Field.MONTH_2 : count == 4 ? Field.MONTH_NAME : null;
            case 'L' -> count == 1 ? Field.MONTH : count == 2 ? Field.MONTH_2 : count == 4 ? Field.MONTH_NAME_STANDALONE : null;
            // Four letters write the year as it is for 1000 to 9999, the only years written by hand.
            case 'u', 'y' -> count == 4 ? Field.YEAR : null;
            case 'H' -> count == 1 ? Field.HOUR : count == 2 ? Field.HOUR_2 : null;
            case 'm' -> count == 1 ? Field.MINUTE : count == 2 ? Field.MINUTE_2 : null;
            case 'z' -> count <= 3 ? Field.ZONE : null;
            default -> null;
        };
    }
}
