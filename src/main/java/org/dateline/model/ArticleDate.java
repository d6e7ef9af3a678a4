package org.dateline.model;

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
}
