package org.dateline.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
            List<Article> sorted = term.articles();
            int at = position(sorted, article);
            for (int i = Math.max(0, at - WINDOW), end = Math.min(sorted.size(), at + WINDOW + 1); i < end; i++) {
                Article candidate = sorted.get(i);
                if (candidate != article) {
                    shared.merge(candidate, 1, Integer::sum);
                }
            }
        }
        // Only the best few are wanted: keep them as they come rather than sort every candidate.
        Best best = new Best(limit);
        shared.forEach((candidate, count) -> best.offer(new Candidate(candidate, count, distance(article, candidate))));
        List<Article> chosen = best.articles();
        if (chosen.size() < limit && section != null) {
            Best nearby = new Best(limit);
            List<Article> sorted = section.articles();
            int at = position(sorted, article);
            for (int i = Math.max(0, at - WINDOW), end = Math.min(sorted.size(), at + WINDOW + 1); i < end; i++) {
                Article candidate = sorted.get(i);
                // Every article sharing a tag is chosen already when there is room left.
                if (candidate != article && !shared.containsKey(candidate)) {
                    nearby.offer(new Candidate(candidate, 0, distance(article, candidate)));
                }
            }
            for (Article candidate : nearby.articles()) {
                if (chosen.size() >= limit) {
                    break;
                }
                chosen.add(candidate);
            }
        }
        return List.copyOf(chosen);
    }

    /** The best candidates offered so far, best first, at most as many as asked for. */
    private static final class Best {
        private final Candidate[] kept;
        private int size;

        Best(int limit) {
            kept = new Candidate[limit];
        }

        void offer(Candidate candidate) {
            if (kept.length == 0 || size == kept.length && BY_RANK.compare(candidate, kept[size - 1]) >= 0) {
                return;
            }
            int at = size == kept.length ? size - 1 : size++;
            while (at > 0 && BY_RANK.compare(candidate, kept[at - 1]) < 0) {
                kept[at] = kept[at - 1];
                at--;
            }
            kept[at] = candidate;
        }

        List<Article> articles() {
            List<Article> articles = new ArrayList<>(kept.length);
            for (int i = 0; i < size; i++) {
                articles.add(kept[i].article());
            }
            return articles;
        }
    }

    /** Where {@code article} is, or would be, in {@code sorted}: its window of candidates is around it. */
    private static int position(List<Article> sorted, Article article) {
        int at = Collections.binarySearch(sorted, article, Archive.NEWEST_FIRST);
        return at < 0 ? -at - 1 : at;
    }

    /** Seconds between two articles; undated ones are as far as can be from everything. */
    private static long distance(Article a, Article b) {
        if (!a.isDated() || !b.isDated()) {
            return Long.MAX_VALUE;
        }
        return Math.abs(a.date().epochSecond() - b.date().epochSecond());
    }
}
