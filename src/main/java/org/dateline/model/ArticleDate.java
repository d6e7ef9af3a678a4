package org.dateline.model;

import java.time.ZonedDateTime;

/**
 * When something happened, and whether the source gave the time of day or only the date (so a
 * date-only article is never shown as published "at 00:00").
 */
public record ArticleDate(ZonedDateTime value, boolean timeKnown) implements Comparable<ArticleDate> {

    public ArticleDate {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    @Override
    public int compareTo(ArticleDate other) {
        // As Instant.compareTo, without making two Instants: this runs in every sort of the archive.
        int bySecond = Long.compare(value.toEpochSecond(), other.value.toEpochSecond());
        return bySecond != 0 ? bySecond : Integer.compare(value.getNano(), other.value.getNano());
    }
}
