package org.dateline.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.TreeMap;

/**
 * All terms of one kind. Names that differ only in letter case or surrounding spaces are one term,
 * shown as most articles spell it.
 */
public final class Taxonomy {

    /** A to Z, ignoring case; equal names in code-point order. */
    public static final Comparator<Term> BY_NAME = Comparator
            .comparing((Term t) -> t.name().toLowerCase(Locale.ROOT))
            .thenComparing(Term::name);

    private final TermKind kind;
    private final List<Term> byName;
    private final List<Term> byCount;
    private final Map<String, Term> byKey;

    private Taxonomy(TermKind kind, List<Term> byName) {
        this.kind = kind;
        this.byName = List.copyOf(byName);
        List<Term> counted = new ArrayList<>(byName);
        counted.sort(Comparator.comparingInt(Term::count).reversed().thenComparing(BY_NAME));
        this.byCount = List.copyOf(counted);
        this.byKey = new HashMap<>();
        for (Term term : byName) {
            byKey.put(key(term.name()), term);
        }
    }

    /** @param sorted published articles, newest first */
    public static Taxonomy of(TermKind kind, List<Article> sorted) {
        return of(kind, sorted, kind::namesOf);
    }

    /** @param names the names of this kind each article has */
    static Taxonomy of(TermKind kind, List<Article> sorted, Function<Article, List<String>> names) {
        Map<String, Gathered> byKey = new LinkedHashMap<>();
        for (Article article : sorted) {
            for (String name : names.apply(article)) {
                String spelling = name.strip();
                if (spelling.isEmpty()) {
                    continue;
                }
                String key = spelling.toLowerCase(Locale.ROOT);
                Gathered term = byKey.get(key);
                if (term == null) {
                    byKey.put(key, new Gathered(article, spelling));
                } else {
                    term.add(article, spelling);
                }
            }
        }
        List<Term> terms = new ArrayList<>(byKey.size());
        for (Gathered term : byKey.values()) {
            terms.add(new Term(kind, term.mostUsed(), term.articles));
        }
        terms.sort(BY_NAME);
        return new Taxonomy(kind, terms);
    }

    /**
     * One term's articles and spellings as they are gathered. Nearly every term is spelt one way, so
     * the count of each spelling is kept only once a second one turns up.
     */
    private static final class Gathered {
        final List<Article> articles = new ArrayList<>();
        final String first;
        int firstCount;
        /** Every spelling and how many articles use it, in code-point order; null while there is one. */
        Map<String, Integer> spellings;

        Gathered(Article article, String spelling) {
            articles.add(article);
            first = spelling;
            firstCount = 1;
        }

        void add(Article article, String spelling) {
            if (articles.get(articles.size() - 1) != article) {
                articles.add(article);
            }
            if (spellings == null && spelling.equals(first)) {
                firstCount++;
                return;
            }
            if (spellings == null) {
                spellings = new TreeMap<>();
                spellings.put(first, firstCount);
            }
            spellings.merge(spelling, 1, Integer::sum);
        }

        /** The most used spelling; among equals, the first in code-point order. */
        String mostUsed() {
            if (spellings == null) {
                return first;
            }
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> e : spellings.entrySet()) {
                if (e.getValue() > most) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            return best;
        }
    }

    public TermKind kind() {
        return kind;
    }

    /** Every term, A to Z. */
    public List<Term> byName() {
        return byName;
    }

    /** Every term, most articles first, then A to Z. */
    public List<Term> byCount() {
        return byCount;
    }

    /** The term an article's {@code name} belongs to, or null. */
    public Term find(String name) {
        return byKey.get(key(name));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
