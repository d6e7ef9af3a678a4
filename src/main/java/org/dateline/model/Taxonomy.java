package org.dateline.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Map<String, List<Article>> articles = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Article article : sorted) {
            for (String name : kind.namesOf(article)) {
                String key = key(name);
                if (key.isEmpty()) {
                    continue;
                }
                List<Article> list = articles.computeIfAbsent(key, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != article) {
                    list.add(article);
                }
                spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(name.strip(), 1, Integer::sum);
            }
        }
        List<Term> terms = new ArrayList<>(articles.size());
        articles.forEach((key, list) -> terms.add(new Term(kind, mostUsed(spellings.get(key)), list)));
        terms.sort(BY_NAME);
        return new Taxonomy(kind, terms);
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

    /** The most used spelling; among equals, the first in code-point order (the map is sorted). */
    private static String mostUsed(Map<String, Integer> spellings) {
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

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
