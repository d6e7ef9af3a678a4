package org.dateline.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

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
        Tally shared = new Tally(article.tags().size() * (2 * WINDOW + 1));
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
                    shared.add(candidate);
                }
            }
        }
        // Only the best few are wanted: keep them as they come rather than sort every candidate.
        Best best = new Best(limit);
        for (int i = 0; i < shared.keys.length; i++) {
            Article candidate = shared.keys[i];
            if (candidate != null) {
                best.offer(new Candidate(candidate, shared.counts[i], distance(article, candidate)));
            }
        }
        List<Article> chosen = best.articles();
        if (chosen.size() < limit && section != null) {
            Best nearby = new Best(limit);
            List<Article> sorted = section.articles();
            int at = position(sorted, article);
            for (int i = Math.max(0, at - WINDOW), end = Math.min(sorted.size(), at + WINDOW + 1); i < end; i++) {
                Article candidate = sorted.get(i);
                // Every article sharing a tag is chosen already when there is room left.
                if (candidate != article && !shared.contains(candidate)) {
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

    /**
     * How many of the article's tags each candidate shares: a table by identity with a count in
     * each slot, one probe a tag, since every article page counts a few hundred (a map's merge
     * looked each up twice and was a few per cent of a large build).
     */
    private static final class Tally {
        private Article[] keys;
        private int[] counts;
        private int size;

        Tally(int expected) {
            int capacity = 16;
            while (capacity < expected) {
                capacity <<= 1;
            }
            keys = new Article[capacity];
            counts = new int[capacity];
        }

        void add(Article candidate) {
            int at = slot(candidate);
            if (keys[at] == candidate) {
                counts[at]++;
                return;
            }
            keys[at] = candidate;
            counts[at] = 1;
            if (++size * 2 > keys.length) {
                grow();
            }
        }

        boolean contains(Article candidate) {
            return keys[slot(candidate)] == candidate;
        }

        /** Where {@code candidate} is, or the empty slot where it would go. */
        private int slot(Article candidate) {
            int mask = keys.length - 1;
            int hash = System.identityHashCode(candidate);
            int at = (hash ^ hash >>> 16) & mask;
            while (keys[at] != null && keys[at] != candidate) {
                at = (at + 1) & mask;
            }
            return at;
        }

        private void grow() {
            Article[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new Article[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    int at = slot(oldKeys[i]);
                    keys[at] = oldKeys[i];
                    counts[at] = oldCounts[i];
                }
            }
        }
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
