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

    // The fields the hand-written path writes, as codes (a switch on ints is a jump table).
    private static final byte TEXT = 0;
    private static final byte DAY = 1;
    private static final byte DAY_2 = 2;
    private static final byte MONTH = 3;
    private static final byte MONTH_2 = 4;
    private static final byte MONTH_NAME = 5;
    private static final byte MONTH_NAME_STANDALONE = 6;
    private static final byte YEAR = 7;
    private static final byte HOUR = 8;
    private static final byte HOUR_2 = 9;
    private static final byte MINUTE = 10;
    private static final byte MINUTE_2 = 11;
    private static final byte ZONE = 12;
    /** Literal text of one character, appended as a char: most patterns' spaces and commas. */
    private static final byte CHAR = 13;

    private final String pattern;
    private final DateTimeFormatter formatter;
    /** Each part's field ({@link #TEXT} for literal text), in order; null when the pattern has others. */
    private final byte[] parts;
    /** The literal text of each {@link #TEXT} part, at its index. */
    private final String[] texts;
    /** The character of each {@link #CHAR} part, at its index. */
    private final char[] chars;
    /**
     * How many parts from the first are a day, a character, the month's name, a character and the
     * year ("5 March 2024", "5 mars 2024", "5 مارس 2024"): written straight, without the loop
     * (5), or 0 when the pattern does not start so.
     */
    private final int dayFirst;
    private final String[] monthNames = new String[12];
    private final String[] standaloneNames = new String[12];

    /** @throws IllegalArgumentException when the pattern is not one {@link DateTimeFormatter} takes */
    DatePattern(String pattern, Locale locale) {
        this.pattern = pattern;
        this.formatter = DateTimeFormatter.ofPattern(pattern, locale);
        List<Object> parsed = parse(pattern);
        this.parts = parsed == null ? null : new byte[parsed.size()];
        this.texts = parsed == null ? null : new String[parsed.size()];
        this.chars = parsed == null ? null : new char[parsed.size()];
        if (parts != null) {
            for (int i = 0; i < parts.length; i++) {
                if (parsed.get(i) instanceof String text && text.length() == 1) {
                    parts[i] = CHAR;
                    chars[i] = text.charAt(0);
                } else if (parsed.get(i) instanceof String text) {
                    texts[i] = text;
                } else {
                    parts[i] = (Byte) parsed.get(i);
                }
            }
            DateTimeFormatter full = DateTimeFormatter.ofPattern("MMMM", locale);
            DateTimeFormatter standalone = DateTimeFormatter.ofPattern("LLLL", locale);
            for (Month m : Month.values()) {
                LocalDate first = LocalDate.of(2000, m, 1);
                monthNames[m.ordinal()] = full.format(first);
                standaloneNames[m.ordinal()] = standalone.format(first);
            }
        }
        this.dayFirst = parts != null && parts.length >= 5 && parts[0] == DAY && parts[1] == CHAR
                && parts[2] == MONTH_NAME && parts[3] == CHAR && parts[4] == YEAR ? 5 : 0;
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
        if (dayFirst > 0) {
            out.append(date.getDayOfMonth()).append(chars[1]).append(monthNames[date.getMonthValue() - 1]).append(chars[3])
                    .append(date.getYear());
        }
        for (int i = dayFirst; i < parts.length; i++) {
            switch (parts[i]) {
                case CHAR -> out.append(chars[i]);
                case TEXT -> out.append(texts[i]);
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
                default -> throw new IllegalStateException("field " + parts[i]);
            }
        }
        return out;
    }

    static StringBuilder two(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /**
     * The pattern's parts, literal texts as {@link String}s and fields as {@link Byte}s; null when it
     * has a letter, a count of one or a section the hand-written path does not write.
     */
    private static List<Object> parse(String pattern) {
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
                Byte field = field(c, run - i);
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
        return parts;
    }

    private static Byte field(char letter, int count) {
        byte field = switch (letter) {
            case 'd' -> count == 1 ? DAY : count == 2 ? DAY_2 : TEXT;
            case 'M' -> count == 1 ? MONTH : count == 2 ? MONTH_2 : count == 4 ? MONTH_NAME : TEXT;
            case 'L' -> count == 1 ? MONTH : count == 2 ? MONTH_2 : count == 4 ? MONTH_NAME_STANDALONE : TEXT;
            // Four letters write the year as it is for 1000 to 9999, the only years written by hand.
            case 'u', 'y' -> count == 4 ? YEAR : TEXT;
            case 'H' -> count == 1 ? HOUR : count == 2 ? HOUR_2 : TEXT;
            case 'm' -> count == 1 ? MINUTE : count == 2 ? MINUTE_2 : TEXT;
            case 'z' -> count <= 3 ? ZONE : TEXT;
            default -> TEXT;
        };
        return field == TEXT ? null : field; // TEXT here: a letter the hand-written path does not write
    }
}
