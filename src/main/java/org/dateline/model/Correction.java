package org.dateline.model;


/** A dated note telling readers what was wrong in an earlier version; {@code date} may be null. */
public record Correction(ArticleDate date, String note) {
}
