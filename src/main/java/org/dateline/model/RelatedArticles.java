package org.dateline.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Up to a few articles to read next: those sharing the most tags, then the nearest in time, then
 * the nearest in the same section. Candidates come only from a window of each tag's list around
 * the article (the lists are sorted by date, so the window holds the nearest in time), which keeps
 * the work per article constant however large the archive and its tags grow — no all-pairs
 * comparison.
 */
public final class RelatedArticles {

    /** How many neighbours on each side of the article each tag contributes. */
    static final int WINDOW = 25;

    private RelatedArticles() {
    }

    public static List<Article> of(Article article, Archive archive, Section section, int limit) {
        Map<Article, Integer> shared = new IdentityHashMap<>();
        Taxonomy tags = archive.terms(TermKind.TAG);
        for (String tag : article.tags()) {
            Term term = tags.find(tag);
            if (term == null) {
                continue;
            }
            for (Article candidate : window(term.articles(), article)) {
                if (candidate != article) {
                    shared.merge(candidate, 1, Integer::sum);
                }
            }
        }
        List<Article> ranked = new ArrayList<>(shared.keySet());
        ranked.sort(Comparator.<Article>comparingInt(shared::get).reversed()
                .thenComparingLong(c -> distance(article, c))
                .thenComparing(Archive.NEWEST_FIRST));
        Set<Article> chosen = new LinkedHashSet<>(ranked.subList(0, Math.min(limit, ranked.size())));
        if (chosen.size() < limit && section != null) {
            List<Article> nearby = new ArrayList<>(window(section.articles(), article));
            nearby.removeIf(c -> c == article);
            nearby.sort(Comparator.<Article>comparingLong(c -> distance(article, c)).thenComparing(Archive.NEWEST_FIRST));
            for (Article candidate : nearby) {
                if (chosen.size() >= limit) {
                    break;
                }
                chosen.add(candidate);
            }
        }
        return List.copyOf(chosen);
    }

    /** The articles around {@code article} in {@code sorted}, found by binary search. */
    private static List<Article> window(List<Article> sorted, Article article) {
        int at = Collections.binarySearch(sorted, article, Archive.NEWEST_FIRST);
        if (at < 0) {
            at = -at - 1;
        }
        return sorted.subList(Math.max(0, at - WINDOW), Math.min(sorted.size(), at + WINDOW + 1));
    }

    /** Seconds between two articles; undated ones are as far as can be from everything. */
    private static long distance(Article a, Article b) {
        if (!a.isDated() || !b.isDated()) {
            return Long.MAX_VALUE;
        }
        return Math.abs(a.date().value().toEpochSecond() - b.date().value().toEpochSecond());
    }
}
