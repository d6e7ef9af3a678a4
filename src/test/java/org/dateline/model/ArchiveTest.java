package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArchiveTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    static ArticleDate at(int year, int month, int day, int hour, ZoneId zone) {
        return new ArticleDate(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, zone), true);
    }

    static Article article(String sourcePath, String title, String section, ArticleDate date) {
        String[] parts = sourcePath.split("/");
        String slug = parts[parts.length - 1].replaceAll("\\..*$", "");
        String sectionSlug = section.toLowerCase().replace(' ', '-');
        return new Article(sourcePath, SourceFormat.MARKDOWN, title, slug, section, sectionSlug, date, null,
                List.of(), List.of(), "", "", "", "", "", "", List.of(), false, null, null, List.of(), 100, Map.of());
    }

    private static List<String> paths(List<Article> articles) {
        return articles.stream().map(Article::sourcePath).toList();
    }

    @Test
    void newestFirstAndUndatedLast() {
        Article old = article("world/old.md", "Old", "World", at(2016, 5, 1, 9, UTC));
        Article undated = article("world/undated.md", "Undated", "World", null);
        Article recent = article("world/recent.md", "Recent", "World", at(2024, 3, 5, 9, UTC));
        Article middle = article("world/middle.md", "Middle", "World", at(2020, 1, 1, 0, UTC));

        Archive archive = Archive.of(List.of(old, undated, recent, middle));

        assertThat(paths(archive.articles()))
                .containsExactly("world/recent.md", "world/middle.md", "world/old.md", "world/undated.md");
    }

    @Test
    void datesAreComparedAsInstantsAcrossZones() {
        // 09:00 in Paris (08:00 UTC) is earlier than 08:30 UTC, though its wall-clock time is later.
        Article paris = article("a.md", "Paris", "", at(2024, 3, 5, 9, ZoneId.of("Europe/Paris")));
        Article london = article("b.md", "London", "",
                new ArticleDate(ZonedDateTime.of(2024, 3, 5, 8, 30, 0, 0, UTC), true));

        assertThat(paths(Archive.of(List.of(paris, london)).articles())).containsExactly("b.md", "a.md");
    }

    @Test
    void equalDatesAreOrderedByHeadlineThenPath() {
        ArticleDate same = at(2024, 3, 5, 9, UTC);
        Article zebra = article("a/zebra.md", "Zebra", "A", same);
        Article alphaB = article("b/alpha.md", "Alpha", "B", same);
        Article alphaA = article("a/alpha.md", "Alpha", "A", same);
        Article sameInstantOtherZone = article("c/beta.md", "Beta", "C", at(2024, 3, 5, 10, ZoneId.of("Europe/Paris")));

        List<Article> input = new ArrayList<>(List.of(zebra, alphaB, alphaA, sameInstantOtherZone));
        List<String> first = paths(Archive.of(input).articles());
        Collections.reverse(input);
        List<String> second = paths(Archive.of(input).articles());

        assertThat(first).containsExactly("a/alpha.md", "b/alpha.md", "c/beta.md", "a/zebra.md");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void undatedArticlesAreOrderedByHeadlineThenPath() {
        Article b = article("x/b.md", "Bravo", "X", null);
        Article a2 = article("y/a.md", "Alpha", "Y", null);
        Article a1 = article("x/a.md", "Alpha", "X", null);

        assertThat(paths(Archive.of(List.of(b, a2, a1)).articles())).containsExactly("x/a.md", "y/a.md", "x/b.md");
    }

    @Test
    void sectionsGroupTheirArticlesNewestFirstAndAreSortedByName() {
        Article w1 = article("world/one.md", "One", "World", at(2024, 1, 1, 0, UTC));
        Article w2 = article("world/two.md", "Two", "World", at(2024, 2, 1, 0, UTC));
        Article b1 = article("business/ports.md", "Ports", "Business", at(2023, 1, 1, 0, UTC));
        Article me = article("middle-east/talks.md", "Talks", "Middle East", null);
        Article top = article("about.md", "About", "", at(2025, 1, 1, 0, UTC));

        Archive archive = Archive.of(List.of(w1, b1, me, top, w2));

        assertThat(archive.sections()).extracting(Section::name, Section::slug).containsExactly(
                tuple("Business", "business"),
                tuple("Middle East", "middle-east"),
                tuple("World", "world"));
        assertThat(paths(archive.sections().get(2).articles())).containsExactly("world/two.md", "world/one.md");
        assertThat(archive.sections()).noneMatch(s -> s.articles().contains(top));
        assertThat(paths(archive.articles())).first().isEqualTo("about.md");
    }

    @Test
    void sectionSortIgnoresLetterCase() {
        Article lower = article("arts/a.md", "A", "arts", null);
        Article upper = article("Business/b.md", "B", "Business", null);

        assertThat(Archive.of(List.of(upper, lower)).sections()).extracting(Section::name)
                .containsExactly("arts", "Business");
    }

    @Test
    void aSectionsIndexNamesItEverywhereAndDescribesIt() {
        Article a = article("world/a.md", "A", "world", null);
        Article b = article("sport/b.md", "B", "sport", null);
        List<SectionIndex> indexes = List.of(new SectionIndex("world/_index.md", "world", "World news", "From everywhere."),
                new SectionIndex("sport/_index.md", "sport", "", "Results."));

        Archive archive = Archive.of(List.of(a, b), UTC, indexes);

        assertThat(archive.sections()).extracting(Section::name, Section::description)
                .containsExactly(tuple("sport", "Results."), tuple("World news", "From everywhere."));
        assertThat(archive.articles()).extracting(Article::section).containsExactlyInAnyOrder("World news", "sport");
        assertThat(Archive.of(List.of(a)).sections()).singleElement().extracting(Section::description).isEqualTo("");
    }

    @Test
    void aSectionSpelledTwoWaysIsOneSectionNamedByTheFirstFileByPath() {
        Article b = new Article("world/b.md", SourceFormat.MARKDOWN, "B", "b", "WORLD", "world", null, null,
                List.of(), List.of(), "", "", "", "", "", "", List.of(), false, null, null, List.of(), 1, Map.of());
        Article a = new Article("world/a.md", SourceFormat.MARKDOWN, "A", "a", "World", "world",
                at(2020, 1, 1, 0, UTC), null,
                List.of(), List.of(), "", "", "", "", "", "", List.of(), false, null, null, List.of(), 1, Map.of());

        Archive archive = Archive.of(List.of(b, a));

        assertThat(archive.sections()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("World");
            assertThat(s.slug()).isEqualTo("world");
            assertThat(paths(s.articles())).containsExactly("world/a.md", "world/b.md");
        });
    }

    @Test
    void emptyArchiveHasNothing() {
        Archive archive = Archive.of(List.of());

        assertThat(archive.articles()).isEmpty();
        assertThat(archive.sections()).isEmpty();
    }

    @Test
    void listsCannotBeChanged() {
        Archive archive = Archive.of(List.of(article("world/a.md", "A", "World", null)));

        assertThatThrownBy(() -> archive.articles().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> archive.sections().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void articleDateNeedsAValueAndComparesInstants() {
        assertThatThrownBy(() -> new ArticleDate(null, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(at(2024, 3, 5, 9, ZoneId.of("Europe/Paris")).compareTo(at(2024, 3, 5, 8, UTC))).isZero();
    }

    /** The archive's order is the chained comparator's: newest first, undated last, then headline, then path. */
    @Test
    void newestFirstOrdersAsTheChainedComparator() {
        java.util.Comparator<Article> chained = java.util.Comparator
                .comparing(Article::date, java.util.Comparator.nullsLast(java.util.Comparator.<ArticleDate>reverseOrder()))
                .thenComparing(Article::title)
                .thenComparing(Article::sourcePath);
        java.util.Random random = new java.util.Random(9);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            ArticleDate date = random.nextInt(5) == 0 ? null : new ArticleDate(ZonedDateTime.of(2024, 1, 1 + random.nextInt(3),
                    random.nextInt(2), 0, 0, random.nextInt(2), random.nextBoolean() ? UTC : ZoneId.of("Europe/Paris")), true);
            articles.add(article("s/" + random.nextInt(50) + ".md", "T" + random.nextInt(4), "S", date));
        }
        for (Article a : articles) {
            for (Article b : articles.subList(0, 60)) {
                assertThat(Integer.signum(Archive.NEWEST_FIRST.compare(a, b))).isEqualTo(Integer.signum(chained.compare(a, b)));
            }
        }
    }
}
