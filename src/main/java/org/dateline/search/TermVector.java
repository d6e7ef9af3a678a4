package org.dateline.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dateline.model.Article;

/**
 * One article as the index sees it: each term with its weighted count (a word in the headline
 * counts {@value #HEADLINE} times, in the deck, tags, authors, source or section {@value #META} times, in
 * the body once), the article's length in terms, and its section as a field term
 * ({@value #SECTION_FIELD}slug) for filtering. Made when the article is read, kept in the build
 * cache, so a rebuild indexes an unchanged article without reading its text again.
 *
 * @param length how many terms the article has (headline and body), for length normalisation
 * @param weights every term and its weighted count, sorted
 */
public record TermVector(int length, SortedMap<String, Integer> weights) {

    public static final int HEADLINE = 5;
    public static final int META = 2;
    /** Prefix of the field term that marks an article's section; no word can contain the colon. */
    public static final String SECTION_FIELD = "s:";

    public TermVector {
        weights = Collections.unmodifiableSortedMap(new TreeMap<>(weights));
    }

    /** The terms of {@code article}, whose body reads as {@code bodyText}. */
    public static TermVector of(Article article, String bodyText, Analyzer analyzer) {
        TreeMap<String, Integer> weights = new TreeMap<>();
        int length = add(analyzer.terms(article.title()), HEADLINE, weights);
        add(analyzer.terms(article.summary()), META, weights);
        for (List<String> names : List.of(article.tags(), article.authors(), List.of(article.source(), article.section()))) {
            for (String name : names) {
                add(analyzer.terms(name), META, weights);
            }
        }
        length += add(analyzer.terms(article.dateline() + " " + article.caption() + " " + bodyText), 1, weights);
        if (!article.sectionSlug().isEmpty()) {
            weights.put(SECTION_FIELD + article.sectionSlug(), 1);
        }
        return new TermVector(length, weights);
    }

    private static int add(List<String> terms, int weight, Map<String, Integer> weights) {
        for (String term : terms) {
            weights.merge(term, weight, Integer::sum);
        }
        return terms.size();
    }

    /** Whether {@code term} is a field term rather than a word of the text. */
    public static boolean isField(String term) {
        return term.startsWith(SECTION_FIELD);
    }

    /** One line of the length, then a line per term: the term, a space, its weight. */
    public String encode() {
        StringBuilder out = new StringBuilder(weights.size() * 12);
        out.append(length);
        weights.forEach((term, weight) -> out.append('\n').append(term).append(' ').append(weight));
        return out.toString();
    }

    public static TermVector decode(String encoded) {
        String[] lines = encoded.split("\n");
        TreeMap<String, Integer> weights = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int space = lines[i].lastIndexOf(' ');
            weights.put(lines[i].substring(0, space), Integer.parseInt(lines[i].substring(space + 1)));
        }
        return new TermVector(Integer.parseInt(lines[0]), weights);
    }
}
