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

    /** An article that might be read next: how many tags it shares, and how far apart in time. */
    private record Candidate(Article article, int shared, long distance) {
    }

    private static final Comparator<Candidate> BY_RANK = Comparator.comparingInt(Candidate::shared).reversed()
            .thenComparingLong(Candidate::distance)
            .thenComparing(Candidate::article, Archive.NEWEST_FIRST);

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
        // Each candidate's rank is worked out once, not in every comparison of the sort.
        List<Candidate> ranked = new ArrayList<>(shared.size());
        shared.forEach((candidate, count) -> ranked.add(new Candidate(candidate, count, distance(article, candidate))));
        ranked.sort(BY_RANK);
        Set<Article> chosen = new LinkedHashSet<>();
        for (int i = 0; i < ranked.size() && chosen.size() < limit; i++) {
            chosen.add(ranked.get(i).article());
        }
        if (chosen.size() < limit && section != null) {
            List<Candidate> nearby = new ArrayList<>();
            for (Article candidate : window(section.articles(), article)) {
                if (candidate != article) {
                    nearby.add(new Candidate(candidate, 0, distance(article, candidate)));
                }
            }
            nearby.sort(BY_RANK);
            for (Candidate candidate : nearby) {
                if (chosen.size() >= limit) {
                    break;
                }
                chosen.add(candidate.article());
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
