package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.dateline.model.ProblemException;
import org.dateline.testing.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild whose structure is the last build's keeps the last build's files without planning the
 * site, and one that only edited bodies plans only those articles' pages. Each test checks that it
 * took (or did not take) the shortcut, by the phases the build went through, and that the site is
 * byte for byte what a build without the cache makes: the shortcut must notice everything that a
 * whole plan would, the clock included.
 */
class BodyOnlyRebuildTest {

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
        for (int i = 1; i <= 4; i++) {
            project.article("world/w" + i + ".md", "---\ntitle: World " + i + "\ndate: 2026-01-1" + i
                    + "T10:00:00Z\ntags: [Shared]\n---\n\nWorld text " + i + ".\n\nSecond paragraph " + i + ".\n");
        }
    }

    @Test
    void nothingChangedPlansNothing() throws Exception {
        BuildResult first = project.build();
        BuildResult again = project.build();
        assertThat(again.phases()).doesNotContainKeys("model", "plan");
        assertThat(again.pagesPlanned()).isEqualTo(first.pagesPlanned());
        assertThat(again.pagesRendered()).isZero();
        assertThat(again.filesWritten()).isZero();
        assertThat(again.filesUnchanged()).isEqualTo(first.filesWritten());
        assertThat(again.searchFilesMade()).isZero();
    }

    @Test
    void anEditOfABodyPlansAndRendersOnlyThatArticlesPages() throws Exception {
        project.build();
        project.article("world/w2.md", "---\ntitle: World 2\ndate: 2026-01-12T10:00:00Z\ntags: [Shared]\n---\n\n"
                + "World text 2.\n\nSecond paragraph 2, now longer.\n");
        BuildResult edit = project.build();
        assertThat(edit.phases()).containsKeys("model", "plan");
        assertThat(edit.pagesRendered()).as("its page and its text for search").isEqualTo(2);
        assertThat(project.page("world/w2/").selectFirst(".story-body").text()).contains("now longer");
        assertSameAsAColdBuild(TestProject.NOW);
    }

    @Test
    void anEditOfMetadataPlansTheWholeSite() throws Exception {
        BuildResult first = project.build();
        project.article("world/w2.md", "---\ntitle: World two\ndate: 2026-01-12T10:00:00Z\ntags: [Shared]\n---\n\n"
                + "World text 2.\n\nSecond paragraph 2.\n");
        BuildResult edit = project.build();
        assertThat(edit.pagesRendered()).isGreaterThan(2).isLessThan(first.pagesPlanned());
        assertThat(project.page("world/").select(".card-title").eachText()).contains("World two");
        assertSameAsAColdBuild(TestProject.NOW);
    }

    @Test
    void theNewsSitemapFollowsTheClockWhenNothingChanged() throws Exception {
        project.build();
        assertThat(project.exists("news-sitemap.xml")).isTrue();
        // Three days on, the articles are too old for Google News: the plan differs, though no file did.
        Instant later = TestProject.NOW.plus(Duration.ofDays(3));
        BuildResult result = project.build(project.options().withNow(later));
        assertThat(result.phases()).containsKey("plan");
        assertThat(project.exists("news-sitemap.xml")).isFalse();
        assertThat(Files.readString(project.site().resolve("robots.txt"))).doesNotContain("news-sitemap");
        assertSameAsAColdBuild(later);
    }

    @Test
    void anEmbargoThatLiftsBetweenBuildsPublishesTheArticle() throws Exception {
        project.article("world/later.md", "---\ntitle: Later\ndate: 2026-01-15T13:00:00Z\nembargo: 2026-01-15T13:00:00Z\n"
                + "---\n\nEmbargoed text.\n");
        project.build();
        assertThat(project.exists("world/later/index.html")).isFalse();
        Instant lifted = TestProject.NOW.plus(Duration.ofHours(2));
        project.build(project.options().withNow(lifted));
        assertThat(project.exists("world/later/index.html")).isTrue();
        assertThat(project.page("").select(".card-title").eachText()).contains("Later");
        assertSameAsAColdBuild(lifted);
    }

    @Test
    void aFutureDateThatFallsDueBetweenBuildsPublishesTheArticle() throws Exception {
        project.article("world/soon.md", "---\ntitle: Soon\ndate: 2026-01-15T13:00:00Z\ntags: [Shared]\n---\n\nSoon text.\n");
        BuildResult held = project.build();
        assertThat(project.exists("world/soon/index.html")).isFalse();
        assertThat(held.notes()).contains("1 article is dated in the future and left out until that date; the next is"
                + " due at 2026-01-15 13:00 UTC (build with --future to include them)");
        Instant due = TestProject.NOW.plus(Duration.ofHours(1));
        BuildResult published = project.build(project.options().withNow(due));
        assertThat(published.phases()).containsKey("plan");
        assertThat(project.exists("world/soon/index.html")).isTrue();
        assertThat(project.page("world/w1/").select(".related .card-title").eachText()).contains("Soon");
        assertSameAsAColdBuild(due);
    }

    @Test
    void anArticleThatExpiresBetweenBuildsDisappears() throws Exception {
        project.article("world/brief.md", "---\ntitle: Brief\ndate: 2026-01-14T10:00:00Z\ntags: [Shared]\n"
                + "expiryDate: 2026-01-15T13:00:00Z\n---\n\nBrief text.\n");
        BuildResult shown = project.build();
        assertThat(project.exists("world/brief/index.html")).isTrue();
        assertThat(shown.notes()).noneMatch(note -> note.contains("expired"));
        Instant expired = TestProject.NOW.plus(Duration.ofHours(1));
        BuildResult gone = project.build(project.options().withNow(expired));
        assertThat(gone.notes()).contains("1 article has expired (expiryDate) and is left out");
        assertThat(project.exists("world/brief/index.html")).isFalse();
        assertThat(project.page("world/").select(".card-title").eachText()).doesNotContain("Brief");
        assertSameAsAColdBuild(expired);
    }

    @Test
    void anEditOfASectionsIndexRendersThePagesThatShowIt() throws Exception {
        project.file("content/world/_index.md", "---\ntitle: World news\n---\n");
        project.build();
        assertThat(project.page("world/w1/").selectFirst("article .kicker a").text()).isEqualTo("World news");
        project.file("content/world/_index.md", "---\ntitle: Abroad\ndescription: Far away.\n---\n");
        BuildResult edited = project.build();
        assertThat(edited.phases()).containsKey("plan");
        assertThat(project.page("world/").select("h1").text()).isEqualTo("Abroad");
        assertThat(project.page("world/").select(".section-description").text()).isEqualTo("Far away.");
        assertThat(project.page("world/w1/").selectFirst("article .kicker a").text()).isEqualTo("Abroad");
        assertThat(project.page("").select("nav.sections a").eachText()).containsExactly("Abroad");
        assertSameAsAColdBuild(TestProject.NOW);
        project.delete("content/world/_index.md");
        project.build();
        assertThat(project.page("world/").select("h1").text()).isEqualTo("World");
        assertSameAsAColdBuild(TestProject.NOW);
    }

    @Test
    void anAssetAddedBesideAnArticleIsCopied() throws Exception {
        project.build();
        project.bytes("content/world/map.png", new byte[] {1, 2, 3});
        BuildResult result = project.build();
        assertThat(result.filesWritten()).isEqualTo(1);
        assertThat(project.site().resolve("world/map.png")).hasBinaryContent(new byte[] {1, 2, 3});
        project.bytes("content/world/map.png", new byte[] {4, 5});
        assertThat(project.build().filesWritten()).isEqualTo(1);
        assertThat(project.site().resolve("world/map.png")).hasBinaryContent(new byte[] {4, 5});
    }

    @Test
    void aFileAddedWhereAPageIsIsReportedThoughNothingElseChanged() throws Exception {
        project.build();
        project.file("content/world/w1/index.html", "<p>a page of my own</p>");
        assertThatThrownBy(() -> project.build())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.message()).contains("would both be written to world/w1/index.html")));
        assertThat(project.page("world/w1/").selectFirst(".story-body").text()).contains("World text 1.");
    }

    @Test
    void filesAndFoldersPutInTheSiteByHandAreRemovedWhenNothingChanged() throws Exception {
        project.build();
        Files.writeString(project.site().resolve("stray.txt"), "not Dateline's");
        Files.createDirectories(project.site().resolve("empty/inside"));
        BuildResult result = project.build();
        assertThat(result.filesRemoved()).isEqualTo(1);
        assertThat(project.site().resolve("stray.txt")).doesNotExist();
        assertThat(project.site().resolve("empty")).doesNotExist();
        assertSameAsAColdBuild(TestProject.NOW);
        // and a folder without a file in it, on its own
        Files.createDirectories(project.site().resolve("world/w1/empty"));
        assertThat(project.build().filesRemoved()).isZero();
        assertThat(project.site().resolve("world/w1/empty")).doesNotExist();
        assertThat(project.site().resolve("world/w1/index.html")).exists();
    }

    @Test
    void aPageTamperedWithFallsBackToTheWholePlanAndIsWrittenAgain() throws Exception {
        project.build();
        Files.writeString(project.site().resolve("tags/shared/index.html"), "tampered");
        project.article("world/w3.md", "---\ntitle: World 3\ndate: 2026-01-13T10:00:00Z\ntags: [Shared]\n---\n\n"
                + "World text 3.\n\nSecond paragraph 3, edited.\n");
        BuildResult result = project.build();
        assertThat(result.phases()).containsKey("plan");
        assertThat(result.pagesRendered()).isEqualTo(3);
        assertSameAsAColdBuild(TestProject.NOW);
    }

    @Test
    void theNotesOfThePlanAreGivenAgainWhenNothingChanged() throws Exception {
        project.article("world/c.md", "---\ntitle: C\ndate: 2026-01-10T10:00:00Z\ntags: [C, C++]\n---\n\nText.\n");
        BuildResult first = project.build();
        assertThat(first.notes()).anySatisfy(note -> assertThat(note).contains("make the same URL"));
        BuildResult again = project.build();
        assertThat(again.phases()).doesNotContainKey("plan");
        assertThat(again.notes()).isEqualTo(first.notes());
    }

    @Test
    void anEditOfADraftRendersNothing() throws Exception {
        project.article("world/draft.md", "---\ntitle: Draft\ndraft: true\n---\n\nFirst go.\n");
        project.build();
        project.article("world/draft.md", "---\ntitle: Draft\ndraft: true\n---\n\nSecond go.\n");
        BuildResult result = project.build();
        assertThat(result.articlesParsed()).isEqualTo(1);
        assertThat(result.phases()).doesNotContainKey("plan");
        assertThat(result.pagesRendered()).isZero();
        assertThat(result.filesWritten()).isZero();
    }

    private void assertSameAsAColdBuild(Instant now) throws Exception {
        project.build(project.options().withNow(now).withOutput(dir.resolve("cold")).withCache(null));
        TestProject.assertSameFiles(dir.resolve("cold"), project.site());
    }
}
