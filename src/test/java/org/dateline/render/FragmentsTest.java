package org.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FragmentsTest {

    private static final Object TAG = new Object();
    private static final Object OTHER_TAG = new Object();

    private static Fragments.Key key(Object tag, Object... value) {
        return new Fragments.Key(tag, List.of(value), Locale.ENGLISH);
    }

    @Test
    void keepsAFragmentUnderItsTagAndAnEqualValue() {
        Fragments fragments = new Fragments(1 << 20);
        byte[] card = {1, 2, 3};
        fragments.put(key(TAG, "story", 2L), card);
        assertThat(fragments.get(key(TAG, new String("story"), 2L))).isSameAs(card);
        assertThat(fragments.get(key(TAG, "story", 3L))).isNull();
        assertThat(fragments.get(key(OTHER_TAG, "story", 2L))).isNull();
        assertThat(fragments.get(new Fragments.Key(TAG, List.of("story", 2L), Locale.FRENCH))).isNull();
    }

    /** However many fragments a build makes, about the budget is kept; the ones used again stay. */
    @Test
    void keepsAboutItsBudgetAndWhatIsUsedAgain() {
        int size = 1000;
        long budget = 100 * (size + Fragments.OVERHEAD);
        Fragments fragments = new Fragments(budget);
        Fragments.Key often = key(TAG, "front page");
        fragments.put(often, new byte[size]);
        for (int i = 0; i < 100_000; i++) {
            fragments.put(key(TAG, i), new byte[size]);
            assertThat(fragments.size()).isLessThanOrEqualTo(102);
            if (i % 20 == 0) {
                assertThat(fragments.get(often)).as("after %d others", i).isNotNull();
            }
        }
        assertThat(fragments.get(key(TAG, 0))).isNull();
        assertThat(fragments.get(key(TAG, 99_999))).isNotNull();
    }
}
