package org.dateline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.model.ArticleDate;
import org.dateline.model.SourceFormat;
import org.junit.jupiter.api.Test;

class SlugClashesTest {

    private static Article article(String path, String slug, int year) {
        ArticleDate date = new ArticleDate(ZonedDateTime.of(year, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC), false);
        return new Article(path, SourceFormat.MARKDOWN, "Results " + year, slug, "Sport", "sport", date, null,
                List.of(), List.of(), "", "", "", "", "", "", List.of(), false, null, null, List.of(), 10, Map.of());
    }

    @Test
    void theOlderPostKeepsTheSlugAndTheLaterGetsItsDate() {
        List<Article> articles = new ArrayList<>(List.of(
                article("_posts/2020-03-01-results.md", "results", 2020),
                article("_posts/2019-03-01-results.md", "results", 2019),
                article("sport/other.md", "other", 2021)));
        List<String> notes = new ArrayList<>();

        SlugClashes.resolve(articles, notes);

        assertThat(articles).extracting(Article::slug).containsExactly("results-2020-03-01", "results", "other");
        assertThat(notes).containsExactly("_posts/2020-03-01-results.md would share the URL sport/results/ with an older"
                + " post: it is at sport/results-2020-03-01/ (give it a 'slug:' to choose another)");
    }

    @Test
    void articlesWrittenForDatelineAreLeftForThePlannerToReport() {
        List<Article> articles = new ArrayList<>(List.of(
                article("sport/results.md", "results", 2019), article("sport/results.txt", "results", 2020)));
        List<String> notes = new ArrayList<>();

        SlugClashes.resolve(articles, notes);

        assertThat(articles).extracting(Article::slug).containsExactly("results", "results");
        assertThat(notes).isEmpty();
    }
}
