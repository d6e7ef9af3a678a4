package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.dateline.model.Publication.Hold;
import org.junit.jupiter.api.Test;

class PublicationTest {

    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    static Article article(String date, boolean draft, String embargo) {
        ArticleDate dated = date == null ? null
                : new ArticleDate(ZonedDateTime.ofInstant(Instant.parse(date), ZoneOffset.UTC), true);
        return new Article("world/a.md", SourceFormat.MARKDOWN, "A", "a", "World", "world", dated, null, List.of(),
                List.of(), "", "", "", "", "", "", List.of(), draft, embargo == null ? null : Instant.parse(embargo),
                null, List.of(), 1, Map.of());
    }

    @Test
    void aPastOrUndatedArticleIsPublished() {
        Publication build = new Publication(NOW, false, false);
        assertThat(build.holdOf(article("2024-03-05T09:00:00Z", false, null))).isEqualTo(Hold.NONE);
        assertThat(build.holdOf(article("2026-01-15T12:00:00Z", false, null))).isEqualTo(Hold.NONE);
        assertThat(build.holdOf(article(null, false, null))).isEqualTo(Hold.NONE);
    }

    @Test
    void aFutureDateHoldsTheArticleBackUnlessFutureIsAsked() {
        Article tomorrow = article("2026-01-16T12:00:00Z", false, null);
        assertThat(new Publication(NOW, false, false).holdOf(tomorrow)).isEqualTo(Hold.FUTURE);
        assertThat(new Publication(NOW, false, false).dueAt(tomorrow)).isEqualTo(Instant.parse("2026-01-16T12:00:00Z"));
        assertThat(new Publication(NOW, false, true).publishes(tomorrow)).isTrue();
        assertThat(new Publication(Instant.parse("2026-01-16T12:00:00Z"), false, false).publishes(tomorrow)).isTrue();
    }

    @Test
    void anEmbargoHoldsEvenWithFutureAndTheLaterOfEmbargoAndDateIsWhenItIsDue() {
        Article both = article("2026-02-01T00:00:00Z", false, "2026-01-20T00:00:00Z");
        assertThat(new Publication(NOW, false, true).holdOf(both)).isEqualTo(Hold.EMBARGO);
        assertThat(new Publication(NOW, false, true).dueAt(both)).isEqualTo(Instant.parse("2026-01-20T00:00:00Z"));
        assertThat(new Publication(NOW, false, false).dueAt(both)).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        Article lifted = article("2026-02-01T00:00:00Z", false, "2026-01-01T00:00:00Z");
        assertThat(new Publication(NOW, false, false).holdOf(lifted)).isEqualTo(Hold.FUTURE);
    }

    @Test
    void anArticlePastItsExpiryIsLeftOutWhateverIsAsked() {
        Article expiring = new Article("world/a.md", SourceFormat.MARKDOWN, "A", "a", "World", "world", null, null,
                List.of(), List.of(), "", "", "", "", "", "", List.of(), false, null, NOW, List.of(), 1, Map.of());
        assertThat(new Publication(NOW, true, true).holdOf(expiring)).isEqualTo(Hold.EXPIRED);
        assertThat(new Publication(NOW.minusSeconds(1), false, false).holdOf(expiring)).isEqualTo(Hold.NONE);
    }

    @Test
    void aDraftIsADraftFirst() {
        Article draft = article("2030-01-01T00:00:00Z", true, "2030-01-01T00:00:00Z");
        assertThat(new Publication(NOW, false, false).holdOf(draft)).isEqualTo(Hold.DRAFT);
        assertThat(new Publication(NOW, true, true).holdOf(draft)).isEqualTo(Hold.EMBARGO);
        assertThat(new Publication(NOW, true, false).publishes(article(null, true, null))).isTrue();
    }
}
