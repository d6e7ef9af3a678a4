package org.dateline.search;

import java.util.List;
import java.util.Set;

/**
 * Words so common in English news that they would put nearly every article in the index under
 * them and tell nothing about which to show first. They are not indexed, and a query leaves them
 * out, so "the state of the union" finds what "state union" finds. The browser gets this list from
 * the index itself, so both sides always agree.
 */
public final class StopWords {

    /** Sorted, folded as {@link Tokenizer} folds. */
    public static final List<String> ENGLISH = List.of(
            "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have",
            "he", "her", "his", "i", "in", "into", "is", "it", "its", "of", "on", "or", "she", "such", "that",
            "the", "their", "them", "then", "there", "these", "they", "this", "to", "was", "were", "which", "will",
            "with");

    private static final Set<String> SET = Set.copyOf(ENGLISH);

    private StopWords() {
    }

    public static boolean contains(String word) {
        return SET.contains(word);
    }
}
