package org.dateline.model;

import java.util.List;
import java.util.function.Function;

/** The ways articles are grouped besides sections and dates, each with its own URL folder. */
public enum TermKind {
    TAG("tags", "Tag", "Tags", Article::tags),
    AUTHOR("authors", "Author", "Authors", Article::authors),
    SOURCE("sources", "Source", "Sources", a -> a.source().isEmpty() ? List.of() : List.of(a.source()));

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

    /** The names of this kind an article carries. */
    public List<String> namesOf(Article article) {
        return names.apply(article);
    }
}
