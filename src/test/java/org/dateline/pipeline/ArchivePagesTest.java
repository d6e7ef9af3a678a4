package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.dateline.config.LinkStyle;
import org.dateline.model.ProblemException;
import org.dateline.testing.SiteChecks;
import org.dateline.testing.TestProject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ways into an archive: dates, tags, authors, sources, and what an article page leads on to. */
class ArchivePagesTest {

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
    }

    private void article(String path, String title, String date, String extra) {
        project.article(path, "---\ntitle: \"" + title + "\"\n" + (date == null ? "" : "date: " + date + "\n") + extra
                + "---\n\nText of " + title + ".\n");
    }

    private void writeArchive() {
        article("world/a.md", "March one", "2024-03-05T09:00:00Z", "tags: [Climate, Water]\nauthor: Ana Ruiz\nsource: Wire One\n");
        article("world/b.md", "March two", "2024-03-05T18:00:00Z", "tags: [Climate]\nauthor: Ana Ruiz\n");
        article("world/c.md", "March three", "2024-03-21", "tags: [Water, Café culture, climate]\n");
        article("business/d.md", "January", "2024-01-10", "tags: [Trade]\nauthors: [Ben Okafor, Ana Ruiz]\n");
        article("business/e.md", "Old one", "2022-11-30T23:30:00Z", "tags: [Climate, Trade]\n");
        article("science/f.md", "No date", null, "tags: [Climate]\n");
        project.article("science/wire.txt", "Wire headline\n\nA paragraph of wire copy.\n\nSource: Wire One\n");
    }

    @Test
    void yearMonthAndDayPagesListTheirArticlesNewestFirstWithNeighbours() throws Exception {
        writeArchive();
        project.build();

        Document year = project.page("2024/");
        assertThat(year.selectFirst("h1").text()).isEqualTo("2024");
        assertThat(year.select(".card-title").eachText()).containsExactly("March three", "March two", "March one", "January");
        assertThat(year.select("nav.periods a").eachText()).containsExactly("March 2024", "January 2024");
        assertThat(year.selectFirst(".period-nav a[rel=prev]").text()).isEqualTo("‹ 2022");
        assertThat(year.select(".period-nav a[rel=next]")).isEmpty();

        Document month = project.page("2024/03/");
        assertThat(month.selectFirst("h1").text()).isEqualTo("March 2024");
        assertThat(month.select(".card-title").eachText()).containsExactly("March three", "March two", "March one");
        assertThat(month.select("nav.periods a").eachText()).containsExactly("21 March 2024", "5 March 2024");
        assertThat(month.selectFirst(".period-nav a[rel=prev]").attr("href")).isEqualTo("../../2024/01/");
        assertThat(month.select("nav.breadcrumbs a").eachText()).containsExactly("Home", "Archive", "2024");

        Document day = project.page("2024/03/05/");
        assertThat(day.select(".card-title").eachText()).containsExactly("March two", "March one");
        assertThat(day.selectFirst(".period-nav a[rel=next]").text()).isEqualTo("21 March 2024 ›");
        assertThat(day.selectFirst(".period-nav a[rel=prev]").text()).isEqualTo("‹ 10 January 2024");

        assertThat(project.exists("2022/11/30/index.html")).isTrue();
        assertThat(project.exists("2023/index.html")).isFalse();
    }

    @Test
    void archiveIndexShowsEveryYearAndMonthWithCountsAndTheUndated() throws Exception {
        writeArchive();
        project.build();

        Document archive = project.page("archive/");
        assertThat(archive.select(".calendar-head a").eachText()).containsExactly("2024", "2022");
        assertThat(archive.select("#y2024 ~ .months li")).hasSize(12);
        assertThat(archive.select("#y2024 ~ .months li.has a").eachAttr("href")).containsExactly("../2024/01/", "../2024/03/");
        assertThat(archive.select("#y2024 ~ .months li.has .visually-hidden").eachText())
                .containsExactly("January 2024: 1 article", "March 2024: 3 articles");
        assertThat(archive.selectFirst(".undated-link a").text()).isEqualTo("2 undated articles");

        Document undated = project.page("undated/");
        assertThat(undated.select(".card-title").eachText()).containsExactly("No date", "Wire headline");
        assertThat(undated.select(".card-meta").eachText()).allSatisfy(meta -> assertThat(meta).startsWith("Undated"));
    }

    @Test
    void termPagesAndIndexesSortByCountAndByName() throws Exception {
        writeArchive();
        project.build();

        Document climate = project.page("tags/climate/");
        assertThat(climate.selectFirst("h1").text()).isEqualTo("Tag Climate");
        assertThat(climate.select(".card-title").eachText())
                .containsExactly("March three", "March two", "March one", "Old one", "No date");

        Document tags = project.page("tags/");
        assertThat(tags.select("#most-used ~ ul a").eachText()).containsExactly("Climate", "Trade", "Water", "Café culture");
        assertThat(tags.select("#a-to-z ~ ul a").eachText()).containsExactly("Café culture", "Climate", "Trade", "Water");
        assertThat(tags.select("#a-to-z ~ ul .n").eachText()).containsExactly("1", "5", "2", "2");
        assertThat(project.exists("tags/cafe-culture/index.html")).isTrue();

        assertThat(project.page("authors/ana-ruiz/").select(".card-title").eachText())
                .containsExactly("March two", "March one", "January");
        assertThat(project.page("sources/wire-one/").select(".card-title").eachText())
                .containsExactly("March one", "Wire headline");
        assertThat(project.page("sources/").select("#a-to-z ~ ul a").eachText()).containsExactly("Wire One");
    }

    @Test
    void namesThatSlugAlikeEachKeepTheirOwnPage() throws Exception {
        article("world/a.md", "One", "2024-01-01", "tags: [\"C\", \"C++\", \"東京\", \"Café\"]\n");
        article("world/b.md", "Two", "2024-01-02", "tags: [\"c\", \"Cafe!\", \"???\"]\n");
        BuildResult result = project.build();

        assertThat(project.page("tags/c/").select(".card-title").eachText()).containsExactly("Two", "One");
        assertThat(project.page("tags/c-2/").selectFirst("h1").text()).isEqualTo("Tag C++");
        // "Cafe!" sorts before "Café", so it keeps the plain slug.
        assertThat(project.page("tags/cafe/").selectFirst("h1").text()).isEqualTo("Tag Cafe!");
        assertThat(project.page("tags/cafe-2/").selectFirst("h1").text()).isEqualTo("Tag Café");
        assertThat(project.page("tags/東京/").selectFirst("h1").text()).isEqualTo("Tag 東京");
        assertThat(project.page("tags/").select("#a-to-z ~ ul a").eachAttr("href"))
                .contains("../tags/c/", "../tags/c-2/", "../tags/東京/");
        assertThat(project.page("tags/").select("#a-to-z ~ ul a:contains(???)").attr("href")).matches("\\.\\./tags/tag-[0-9a-f]{8}/");
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("'C++'", "tags/c-2/"));
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }

    @Test
    void articlePageLinksItsTermsDateAndRelatedArticles() throws Exception {
        writeArchive();
        project.build();

        Document page = project.page("world/a/");
        assertThat(page.select(".tags a").eachText()).containsExactly("Climate", "Water");
        assertThat(page.select(".tags a").eachAttr("href")).containsExactly("../../tags/climate/", "../../tags/water/");
        assertThat(page.select(".byline a").eachAttr("href")).containsExactly("../../authors/ana-ruiz/");
        assertThat(page.selectFirst(".source a").attr("href")).isEqualTo("../../sources/wire-one/");
        assertThat(page.selectFirst(".when a").attr("href")).isEqualTo("../../2024/03/05/");
        // Two shared tags beat one; then the nearest in time.
        assertThat(page.select(".related .card-title").eachText())
                .containsExactly("March three", "March two", "Old one", "No date");
        assertThat(page.select(".related .card-title")).hasSizeLessThanOrEqualTo(5);

        assertThat(project.page("science/wire/").selectFirst(".source a").attr("href")).isEqualTo("../../sources/wire-one/");
        assertThat(project.page("science/f/").selectFirst(".when a.undated").attr("href")).isEqualTo("../../undated/");
    }

    @ParameterizedTest(name = "{0} articles tagged → {1} pages")
    @CsvSource({"1, 1", "20, 1", "21, 2", "40, 2", "41, 3"})
    void listingsPaginateAtTwenty(int articles, int pages) throws Exception {
        for (int i = 1; i <= articles; i++) {
            article("world/s%02d.md".formatted(i), "Story " + i, "2024-01-01T%02d:%02d:00Z".formatted(i / 60, i % 60), "tags: [Busy]\n");
        }
        project.build();
        for (String listing : new String[] {"tags/busy/", "world/", "2024/", "2024/01/", "2024/01/01/", ""}) {
            assertThat(project.exists(listing + "index.html")).as(listing).isTrue();
            for (int n = 2; n <= pages; n++) {
                assertThat(project.exists(listing + "page/" + n + "/index.html")).as(listing + " page " + n).isTrue();
            }
            assertThat(project.exists(listing + "page/" + (pages + 1) + "/index.html")).as(listing + " no extra page").isFalse();
        }
        Document last = project.page(pages == 1 ? "tags/busy/" : "tags/busy/page/" + pages + "/");
        assertThat(last.select(".card")).hasSize(articles - 20 * (pages - 1));
        assertThat(last.select(".card-title").last().text()).isEqualTo("Story 1");
        if (pages > 1) {
            assertThat(last.selectFirst(".pager a[rel=first]").attr("href")).isEqualTo("../../../../tags/busy/");
            assertThat(last.select(".pager a[rel=last]")).isEmpty();
        } else {
            assertThat(last.select(".pager")).isEmpty();
        }
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }

    @Test
    void anEmbargoedArticleIsInNoListingIndexOrCount() throws Exception {
        writeArchive();
        article("world/secret.md", "Secret", "2024-03-05T10:00:00Z",
                "tags: [Climate, Embargoed]\nauthor: Ana Ruiz\nembargo: 2030-01-01T00:00:00Z\n");
        project.build();
        assertThat(project.exists("world/secret/index.html")).isFalse();
        assertThat(project.exists("tags/embargoed/index.html")).isFalse();
        for (String page : new String[] {"", "world/", "2024/03/05/", "tags/climate/", "authors/ana-ruiz/", "tags/"}) {
            assertThat(project.page(page).text()).as(page).doesNotContain("Secret", "Embargoed");
        }
        assertThat(project.page("archive/").select("#y2024 ~ .months .visually-hidden").eachText()).contains("March 2024: 3 articles");
    }

    @ParameterizedTest
    @CsvSource({"tags", "2016", "archive", "page", "on-this-day"})
    void aSectionNamedLikeTheSitesOwnPagesIsReported(String folder) {
        article(folder + "/x.md", "X", "2024-01-01", "");
        assertThatThrownBy(project::build).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("content/" + folder + "/x.md");
                    assertThat(p.message()).contains("/" + folder + "/", "keeps");
                }));
    }

    @Test
    void bothLinkStylesGiveValidPagesWithNoBrokenLinks() throws Exception {
        writeArchive();
        project.build();
        assertThat(SiteChecks.htmlErrors(project.site())).isEmpty();
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();

        project.build(project.options().withLinkStyle(LinkStyle.FILES));
        assertThat(project.page("archive/").select(".months a").eachAttr("href")).allMatch(h -> h.endsWith("/index.html"));
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }

    @Test
    void listingsAndFeedsLeftOutOfTheSettingsAreNotBuiltAndNothingLinksToThem() throws Exception {
        writeArchive();
        project.file("dateline.yml", "listings: [tags]\nfeeds: [rss]\nfeedsFor: home\n");
        project.build();

        assertThat(project.exists("2024/index.html")).isFalse();
        assertThat(project.exists("archive/index.html")).isFalse();
        assertThat(project.exists("undated/index.html")).isFalse();
        assertThat(project.exists("authors/index.html")).isFalse();
        assertThat(project.exists("sources/index.html")).isFalse();
        assertThat(project.exists("tags/climate/index.html")).isTrue();
        assertThat(project.exists("feed.xml")).isTrue();
        assertThat(project.exists("atom.xml")).isFalse();
        assertThat(project.exists("feed.json")).isFalse();
        assertThat(project.exists("world/feed.xml")).isFalse();
        assertThat(project.exists("tags/climate/feed.xml")).isFalse();

        Document a = project.page("world/a/");
        assertThat(a.select(".byline .author").eachText()).containsExactly("Ana Ruiz");
        assertThat(a.select(".byline a")).isEmpty();
        assertThat(a.select(".when time").text()).isNotEmpty();
        assertThat(a.select(".when a")).isEmpty();
        assertThat(a.selectFirst(".source").text()).isEqualTo("Source: Wire One");
        assertThat(a.select(".source a")).isEmpty();
        assertThat(a.select(".tags a").eachText()).containsExactly("Climate", "Water");
        assertThat(a.select("link[rel=alternate]").eachAttr("href")).containsExactly("../../feed.xml");
        assertThat(project.page("science/f/").select(".when .undated").text()).isEqualTo("Undated");

        Document home = project.page("");
        assertThat(home.select("#years-heading, #authors-heading, #sources-heading")).isEmpty();
        assertThat(home.select("#tags-heading")).hasSize(1);
        assertThat(home.select("nav.browse a").eachText()).containsExactly("Tags");
        assertThat(home.select("link[rel=alternate]").eachAttr("href")).containsExactly("feed.xml");
        Document notFound = project.page("404.html");
        assertThat(notFound.text()).contains("Try the home page.");
        assertThat(notFound.select("a").eachAttr("href")).noneMatch(href -> href.contains("archive"));
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }
}
