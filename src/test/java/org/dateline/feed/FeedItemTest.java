package org.dateline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.feed.FeedViews.Item;
import org.junit.jupiter.api.Test;

class FeedItemTest {

    private static Item item(String link, String summary) {
        return new Item("Talks resume", link, link, summary, "", "2024-03-01T09:00:00Z", "Fri, 1 Mar 2024 09:00:00 GMT",
                "2024-03-01T09:00:00Z", List.of("Ann Reporter"), List.of("Geneva"));
    }

    @Test
    void itemsHashAsTheirLinkAndAreEqualOnlyWhenEveryPartIs() {
        Item one = item("https://example.org/world/talks/", "Talks resumed.");
        assertThat(item(new String("https://example.org/world/talks/"), new String("Talks resumed.")))
                .isEqualTo(one).hasSameHashCodeAs(one);
        assertThat(item("https://example.org/world/talks/", "Talks resumed in Geneva."))
                .isNotEqualTo(one).hasSameHashCodeAs(one);
        assertThat(item("https://example.org/world/other/", "Talks resumed.")).isNotEqualTo(one);
    }
}
