package org.dateline.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import org.dateline.model.ArticleDate;

/**
 * Reads the dates people write in front matter: ISO 8601 / RFC 3339 with or without time, seconds,
 * fractions and zone ({@code 2024-03-05}, {@code 2024-03-05 14:00}, {@code 2024-03-05T09:30:00Z},
 * {@code 2024-03-05T09:30:00+01:00}), Jekyll's {@code 2024-09-12 08:15:00 +0200}, a zone name in
 * brackets, and RFC 1123 ({@code Tue, 5 Mar 2024 09:30:00 GMT}); failing those, the freer forms
 * Jekyll's Ruby parser takes ({@link FreeFormDate}). A date without a zone is in the site's zone.
 */
public final class DateParser {

    /** What the accepted forms look like, for problem messages. */
    public static final String FORMATS = "2024-03-05, 2024-03-05 14:30, 2024-03-05T14:30:00Z or 2024-03-05T14:30:00+01:00";

    private static final DateTimeFormatter ISO_LIKE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .optionalStart()
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalStart().appendLiteral('[').appendZoneRegionId().appendLiteral(']').optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private DateParser() {
    }

    /**
     * @param text the date as written
     * @param zone the zone for a date that names none
     * @return the date, or empty when it is in none of the accepted forms or does not exist (31 February)
     */
    public static Optional<ArticleDate> parse(String text, ZoneId zone) {
        String trimmed = text.strip();
        ArticleDate common = commonForm(trimmed, zone);
        return common != null ? Optional.of(common) : formatted(trimmed, zone);
    }

    /** {@code text}, trimmed, read by the formatters: every accepted form. */
    static Optional<ArticleDate> formatted(String trimmed, ZoneId zone) {
        try {
            TemporalAccessor parsed = ISO_LIKE.parseBest(trimmed.replace("UTC", "Z"),
                    ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof ZonedDateTime zoned) {
                return Optional.of(new ArticleDate(zoned, true));
            }
            if (parsed instanceof LocalDateTime local) {
                return Optional.of(new ArticleDate(local.atZone(zone), true));
            }
            return Optional.of(new ArticleDate(((LocalDate) parsed).atStartOfDay(zone), false));
        } catch (DateTimeParseException e) {
            // not ISO-like; try the e-mail form below
        }
        try {
            return Optional.of(new ArticleDate(ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME), true));
        } catch (DateTimeParseException e) {
            return FreeFormDate.parse(trimmed, zone);
        }
    }

    /**
     * {@code 2024-03-05} or {@code 2024-03-05T09:30:00Z}, the forms nearly every archive writes,
     * read digit by digit rather than by the general formatter (a twentieth of reading an article at
     * 100,000 articles); null for anything else, and for a date among them that does not exist,
     * which the formatter then reads or refuses.
     */
    static ArticleDate commonForm(String text, ZoneId zone) {
        int length = text.length();
        if (length != 10 && length != 20 || !isDigits(text, 0, 4) || text.charAt(4) != '-' || !isDigits(text, 5, 7)
                || text.charAt(7) != '-' || !isDigits(text, 8, 10)) {
            return null;
        }
        if (length == 20 && !(text.charAt(10) == 'T' && isDigits(text, 11, 13) && text.charAt(13) == ':'
                && isDigits(text, 14, 16) && text.charAt(16) == ':' && isDigits(text, 17, 19) && text.charAt(19) == 'Z')) {
            return null;
        }
        try {
            LocalDate day = LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
            if (length == 10) {
                return new ArticleDate(day.atStartOfDay(zone), false);
            }
            LocalTime time = LocalTime.of(number(text, 11, 13), number(text, 14, 16), number(text, 17, 19));
            return new ArticleDate(ZonedDateTime.of(day, time, ZoneOffset.UTC), true);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }
}
