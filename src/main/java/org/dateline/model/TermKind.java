package org.dateline.model;

import java.util.List;
import java.util.function.Function;

/** The ways articles are grouped besides sections and dates, each with its own URL folder. */
public enum TermKind {
    TAG("tags", "Tag", "Tags", Article::tags),
    AUTHOR("authors", "Author", "Authors", Article::authors),
    SOURCE("sources", "Source", "Sources", a -> a.source().isEmpty() ? List.of() : List.of(a.source())),
    /** People the articles name, found in their text ({@link Entities}): the archive, not the article, says which. */
    PERSON("people", "Person", "People", a -> List.of()),
    PLACE("places", "Place", "Places", a -> List.of()),
    ORGANISATION("organisations", "Organisation", "Organisations", a -> List.of());

    private final String folder;
    private final String singular;
    private final String plural;
    private final Function<Article, List<String>> names;

    TermKind(String folder, String singular, String plural, Function<Article, List<String>> names) {
        this.folder = folder;
        this.singular = singular;
        this.plural = plural;
        this.names = names;
    }

    /** The URL folder of this kind's pages: {@code tags}, {@code authors}, {@code sources}. */
    public String folder() {
        return folder;
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return plural;
    }

    /** Whether terms of this kind are found in the text across the archive, rather than written in front matter. */
    public boolean isEntity() {
        return this == PERSON || this == PLACE || this == ORGANISATION;
    }

    /** The names of this kind an article carries in its front matter (none for entities). */
    public List<String> namesOf(Article article) {
        return names.apply(article);
    }
}
