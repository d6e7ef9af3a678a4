package org.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    record Card(String title, int count, boolean current, List<String> tags) {
    }

    record Other(String title, int count, boolean current, List<String> tags) {
    }

    record Listing(String heading, List<Card> items, Map<String, Object> extra) {
    }

    private static Listing listing(String title) {
        return new Listing("Latest", List.of(new Card(title, 3, false, List.of("oil", "gas")),
                new Card("Second", 1, true, List.of())), Map.of("kicker", "x", "rank", 2));
    }

    @Test
    void isThirtyTwoHexDigitsAndTheSameForEqualValues() {
        String digest = Fingerprint.of(listing("First"));
        assertThat(digest).matches("[0-9a-f]{32}");
        assertThat(Fingerprint.of(listing("First"))).isEqualTo(digest);
    }

    /**
     * The digest of given values stays what it was (these are the values Dateline 0.1's builds
     * wrote to their caches), so a new version's first rebuild still finds its pages unchanged.
     */
    @Test
    void aDigestIsTheSameFromOneVersionToTheNext() {
        String longText = "Ünïcode “quotes” and a long text ".repeat(40);
        assertThat(Fingerprint.of("Kerry", 3, true, List.of("Genève", "Syria"), longText))
                .isEqualTo("e60dc501c0b2b5f0472c10beb746831f");
        assertThat(Fingerprint.of("Kerry")).isEqualTo("f6ebc4232bbe3f8e3c731746dbc4611c");
    }

    /** A source's bytes: every byte counts, where it stands counts, and so does the length (trailing zeros too). */
    @Test
    void theDigestOfBytesChangesWithAnyByteAndWithTheLength() {
        byte[] text = "Kerry met Lavrov in Genève on Tuesday.\n".getBytes(StandardCharsets.UTF_8);
        String base = Fingerprint.ofBytes(text);
        assertThat(base).matches("[0-9a-f]{32}").isEqualTo(Fingerprint.ofBytes(text.clone()));
        Set<String> digests = new HashSet<>(List.of(base));
        for (int i = 0; i < text.length; i++) {
            byte[] changed = text.clone();
            changed[i] ^= 1;
            digests.add(Fingerprint.ofBytes(changed));
        }
        assertThat(digests).as("one bit changed at each place").hasSize(text.length + 1);
        assertThat(Fingerprint.ofBytes(new byte[0])).isNotEqualTo(Fingerprint.ofBytes(new byte[1]))
                .isNotEqualTo(Fingerprint.ofBytes(new byte[8]));
        assertThat(Fingerprint.ofBytes(new byte[8])).isNotEqualTo(Fingerprint.ofBytes(new byte[9]));
        assertThat(Fingerprint.ofBytes(text)).as("the same from one version to the next")
                .isEqualTo("6eff7be3c7888d2ac0738507f8283aa0");
    }

    @Test
    void anyCharSequenceIsDigestedAsTheStringItSpells() {
        assertThat(Fingerprint.of(new StringBuilder("Genève, “Syria”"))).isEqualTo(Fingerprint.of("Genève, “Syria”"));
    }

    @Test
    void changesWhenAnyComponentAnywhereChanges() {
        String base = Fingerprint.of(listing("First"));
        assertThat(Fingerprint.of(listing("Firsts"))).isNotEqualTo(base);
        assertThat(Fingerprint.of(listing("Firts"))).isNotEqualTo(base);
        assertThat(Fingerprint.of(new Listing("Latest", List.of(new Card("First", 4, false, List.of("oil", "gas")),
                new Card("Second", 1, true, List.of())), Map.of("kicker", "x", "rank", 2)))).isNotEqualTo(base);
        assertThat(Fingerprint.of(new Listing("Latest", List.of(new Card("First", 3, true, List.of("oil", "gas")),
                new Card("Second", 1, true, List.of())), Map.of("kicker", "x", "rank", 2)))).isNotEqualTo(base);
        assertThat(Fingerprint.of(new Listing("Latest", List.of(new Card("First", 3, false, List.of("gas", "oil")),
                new Card("Second", 1, true, List.of())), Map.of("kicker", "x", "rank", 2)))).isNotEqualTo(base);
        assertThat(Fingerprint.of(new Listing("Latest", List.of(new Card("First", 3, false, List.of("oil", "gas")),
                new Card("Second", 1, true, List.of())), Map.of("kicker", "x", "rank", 3)))).isNotEqualTo(base);
    }

    /** The short digest follows the long one: equal for equal values, different when a component changes. */
    @Test
    void theShortDigestChangesWithTheValues() {
        long base = Fingerprint.shortOf(listing("First"), 1, "a");
        assertThat(Fingerprint.shortOf(listing("First"), 1, "a")).isEqualTo(base);
        assertThat(Fingerprint.shortOf(listing("Firsts"), 1, "a")).isNotEqualTo(base);
        assertThat(Fingerprint.shortOf(listing("First"), 2, "a")).isNotEqualTo(base);
        assertThat(Fingerprint.shortOf(listing("First"), 1, "a", null)).isNotEqualTo(base);
        java.util.Set<Long> distinct = new java.util.HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            distinct.add(Fingerprint.shortOf("article-" + i + ".md", i % 7 == 0 ? null : "Tag " + i % 13));
        }
        assertThat(distinct).hasSize(100_000);
    }

    /** An array of numbers is digested by value, in order, and not as a list of the same numbers. */
    @Test
    void arraysOfNumbersAreDigestedByValue() {
        String base = Fingerprint.of(new long[] {1, 2, 3});
        assertThat(Fingerprint.of(new long[] {1, 2, 3})).isEqualTo(base);
        assertThat(Fingerprint.of(new long[] {1, 3, 2})).isNotEqualTo(base);
        assertThat(Fingerprint.of(new long[] {1, 2, 3, 0})).isNotEqualTo(base);
        assertThat(Fingerprint.of(new long[] {1, 2}, 3L)).isNotEqualTo(base);
        assertThat(Fingerprint.of(List.of(1L, 2L, 3L))).isNotEqualTo(base);
    }

    @Test
    void mapsAreDigestedInKeyOrderWhateverTheirIterationOrder() {
        Map<String, Object> forward = new LinkedHashMap<>();
        Map<String, Object> backward = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            forward.put("k" + i, i);
            backward.put("k" + (19 - i), 19 - i);
        }
        assertThat(Fingerprint.of(forward)).isEqualTo(Fingerprint.of(backward)).isEqualTo(Fingerprint.of(new HashMap<>(forward)));
        backward.put("k3", 4);
        assertThat(Fingerprint.of(backward)).isNotEqualTo(Fingerprint.of(forward));
    }

    @Test
    void boundariesBetweenValuesCount() {
        assertThat(Fingerprint.of("ab", "c")).isNotEqualTo(Fingerprint.of("a", "bc"));
        assertThat(Fingerprint.of(List.of("a", "b"), "c")).isNotEqualTo(Fingerprint.of(List.of("a"), "b", "c"));
        assertThat(Fingerprint.of("abcd")).isNotEqualTo(Fingerprint.of("abcd\u0000"));
        assertThat(Fingerprint.of((Object) null)).isNotEqualTo(Fingerprint.of(""));
        assertThat(Fingerprint.of("1")).isNotEqualTo(Fingerprint.of(1));
        assertThat(Fingerprint.of(1)).isNotEqualTo(Fingerprint.of(1L + (1L << 32)));
        assertThat(Fingerprint.of(true)).isNotEqualTo(Fingerprint.of(false));
    }

    @Test
    void recordsOfDifferentTypesWithTheSameComponentsDiffer() {
        assertThat(Fingerprint.of(new Card("t", 1, false, List.of())))
                .isNotEqualTo(Fingerprint.of(new Other("t", 1, false, List.of())));
    }

    @Test
    void otherValuesAreDigestedByTheirText() {
        assertThat(Fingerprint.of(LocalDate.of(2024, 5, 1))).isEqualTo(Fingerprint.of(LocalDate.of(2024, 5, 1)))
                .isNotEqualTo(Fingerprint.of(LocalDate.of(2024, 5, 2)))
                .isNotEqualTo(Fingerprint.of("2024-05-01"));
    }

    @Test
    void everyCharacterOfALongTextCounts() {
        String text = "x".repeat(1001);
        String digest = Fingerprint.of(text);
        for (int i = 0; i < text.length(); i += 97) {
            String changed = text.substring(0, i) + "y" + text.substring(i + 1);
            assertThat(Fingerprint.of(changed)).as("a change at %d", i).isNotEqualTo(digest);
        }
        assertThat(Fingerprint.of("é漢字😀")).isNotEqualTo(Fingerprint.of("e漢字😀"));
    }
}
