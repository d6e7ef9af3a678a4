package org.dateline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.dateline.config.SiteConfig;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.ArticleDate;
import org.dateline.model.Problem;
import org.dateline.model.SourceFormat;
import org.dateline.render.ThemeMessages;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    /** An article at {@code section/slug.md} (or {@code slug.md} when section is empty), dated day {@code day} of 2024 or undated. */
    private static Article article(String sectionSlug, String slug, Integer day) {
        String path = (sectionSlug.isEmpty() ? "" : sectionSlug + "/") + slug + ".md";
        return article(path, sectionSlug, slug, "Story " + path, day);
    }

    private static Article article(String path, String sectionSlug, String slug, String title, Integer day) {
        String section = sectionSlug.isEmpty() ? "" : Character.toUpperCase(sectionSlug.charAt(0)) + sectionSlug.substring(1);
        ArticleDate date = day == null ? null
                : new ArticleDate(ZonedDateTime.of(2024, 1, 1, 12, 0, 0, 0, UTC).plusDays(day - 1), true);
        return new Article(path, SourceFormat.MARKDOWN, title, slug, section, sectionSlug, date, null,
                List.of(), List.of(), "", "", "", "", "", "", List.of(), false, null, null, List.of(), 100, Map.of());
    }

    private static SitePlan plan(List<Article> articles, List<FileCopy> copies) {
        return Planner.plan(Archive.of(articles), SiteConfig.defaults(), ThemeMessages.builtIn("en"), copies,
                path -> "content/" + path, Instant.parse("2026-01-15T12:00:00Z"));
    }

    private static SitePlan plan(List<Article> articles) {
        return plan(articles, List.of());
    }

    private static List<Page.ArticlePage> articlePages(SitePlan plan) {
        return plan.pages().stream().filter(Page.ArticlePage.class::isInstance).map(Page.ArticlePage.class::cast).toList();
    }

    private static List<Page.ListingPage> homePages(SitePlan plan) {
        return plan.pages().stream().filter(Page.ListingPage.class::isInstance).map(Page.ListingPage.class::cast)
                .filter(p -> p.subject() instanceof Page.Latest).toList();
    }

    private static List<Page.ListingPage> sectionPages(SitePlan plan, String slug) {
        return plan.pages().stream().filter(Page.ListingPage.class::isInstance).map(Page.ListingPage.class::cast)
                .filter(p -> p.subject() instanceof Page.OfSection s && s.section().slug().equals(slug)).toList();
    }

    private static List<Article> many(int count) {
        List<Article> articles = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            articles.add(article("world", String.format("story-%02d", i), i));
        }
        return articles;
    }

    /** The article pages a rebuild plans alone are the whole plan's, for the articles asked for; every URL is known. */
    @Test
    void articlePagesAreTheWholePlansPagesOfThoseArticles() {
        List<Article> articles = List.of(article("world", "a", 1), article("world", "b", 2), article("world", "c", 3),
                article("science", "d", 4), article("", "top", 5));
        SitePlan whole = plan(articles);
        SitePlan some = Planner.articlePages(Archive.of(articles), SiteConfig.defaults(), path -> "content/" + path,
                java.util.Set.of("world/b.md", "top.md"));
        List<Page> expected = new ArrayList<>();
        for (Page page : whole.pages()) {
            if (page instanceof Page.ArticlePage p && (p.article().sourcePath().equals("world/b.md")
                    || p.article().sourcePath().equals("top.md"))
                    || page instanceof Page.SearchTextFile t && (t.article().sourcePath().equals("world/b.md")
                    || t.article().sourcePath().equals("top.md"))) {
                expected.add(page);
            }
        }
        assertThat(some.pages()).containsExactlyInAnyOrderElementsOf(expected).hasSize(4);
        assertThat(some.pageOfSource()).isEqualTo(whole.pageOfSource());
        assertThat(some.problems()).isEmpty();
    }

    /** The news sitemap's window: the last two days up to now, its first instant included, the future not. */
    @Test
    void newsIsTheLastTwoDaysUpToNow() {
        Instant now = Instant.parse("2024-01-10T12:00:00Z"); // article(...) days are at noon UTC
        assertThat(Planner.isNews(article("world", "today", 10), now)).isTrue();
        assertThat(Planner.isNews(article("world", "cutoff", 8), now)).isTrue();
        assertThat(Planner.isNews(article("world", "older", 7), now)).isFalse();
        assertThat(Planner.isNews(article("world", "tomorrow", 11), now)).isFalse();
        assertThat(Planner.isNews(article("world", "undated", null), now)).isFalse();
    }

    @Test
    void articlesAreAtSectionAndSlug() {
        Article story = article("world", "story", 1);
        Article about = article("", "about", null);

        SitePlan plan = plan(List.of(story, about));

        assertThat(plan.problems()).isEmpty();
        assertThat(articlePages(plan)).extracting(Page::path).containsExactly("world/story/", "about/");
        assertThat(plan.pageOfSource()).containsOnly(
                Map.entry("world/story.md", "world/story/"),
                Map.entry("about.md", "about/"));
        assertThat(articlePages(plan).get(0).section().slug()).isEqualTo("world");
        assertThat(articlePages(plan).get(1).section()).isNull();
    }

    @Test
    void articlesLinkToTheirNeighboursInTheSection() {
        Article first = article("world", "first", 1);
        Article second = article("world", "second", 2);
        Article third = article("world", "third", 3);
        Article elsewhere = article("business", "elsewhere", 4);

        List<Page.ArticlePage> pages = articlePages(plan(List.of(first, second, third, elsewhere)));

        assertThat(pages).extracting(Page::path)
                .containsExactly("business/elsewhere/", "world/third/", "world/second/", "world/first/");
        Page.ArticlePage middle = pages.get(2);
        assertThat(middle.newer()).isSameAs(third);
        assertThat(middle.older()).isSameAs(first);
        assertThat(pages.get(1).newer()).isNull();
        assertThat(pages.get(3).older()).isNull();
        assertThat(pages.get(0).newer()).isNull();
        assertThat(pages.get(0).older()).isNull();
    }

    @Test
    void noArticlesStillGiveAnEmptyHomePage() {
        SitePlan plan = plan(List.of());

        assertThat(plan.problems()).isEmpty();
        assertThat(articlePages(plan)).isEmpty();
        assertThat(homePages(plan)).singleElement().satisfies(home -> {
            assertThat(home.path()).isEmpty();
            assertThat(home.items()).isEmpty();
            assertThat(home.total()).isZero();
            assertThat(home.pagination()).isEqualTo(new Pagination(1, 1, ""));
        });
    }

    @Test
    void oneArticleGivesOneHomePageAndOneSectionPage() {
        SitePlan plan = plan(many(1));

        assertThat(homePages(plan)).extracting(Page::path).containsExactly("");
        assertThat(homePages(plan).get(0).items()).extracting(Article::slug).containsExactly("story-01");
        assertThat(sectionPages(plan, "world")).extracting(Page::path).containsExactly("world/");
        assertThat(sectionPages(plan, "world").get(0).title()).isEqualTo("World");
    }

    @Test
    void twentyArticlesFitOnePage() {
        SitePlan plan = plan(many(20));

        assertThat(homePages(plan)).singleElement().satisfies(home -> {
            assertThat(home.items()).hasSize(20);
            assertThat(home.total()).isEqualTo(20);
            assertThat(home.pagination().count()).isEqualTo(1);
        });
        assertThat(sectionPages(plan, "world")).extracting(Page::path).containsExactly("world/");
    }

    @Test
    void twentyOneArticlesMakeASecondPage() {
        SitePlan plan = plan(many(21));

        List<Page.ListingPage> home = homePages(plan);
        assertThat(home).extracting(Page::path).containsExactly("", "page/2/");
        assertThat(home.get(0).items()).hasSize(20);
        assertThat(home.get(0).items().get(0).slug()).isEqualTo("story-21");
        assertThat(home.get(1).items()).extracting(Article::slug).containsExactly("story-01");
        assertThat(home).allSatisfy(p -> assertThat(p.total()).isEqualTo(21));
        assertThat(home.get(1).pagination()).isEqualTo(new Pagination(2, 2, ""));
        assertThat(sectionPages(plan, "world")).extracting(Page::path).containsExactly("world/", "world/page/2/");
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void twoArticlesAtOneUrlAreOneProblemNamingBothFiles() {
        Article markdown = article("world/ferries.md", "world", "ferries", "Ferries A", null);
        Article wire = article("world/ferries.txt", "world", "ferries", "Ferries B", null);

        SitePlan plan = plan(List.of(wire, markdown));

        assertThat(plan.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/world/ferries.txt");
            assertThat(p.message()).isEqualTo(
                    "content/world/ferries.txt and content/world/ferries.md would both be written to world/ferries/index.html");
            assertThat(p.hint()).isEqualTo("Give one of them another 'slug:' (or rename the file) so each has its own URL.");
        });
        assertThat(articlePages(plan)).extracting(Page::path).containsExactly("world/ferries/");
        assertThat(plan.pageOfSource()).containsOnly(Map.entry("world/ferries.md", "world/ferries/"));
    }

    @Test
    void sectionNamedLikeTheSitesOwnPagesIsAProblem() {
        SitePlan plan = plan(List.of(article("tags", "story", null)));

        assertThat(plan.problems()).extracting(Problem::file, Problem::message).containsExactly(
                tuple("content/tags/story.md",
                        "the section 'Tags' would be at /tags/, a URL the site keeps for its own 'tags' pages"));
        assertThat(plan.problems().get(0).hint())
                .isEqualTo("Rename the section's folder, or give its articles another 'section:'.");
        assertThat(articlePages(plan)).isEmpty();
    }

    @Test
    void sectionNamedLikeAYearIsAProblem() {
        SitePlan plan = plan(List.of(article("2016", "story", null)));

        assertThat(plan.problems()).extracting(Problem::message).containsExactly(
                "the section '2016' would be at /2016/, a URL the site keeps for the year 2016");
    }

    @Test
    void everyReservedNameIsRefusedAsASection() {
        for (String reserved : Planner.RESERVED) {
            SitePlan plan = plan(List.of(article(reserved, "story", null)));

            assertThat(plan.problems()).as(reserved).extracting(Problem::message)
                    .anySatisfy(m -> assertThat(m).startsWith("the section '").endsWith("its own '" + reserved + "' pages"));
        }
    }

    @Test
    void topLevelArticleNamedLikeTheSitesOwnPagesIsAProblem() {
        Article search = article("", "search", null);
        Article year = article("", "2016", null);
        Article fine = article("", "about", null);

        SitePlan plan = plan(List.of(search, year, fine));

        assertThat(plan.problems()).extracting(Problem::file, Problem::message).containsExactlyInAnyOrder(
                tuple("content/search.md",
                        "the article would be at /search/, a URL the site keeps for its own 'search' pages"),
                tuple("content/2016.md",
                        "the article would be at /2016/, a URL the site keeps for the year 2016"));
        assertThat(articlePages(plan)).extracting(Page::path).containsExactly("about/");
    }

    @Test
    void reservedNameInsideASectionIsFine() {
        SitePlan plan = plan(List.of(article("world", "tags", null), article("world", "2016", null)));

        assertThat(plan.problems()).isEmpty();
        assertThat(articlePages(plan)).extracting(Page::path).containsExactlyInAnyOrder("world/tags/", "world/2016/");
    }

    @Test
    void topLevelArticleAtASectionsUrlIsAProblem() {
        SitePlan plan = plan(List.of(article("world", "story", null), article("", "world", null)));

        assertThat(plan.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).endsWith(" would both be written to world/index.html")
                        .contains("content/world.md"));
    }

    @Test
    void copiedFileAtAPagesPlaceIsAProblem() {
        FileCopy clash = new FileCopy("world/story/index.html", Path.of("content/world/story/index.html"),
                "content/world/story/index.html");
        FileCopy photo = new FileCopy("world/photo.jpg", Path.of("content/world/photo.jpg"), "content/world/photo.jpg");

        SitePlan plan = plan(List.of(article("world", "story", null)), List.of(clash, photo));

        assertThat(plan.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/world/story/index.html");
            assertThat(p.message()).isEqualTo("content/world/story/index.html and content/world/story.md would both be"
                    + " written to world/story/index.html");
        });
        assertThat(plan.copies()).containsExactly(clash, photo);
    }

    @Test
    void theSamePlanEveryTime() {
        List<Article> articles = many(25);
        List<Article> reversed = new ArrayList<>(articles);
        Collections.reverse(reversed);

        assertThat(plan(reversed).pages()).extracting(Page::path)
                .containsExactlyElementsOf(plan(articles).pages().stream().map(Page::path).toList());
    }
}
