package org.dateline.search;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
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
 * @param forms for a language the browser does not stem, each word whose stem is another, with its
 *     stem; empty for English
 */
public record TermVector(int length, SortedMap<String, Integer> weights, SortedMap<String, String> forms) {

    /** What starts the line of a word and its stem in {@link #encode()}: no term can start with it. */
    static final char FORM = '=';

    public static final int HEADLINE = 5;
    public static final int META = 2;
    /** Prefix of the field term that marks an article's section; no word can contain the colon. */
    public static final String SECTION_FIELD = "s:";

    public TermVector {
        weights = Collections.unmodifiableSortedMap(new TreeMap<>(weights));
        forms = Collections.unmodifiableSortedMap(new TreeMap<>(forms));
    }

    public TermVector(int length, SortedMap<String, Integer> weights) {
        this(length, weights, new TreeMap<>());
    }

    /** The terms of {@code article}, whose body reads as {@code bodyText}. */
    public static TermVector of(Article article, String bodyText, Analyzer analyzer) {
        return decode(encoded(article, bodyText, analyzer));
    }

    /**
     * {@code of(article, bodyText, analyzer).encode()}, made without the sorted maps: what a build
     * keeps of every article it reads. The terms are counted in a hash map and their names sorted
     * once, as an array: putting a body's few hundred terms into a tree, and copying the tree for the
     * record, was a fifth of indexing an article.
     */
    public static String encoded(Article article, String bodyText, Analyzer analyzer) {
        Map<String, Integer> weights = new HashMap<>(256);
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
        TreeMap<String, String> forms = new TreeMap<>();
        if (!analyzer.browserStems()) {
            analyzer.forms(article.title() + " " + article.summary() + " " + String.join(" ", article.tags()) + " "
                    + article.section() + " " + article.dateline() + " " + article.caption() + " " + bodyText, forms);
        }
        String[] terms = weights.keySet().toArray(new String[0]);
        Arrays.sort(terms);
        StringBuilder out = new StringBuilder(terms.length * 12);
        out.append(length);
        for (String term : terms) {
            out.append('\n').append(term).append(' ').append(weights.get(term).intValue());
        }
        appendForms(forms, out);
        return out.toString();
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

    /**
     * One line of the length, then a line per term: the term, a space, its weight; then a line per
     * form: {@value #FORM}, the word, a space, its stem.
     */
    public String encode() {
        StringBuilder out = new StringBuilder(weights.size() * 12);
        out.append(length);
        weights.forEach((term, weight) -> out.append('\n').append(term).append(' ').append(weight));
        appendForms(forms, out);
        return out.toString();
    }

    private static void appendForms(SortedMap<String, String> forms, StringBuilder out) {
        forms.forEach((word, stem) -> out.append('\n').append(FORM).append(word).append(' ').append(stem));
    }

    public static TermVector decode(String encoded) {
        String[] lines = encoded.split("\n");
        TreeMap<String, Integer> weights = new TreeMap<>();
        TreeMap<String, String> forms = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int space = lines[i].lastIndexOf(' ');
            if (lines[i].charAt(0) == FORM) {
                forms.put(lines[i].substring(1, space), lines[i].substring(space + 1));
            } else {
                weights.put(lines[i].substring(0, space), Integer.parseInt(lines[i].substring(space + 1)));
            }
        }
        return new TermVector(Integer.parseInt(lines[0]), weights, forms);
    }
}
