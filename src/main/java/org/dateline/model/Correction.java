package org.dateline.model;

import java.io.Serializable;

/** A dated note telling readers what was wrong in an earlier version; {@code date} may be null. */
public record Correction(ArticleDate date, String note) implements Serializable {

    private static final long serialVersionUID = 1L;
}
