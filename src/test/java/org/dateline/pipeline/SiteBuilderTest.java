package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dateline.config.LinkStyle;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.testing.SiteChecks;
import org.dateline.testing.TestProject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-site builds of small projects the tests write themselves. */
class SiteBuilderTest {

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
    }

    /** The style sheet a page links to, as a file in the site. */
    private Path stylesheet(Document page) {
        String href = page.selectFirst("link[rel=stylesheet]").attr("href");
        return Path.of(java.net.URI.create(page.location()).resolve(href));
    }

    private void writeSmallArchive() {
        project.article("world/geneva-talks.md", """
                ---
                title: "Talks resume in Geneva: envoys meet again"
                date: 2024-03-05T09:30:00+01:00
                updated: 2024-03-06
                authors: ["Ana Ruiz", "Ben Okafor"]
                source: Dateline staff
                tags: [Diplomacy, Syria]
                summary: Envoys met for a second day.
                dateline: GENEVA
                image: talks.svg
                caption: The envoys before the meeting.
                corrections:
                  - date: 2024-03-07
                    note: An earlier version gave the wrong venue.
                ---

                Envoys met for a **second day** on Tuesday.

                | Year | Talks |
                |------|-------|
                | 2023 | 2     |

                > "We are close," one envoy said.

                ![A map](talks.svg)
                """);
        project.file("content/world/talks.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        project.markdown("business/rates.md", "Rates held", "2023-06-14", "The bank held rates.");
        project.markdown("science/comet.md", "Comet seen", "2025-01-14T21:45:00Z", "A comet was seen.");
        project.article("world/wire-story.txt", """
                Ministers meet to discuss the ceasefire

                Ministers shake hands before the talks in a hotel.
                Ministers shake hands before the talks in a hotel.

                The ministers met on Sunday for the first time in a month.

                "We hope for progress," one said.

                Aid convoys wait at the border

                Trucks have waited for three days at the crossing.

                Source: Example Wire and agencies
                """);
    }

    @Test
    void buildsHomeSectionsAndOnePagePerArticle() throws Exception {
        writeSmallArchive();
        BuildResult result = project.build();

        assertThat(result.articlesRead()).isEqualTo(4);
        assertThat(result.articlesPublished()).isEqualTo(4);
        assertThat(project.exists("index.html")).isTrue();
        for (String page : new String[] {"world/", "business/", "science/", "world/geneva-talks/",
                "world/wire-story/", "business/rates/", "science/comet/"}) {
            assertThat(project.exists(page + "index.html")).as(page).isTrue();
        }
        assertThat(stylesheet(project.page(""))).exists();
        assertThat(project.exists("world/talks.svg")).isTrue();

        Document home = project.page("");
        assertThat(home.select("ol.cards .card-title a").eachText()).containsExactly(
                "Comet seen", "Talks resume in Geneva: envoys meet again", "Rates held",
                "Ministers meet to discuss the ceasefire");
        assertThat(home.select(".card-meta").last().text()).contains("Undated");
        assertThat(home.select("nav.sections a").eachText()).containsExactly("Business", "Science", "World");
        assertThat(home.select("nav.sections a").eachAttr("href")).containsExactly("business/", "science/", "world/");
    }

    @Test
    void articlePageShowsEveryPartOfTheStory() throws Exception {
        writeSmallArchive();
        project.build();

        Document page = project.page("world/geneva-talks/");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Talks resume in Geneva: envoys meet again");
        assertThat(page.title()).startsWith("Talks resume in Geneva");
        assertThat(page.selectFirst(".deck").text()).isEqualTo("Envoys met for a second day.");
        assertThat(page.selectFirst(".byline").text()).isEqualTo("By Ana Ruiz and Ben Okafor");
        assertThat(page.selectFirst(".when time").attr("datetime")).isEqualTo("2024-03-05T08:30:00Z");
        assertThat(page.selectFirst(".updated time").attr("datetime")).isEqualTo("2024-03-06");
        assertThat(page.selectFirst(".source").text()).isEqualTo("Source: Dateline staff");
        assertThat(page.selectFirst(".dateline").text()).startsWith("GENEVA");
        assertThat(page.selectFirst(".lead-image img").attr("src")).isEqualTo("../../world/talks.svg");
        assertThat(page.selectFirst(".lead-image figcaption").text()).isEqualTo("The envoys before the meeting.");
        assertThat(page.select(".story-body table th").eachText()).containsExactly("Year", "Talks");
        assertThat(page.select(".story-body blockquote").text()).contains("We are close");
        assertThat(page.selectFirst(".story-body strong").text()).isEqualTo("second day");
        assertThat(page.selectFirst(".story-body p img").attr("src")).isEqualTo("../../world/talks.svg");
        assertThat(page.select(".corrections li").text()).isEqualTo("7 March 2024: An earlier version gave the wrong venue.");
        assertThat(page.select(".tags li").eachText()).containsExactly("Diplomacy", "Syria");
        assertThat(page.select("nav.breadcrumbs a").eachText()).containsExactly("Home", "World");
        assertThat(page.selectFirst("nav.sections a[aria-current]").text()).isEqualTo("World");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void wireCopyReadsAsACleanArticle() throws Exception {
        writeSmallArchive();
        project.build();

        Document page = project.page("world/wire-story/");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Ministers meet to discuss the ceasefire");
        Element body = page.selectFirst(".story-body");
        assertThat(body.text().split("Ministers shake hands", -1)).hasSize(2);
        assertThat(body.select(".wire-caption").text()).isEqualTo("Ministers shake hands before the talks in a hotel.");
        assertThat(body.select("h2").eachText()).containsExactly("Aid convoys wait at the border");
        assertThat(body.text()).doesNotContain("Source:");
        assertThat(page.selectFirst(".source").text()).isEqualTo("Source: Example Wire and agencies");
        assertThat(page.select(".undated")).hasSize(1);
    }

    @Test
    void paginatesListingsTwentyAPage() throws Exception {
        for (int i = 1; i <= 21; i++) {
            project.markdown("world/story-%02d.md".formatted(i), "Story " + i, "2024-01-%02dT10:00:00Z".formatted(i), "Text " + i);
        }
        project.build();

        Document first = project.page("world/");
        assertThat(first.select("ol.cards > li")).hasSize(20);
        assertThat(first.selectFirst("ol.cards .card-title").text()).isEqualTo("Story 21");
        assertThat(first.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("../world/page/2/");
        assertThat(first.select(".pager a[rel=prev]")).isEmpty();
        Document second = project.page("world/page/2/");
        assertThat(second.select("ol.cards > li")).hasSize(1);
        assertThat(second.selectFirst("ol.cards .card-title").text()).isEqualTo("Story 1");
        assertThat(second.selectFirst(".pager a[rel=prev]").attr("href")).isEqualTo("../../../world/");
        assertThat(second.selectFirst(".pager a[aria-current=page]").text()).isEqualTo("2");
        assertThat(second.select(".pager a[rel=next]")).isEmpty();
        assertThat(project.exists("page/2/index.html")).isTrue();
        assertThat(project.exists("world/page/3/index.html")).isFalse();
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }

    @Test
    void anEmptyContentFolderStillGivesAHomePage() throws Exception {
        BuildResult result = project.build();
        Set<String> files = new HashSet<>(TestProject.snapshot(project.site()).keySet());
        // the search index of no articles: its description, one empty term file and its directory
        assertThat(files.removeIf(f -> f.startsWith("search/terms/") || f.startsWith("search/dirs/"))).isTrue();
        assertThat(files).containsExactlyInAnyOrder(
                ".dateline-output", "index.html", "archive/index.html", "404.html", "feed.xml", "atom.xml", "feed.json",
                "sitemap.xml", "robots.txt", "_headers", "favicon.svg", "search/index.html", "search/meta.js",
                project.page("").selectFirst("link[rel=stylesheet]").attr("href"),
                project.page("search/").selectFirst("script[src]").attr("src").replace("../", ""));
        assertThat(result.pagesRendered()).isEqualTo(10); // with the search page
        assertThat(project.page("").selectFirst(".empty").text()).startsWith("No articles yet");
        assertThat(project.page("").select(".pager")).isEmpty();
    }

    @Test
    void aBadArticleStopsTheBuildAndLeavesTheSiteAsItWas() throws Exception {
        writeSmallArchive();
        project.build();
        Map<String, byte[]> before = TestProject.snapshot(project.site());

        project.article("world/broken.md", "---\ntitle: \"Broken\ndate: 2024-01-01\n---\nText\n");
        project.article("world/no-date.md", "---\ntitle: Fine\ndate: yesterday\n---\nText\n");
        project.markdown("world/extra.md", "Would be new", "2024-02-02", "New text.");

        assertThatThrownBy(project::build)
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::file)
                            .containsExactly("content/world/broken.md", "content/world/no-date.md");
                    assertThat(e.problems().get(1).line()).isEqualTo(3);
                    assertThat(e.problems().get(1).message()).contains("'yesterday' is not a date");
                });
        assertThat(TestProject.snapshot(project.site())).containsOnlyKeys(before.keySet());
        before.forEach((path, bytes) -> assertThat(TestProject.snapshot(project.site()).get(path)).as(path).isEqualTo(bytes));
        assertThat(project.exists("world/extra/index.html")).isFalse();
    }

    @Test
    void twoArticlesWithOneUrlAreReportedTogether() throws Exception {
        project.markdown("world/a.md", "A", "2024-01-01", "a");
        project.article("world/b.md", "---\ntitle: B\nslug: a\n---\nb\n");
        assertThatThrownBy(project::build)
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(p -> assertThat(p.message()).contains("content/world/a.md", "content/world/b.md",
                                "world/a/index.html")));
        assertThat(project.site()).doesNotExist();
    }

    @Test
    void anArticleAtASectionsUrlIsReportedAgainstItsFile() throws Exception {
        project.markdown("world.md", "World", "2024-01-01", "a");
        project.markdown("world/b.md", "B", "2024-01-01", "b");
        assertThatThrownBy(project::build)
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo("content/world.md");
                            assertThat(p.message()).contains("world/index.html");
                        }));
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndLine() throws Exception {
        writeSmallArchive();
        project.file("templates/article.peb", "{% extends \"layout.peb\" %}\n{% block content %}\n{{ article.titel }}\n{% endblock %}\n");
        assertThatThrownBy(project::build)
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo("templates/article.peb");
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.message()).contains("titel");
                        }));
        assertThat(project.site()).doesNotExist();
    }

    @Test
    void projectTemplatesReplaceOnlyWhatTheyDefine() throws Exception {
        writeSmallArchive();
        project.file("templates/static/style.css", "body { color: red; }\n");
        project.file("templates/static/extra.txt", "hello\n");
        project.build();
        assertThat(Files.readString(stylesheet(project.page("world/geneva-talks/"))))
                .isEqualTo("body { color: red; }\n");
        assertThat(project.exists("extra.txt")).isTrue();
        assertThat(project.exists("favicon.svg")).isTrue();
        assertThat(project.page("world/geneva-talks/").selectFirst("h1").text()).startsWith("Talks resume");
    }

    @Test
    void anUnchangedRebuildWritesNothingAndARemovedArticleIsRemoved() throws Exception {
        writeSmallArchive();
        BuildResult first = project.build();
        BuildResult second = project.build();
        assertThat(second.filesWritten()).isZero();
        assertThat(second.filesRemoved()).isZero();
        assertThat(second.filesUnchanged()).isEqualTo(first.filesWritten());

        project.delete("content/business/rates.md");
        BuildResult third = project.build();
        assertThat(project.exists("business/rates/index.html")).isFalse();
        assertThat(project.exists("business/index.html")).isFalse();
        // its page, its section's page and three feeds, the year, month and day pages only it was in,
        // and its text for search snippets
        assertThat(third.filesRemoved()).isEqualTo(9);
        assertThat(project.exists("business/feed.xml")).isFalse();
        assertThat(project.exists("2023/06/14/index.html")).isFalse();
        assertThat(project.site().resolve("business")).doesNotExist();
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }

    @Test
    void refusesAnOutputFolderHoldingSomeoneElsesFiles() throws Exception {
        writeSmallArchive();
        project.file("site/thesis.docx", "precious");
        assertThatThrownBy(project::build).isInstanceOf(UsageException.class).hasMessageContaining("did not write");
        assertThat(Files.readString(project.site().resolve("thesis.docx"))).isEqualTo("precious");
    }

    @Test
    void draftsAndEmbargoesStayOutUntilAsked() throws Exception {
        project.markdown("world/public.md", "Public", "2024-01-01", "x");
        project.article("world/draft.md", "---\ntitle: Draft\ndraft: true\n---\nx\n");
        project.article("world/later.md", "---\ntitle: Later\nembargo: 2030-01-01T00:00:00Z\n---\nx\n");
        BuildResult result = project.build();
        assertThat(result.articlesPublished()).isEqualTo(1);
        assertThat(result.notes()).filteredOn(note -> !note.startsWith("no baseUrl")).hasSize(2);
        assertThat(project.exists("world/draft/index.html")).isFalse();
        assertThat(project.exists("world/later/index.html")).isFalse();
        assertThat(project.page("").select(".card-title").eachText()).containsExactly("Public");

        project.build(project.options().withDrafts(true));
        assertThat(project.exists("world/draft/index.html")).isTrue();
        assertThat(project.exists("world/later/index.html")).isFalse();
    }

    @Test
    void filesLinkStyleLinksToIndexFilesThatOpenFromDisk() throws Exception {
        writeSmallArchive();
        project.build(project.options().withLinkStyle(LinkStyle.FILES));
        Document home = project.page("");
        assertThat(home.select("nav.sections a").eachAttr("href"))
                .containsExactly("business/index.html", "science/index.html", "world/index.html");
        assertThat(project.page("world/geneva-talks/").select("nav.breadcrumbs a").eachAttr("href"))
                .containsExactly("../../index.html", "../../world/index.html");
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }

    @Test
    void canonicalLinksUseTheBaseUrl() throws Exception {
        writeSmallArchive();
        project.file("dateline.yml", "title: The Test Gazette\nbaseUrl: https://news.example.net/archive\nlanguage: en-GB\n");
        project.build();
        Document page = project.page("world/geneva-talks/");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://news.example.net/archive/world/geneva-talks/");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(page.selectFirst(".site-title").text()).isEqualTo("The Test Gazette");
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        writeSmallArchive();
        project.build(project.options().withOutput(dir.resolve("one")));
        project.build(project.options().withOutput(dir.resolve("two")));
        TestProject.assertSameFiles(dir.resolve("one"), dir.resolve("two"));
    }

    @Test
    void everyPageIsValidHtmlWithNoBrokenLinks() throws Exception {
        writeSmallArchive();
        project.build();
        assertThat(SiteChecks.htmlErrors(project.site())).isEmpty();
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }
}
