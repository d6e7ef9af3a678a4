package org.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.render.Views.CardView;
import org.junit.jupiter.api.Test;

class CardViewTest {

    private static CardView card(String href, String excerpt) {
        return new CardView("Talks resume", href, excerpt, new DateView("2024-03-01", "1 March 2024"), "World",
                "../../world/", "Ann Reporter");
    }

    @Test
    void equalCardsHashAlikeThoughTheirStringsWereMadeApart() {
        CardView one = card("../../world/talks-resume/", "Talks resumed in Geneva.");
        CardView other = card(new StringBuilder("../../world/").append("talks-resume/").toString(),
                new String("Talks resumed in Geneva."));
        assertThat(other).isEqualTo(one).hasSameHashCodeAs(one);
    }

    @Test
    void cardsThatDifferInAnyPartAreNotEqual() {
        CardView one = card("../../world/talks-resume/", "Talks resumed in Geneva.");
        assertThat(card("../../world/talks-resume/", "Talks resumed.")).isNotEqualTo(one).hasSameHashCodeAs(one);
        assertThat(card("../world/talks-resume/", "Talks resumed in Geneva.")).isNotEqualTo(one);
    }
}
