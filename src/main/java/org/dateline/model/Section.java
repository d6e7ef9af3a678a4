package org.dateline.model;

import java.util.List;

/**
 * A section of the archive (the first folder under {@code content/}, or what {@code section:} says),
 * with its articles newest first.
 *
 * @param description what its folder's {@code _index.md} says of it, or empty
 */
public record Section(String name, String slug, String description, List<Article> articles) {

    public Section {
        articles = List.copyOf(articles);
    }

    public Section(String name, String slug, List<Article> articles) {
        this(name, slug, "", articles);
    }
}
