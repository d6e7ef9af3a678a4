package org.dateline.search;

import java.util.List;
import java.util.Set;

/**
 * Words so common in a language's news that they would put nearly every article in the index under
 * them and tell nothing about which to show first. They are not indexed, and a query leaves them
 * out, so "the state of the union" finds what "state union" finds. The browser gets the list from
 * the index itself, so both sides always agree.
 */
public final class StopWords {

    /** Sorted, folded as {@link Tokenizer} folds. */
    public static final List<String> ENGLISH = List.of(
            "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have",
            "he", "her", "his", "i", "in", "into", "is", "it", "its", "of", "on", "or", "she", "such", "that",
            "the", "their", "them", "then", "there", "these", "they", "this", "to", "was", "were", "which", "will",
            "with");

    static final StopWords ENGLISH_WORDS = of(ENGLISH);
    static final StopWords NONE = of(List.of());

    private final List<String> words;
    private final Set<String> set;

    private StopWords(List<String> words) {
        this.words = List.copyOf(words);
        this.set = Set.copyOf(words);
    }

    static StopWords of(List<String> words) {
        return new StopWords(words);
    }

    /** The words, sorted and folded as {@link Tokenizer} folds. */
    public List<String> words() {
        return words;
    }

    public boolean contains(String word) {
        return set.contains(word);
    }
}
