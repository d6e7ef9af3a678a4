package org.dateline.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Turns text into index terms: {@link Tokenizer}'s words, less the language's {@link StopWords},
 * each stemmed by the language's Snowball algorithm, so "elections", "elected" and "election" meet
 * at "elect", and « élections », « élection » at « elect ». Numbers and words of other scripts pass
 * through the stemmer unharmed. In English an apostrophe inside a word is dropped; in every other
 * language it separates words (French elision: "l'élection"). Not thread-safe (the stemmer keeps state): one per thread.
 *
 * <p>The stemmers are Lucene's generated copies of Snowball's reference implementations rather
 * than our own. The browser stems English queries itself (its port in {@code search.js} is tested
 * against this one, word for word); for every other language the index carries the stem of each
 * word the archive uses ({@link #forms}), so the browser needs no stemmer of its own.
 */
public final class Analyzer {

    /** Stems by word: a news archive uses the same few thousand words again and again. */
    private static final int CACHE_LIMIT = 100_000;

    private final StopWords stopWords;
    private final SnowballStemmer stemmer;
    private final boolean english;
    private final Map<String, String> stems = new HashMap<>();

    /** English, as a site without a language has it. */
    public Analyzer() {
        this(StopWords.ENGLISH_WORDS, new EnglishStemmer(), true);
    }

    private Analyzer(StopWords stopWords, SnowballStemmer stemmer, boolean english) {
        this.stopWords = stopWords;
        this.stemmer = stemmer;
        this.english = english;
    }

    /**
     * The analyser for text in {@code language} (a BCP 47 tag): English, or the language's Snowball
     * stemmer and stop words where Lucene has them, or its words as they are.
     */
    public static Analyzer of(String language) {
        Languages.Analysis analysis = Languages.of(language);
        if (analysis == null) {
            return new Analyzer();
        }
        return new Analyzer(analysis.stopWords(), analysis.stemmer(), false);
    }

    /** Whether the browser stems this language's queries itself (English), rather than looking up {@link #forms}. */
    public boolean browserStems() {
        return english;
    }

    public StopWords stopWords() {
        return stopWords;
    }

    /** The terms of {@code text}, in order, stop words left out. */
    public List<String> terms(String text) {
        if (!english) {
            List<String[]> words = Tokenizer.wordsAsWritten(text);
            List<String> terms = new ArrayList<>(words.size());
            for (String[] word : words) {
                if (!stopWords.contains(word[1])) {
                    terms.add(stemAsWritten(word[0]));
                }
            }
            return terms;
        }
        List<String> words = Tokenizer.words(text);
        List<String> terms = new ArrayList<>(words.size());
        for (String word : words) {
            if (!stopWords.contains(word)) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

    /**
     * Adds to {@code forms} each word of {@code text} whose stem is not itself, by its folded form,
     * with its stem: what the browser looks a query's words up in, for a language it does not stem.
     */
    public void forms(String text, SortedMap<String, String> forms) {
        for (String[] word : Tokenizer.wordsAsWritten(text)) {
            if (!stopWords.contains(word[1])) {
                String stem = stemAsWritten(word[0]);
                if (!stem.equals(word[1])) {
                    forms.putIfAbsent(word[1], stem);
                }
            }
        }
    }

    /** The folded stem of a word as written (lower case, accents kept): the stemmer's rules read the accents. */
    private String stemAsWritten(String word) {
        String known = stems.get(word);
        if (known != null) {
            return known;
        }
        String stem;
        if (stemmer == null) {
            stem = Tokenizer.fold(word);
        } else {
            stemmer.setCurrent(word);
            stemmer.stem();
            stem = Tokenizer.fold(stemmer.getCurrent());
        }
        if (stems.size() >= CACHE_LIMIT) {
            stems.clear();
        }
        stems.put(word, stem);
        return stem;
    }

    /** The stem of one folded word. */
    public String stem(String word) {
        if (stemmer == null) {
            return word;
        }
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

    /** The languages with a Snowball stemmer here, by ISO 639-1 code. */
    public static Set<String> stemmedLanguages() {
        return Languages.STEMMED;
    }
}
