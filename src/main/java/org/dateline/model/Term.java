package org.dateline.model;

import java.util.List;

/**
 * A tag, author or source, with its articles newest first. Its URL is the plan's business.
 *
 * @param name the name as most articles spell it
 */
public record Term(TermKind kind, String name, List<Article> articles) {

    public Term {
        articles = List.copyOf(articles);
    }

    public int count() {
        return articles.size();
    }
}
