package org.dateline.model;

import java.util.List;

/**
 * A section of the archive (the first folder under {@code content/}, or what {@code section:} says),
 * with its articles newest first.
 */
public record Section(String name, String slug, List<Article> articles) {

    public Section {
        articles = List.copyOf(articles);
    }
}
