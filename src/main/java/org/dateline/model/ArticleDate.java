package org.dateline.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * When something happened, and whether the source gave the time of day or only the date (so a
 * date-only article is never shown as published "at 00:00"). The instant's second is kept beside
 * the date: sorts, searches and "read next" compare it for every article, and working it out from
 * the date each time (following the date's five objects to it) was a quarter of choosing "read next".
 */
public record ArticleDate(ZonedDateTime value, boolean timeKnown, long epochSecond) implements Comparable<ArticleDate> {

    public ArticleDate {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
        if (epochSecond != value.toEpochSecond()) {
            throw new IllegalArgumentException("epochSecond " + epochSecond + " is not the second of " + value);
        }
    }

    public ArticleDate(ZonedDateTime value, boolean timeKnown) {
        this(value, timeKnown, value == null ? 0 : value.toEpochSecond());
    }

    @Override
    public int compareTo(ArticleDate other) {
        // As Instant.compareTo, without making two Instants: this runs in every sort of the archive.
        int bySecond = Long.compare(epochSecond, other.epochSecond);
        return bySecond != 0 ? bySecond : Integer.compare(value.getNano(), other.value.getNano());
    }

    /** Whether this instant is after {@code instant} (as {@code value().toInstant().isAfter(instant)}, making no Instant). */
    public boolean isAfter(Instant instant) {
        int bySecond = Long.compare(epochSecond, instant.getEpochSecond());
        return bySecond > 0 || bySecond == 0 && value.getNano() > instant.getNano();
    }

    /** Whether this instant is before {@code instant} (as {@code value().toInstant().isBefore(instant)}, making no Instant). */
    public boolean isBefore(Instant instant) {
        int bySecond = Long.compare(epochSecond, instant.getEpochSecond());
        return bySecond < 0 || bySecond == 0 && value.getNano() < instant.getNano();
    }

    /** The offset from UTC that {@code zone} has at this instant. */
    public ZoneOffset offsetIn(ZoneId zone) {
        return zone instanceof ZoneOffset fixed ? fixed : zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond));
    }

    /**
     * The day this instant falls on in {@code zone}, as {@code value().withZoneSameInstant(zone).toLocalDate()}
     * gives it, without making a date-time on the way: the model, the search index and listings ask
     * this of every article.
     */
    public LocalDate dayIn(ZoneId zone) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochSecond + offsetIn(zone).getTotalSeconds(), 86_400L));
    }
}
