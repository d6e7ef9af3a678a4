package org.dateline.model;

import java.io.Serializable;
import java.time.ZonedDateTime;

/**
 * When something happened, and whether the source gave the time of day or only the date (so a
 * date-only article is never shown as published "at 00:00").
 */
public record ArticleDate(ZonedDateTime value, boolean timeKnown) implements Comparable<ArticleDate>, Serializable {

    private static final long serialVersionUID = 1L;

    public ArticleDate {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    @Override
    public int compareTo(ArticleDate other) {
        return value.toInstant().compareTo(other.value.toInstant());
    }
}
