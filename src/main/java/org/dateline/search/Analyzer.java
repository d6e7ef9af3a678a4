package org.dateline.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Turns text into index terms: {@link Tokenizer}'s words, less {@link StopWords}, each stemmed by
 * the Snowball English (Porter2) algorithm, so "elections", "elected" and "election" meet at
 * "elect". Numbers and words of other scripts pass through the stemmer unharmed. Not thread-safe
 * (the stemmer keeps state): one per thread.
 *
 * <p>The stemmer is Lucene's generated copy of Snowball's reference implementation rather than our
 * own: the browser's port in {@code search.js} is tested against it, word for word, so the
 * reference has to be the real algorithm and not a second copy of our own mistakes.
 */
public final class Analyzer {

    /** Stems by word: a news archive uses the same few thousand words again and again. */
    private static final int CACHE_LIMIT = 100_000;

    private final EnglishStemmer stemmer = new EnglishStemmer();
    private final Map<String, String> stems = new HashMap<>();

    /** The terms of {@code text}, in order, stop words left out. */
    public List<String> terms(String text) {
        List<String> words = Tokenizer.words(text);
        List<String> terms = new ArrayList<>(words.size());
        for (String word : words) {
            if (!StopWords.contains(word)) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

    /** The stem of one folded word. */
    public String stem(String word) {
        String known = stems.get(word);
        if (known != null) {
            return known;
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        if (stems.size() >= CACHE_LIMIT) {
            stems.clear();
        }
        stems.put(word, stem);
        return stem;
    }
}
