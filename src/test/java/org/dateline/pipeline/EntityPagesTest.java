package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.config.LinkStyle;
import org.dateline.model.ProblemException;
import org.dateline.testing.NodeScript;
import org.dateline.testing.SiteChecks;
import org.dateline.testing.TestProject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** People, places and organisations found in the text: their pages, the links to them, and rebuilds. */
class EntityPagesTest {

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
        project.file("dateline.yml", "entities: true\n");
        project.markdown("world/a.md", "Talks resume", "2024-03-05T09:00:00Z",
                "US Secretary of State John Kerry arrived in Geneva on Sunday. Kerry said talks would be hard.");
        project.markdown("world/b.md", "Ceasefire holds", "2024-03-06T09:00:00Z",
                "The ceasefire held, said John Kerry, who met officials in Geneva and the Bank of England.");
        project.markdown("world/c.md", "Talks end", "2024-03-07T09:00:00Z",
                "Delegates in Geneva said the talks ended. Mr Kerry flew home.");
        project.markdown("business/d.md", "Rates rise", "2024-03-08T09:00:00Z",
                "The Bank of England raised rates in London.");
    }

    @Test
    void anEntityNamedInEnoughArticlesHasAPageAndAnIndexAndTheArticlesLinkToIt() throws Exception {
        project.build();

        Document person = project.page("people/john-kerry/");
        assertThat(person.selectFirst("h1").text()).contains("John Kerry");
        assertThat(person.select(".card-title").eachText()).containsExactly("Talks end", "Ceasefire holds", "Talks resume");
        assertThat(project.exists("people/john-kerry/feed.xml")).isTrue();
        assertThat(project.exists("people/john-kerry/atom.xml")).as("one feed per entity: the site's main format").isFalse();
        assertThat(project.exists("people/john-kerry/feed.json")).isFalse();
        assertThat(person.select("link[rel=alternate]").eachAttr("href"))
                .containsExactly("../../people/john-kerry/feed.xml");
        assertThat(project.exists("world/atom.xml")).as("a section keeps every format").isTrue();
        assertThat(project.page("people/").select(".count-list a").eachText()).contains("John Kerry");
        assertThat(project.page("places/geneva/").select(".card-title")).hasSize(3);

        Document article = project.page("world/a/");
        assertThat(article.select(".in-this-story .entities-people dd").eachText()).containsExactly("John Kerry");
        assertThat(article.select(".in-this-story .entities-people a").attr("href")).isEqualTo("../../people/john-kerry/");
        assertThat(article.select(".in-this-story .entities-places dd").eachText()).containsExactly("Geneva");
        assertThat(article.select("script[type=application/ld+json]").html())
                .contains("\"mentions\":[{\"@type\":\"Person\",\"name\":\"John Kerry\"}");

        Document rates = project.page("business/d/");
        assertThat(rates.select(".in-this-story .entities-organisations dd").eachText())
                .as("named in two articles: listed, without a page").containsExactly("Bank of England");
        assertThat(rates.select(".in-this-story a")).isEmpty();
        assertThat(project.exists("organisations/bank-of-england/index.html")).isFalse();
    }

    @Test
    void anEntityHasOneFeedInTheSitesFirstFormatWhenItHasNoRss() throws Exception {
        project.file("dateline.yml", "entities: true\nfeeds: [json, atom]\n");
        project.build();
        assertThat(project.exists("people/john-kerry/atom.xml")).isTrue();
        assertThat(project.exists("people/john-kerry/feed.json")).isFalse();
        assertThat(project.page("people/john-kerry/").select("link[rel=alternate]").eachAttr("href"))
                .containsExactly("../../people/john-kerry/atom.xml");
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }

    @Test
    void anEntitysPagesListHeadlinesFiveTimesThePageSizeAtATime() throws Exception {
        project.file("dateline.yml", "entities: true\npageSize: 1\n");
        project.build();
        Document person = project.page("people/john-kerry/");
        assertThat(person.select(".card-title").eachText()).containsExactly("Talks end", "Ceasefire holds", "Talks resume");
        assertThat(person.select(".card-excerpt")).as("headlines, days and sections only").isEmpty();
        assertThat(person.select(".card-meta").first().text()).isEqualTo("7 March 2024, 09:00 UTC · World");
        assertThat(person.selectFirst("h1 .label").text()).isEqualTo("Person");
        assertThat(project.exists("people/john-kerry/page/2/index.html")).isFalse();
        assertThat(project.exists("world/page/3/index.html")).as("other listings keep the page size").isTrue();
    }

    @Test
    void bothLinkStylesGiveValidPagesWithNoBrokenLinks() throws Exception {
        project.build();
        assertThat(SiteChecks.htmlErrors(project.site())).isEmpty();
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
        project.build(project.options().withLinkStyle(LinkStyle.FILES));
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }

    @Test
    void theSettingsSetTheThresholdAliasesDropsAndAdditionsOrTurnItOff() throws Exception {
        project.file("dateline.yml", "entities:\n  minArticles: 2\n  aliases: {\"Bank of England\": \"BoE\"}\n"
                + "  drop: [Geneva]\n  add: {places: [Delegates]}\n");
        project.build();
        assertThat(project.exists("organisations/boe/index.html")).isTrue();
        assertThat(project.exists("places/geneva/index.html")).isFalse();
        assertThat(project.page("world/c/").select(".in-this-story .entities-places dd").eachText())
                .containsExactly("Delegates");

        project.file("dateline.yml", "entities: false\n");
        project.build();
        assertThat(project.exists("people")).isFalse();
        assertThat(project.page("world/a/").select(".in-this-story")).isEmpty();
    }

    @Test
    void badEntitySettingsAreReportedWithTheLine() {
        project.file("dateline.yml", "title: T\nentities:\n  minArticles: zero\n  add: {planets: [Mars]}\n");
        assertThatThrownBy(project::build).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems())
                .hasSize(2).allSatisfy(p -> {
                    assertThat(p.file()).isEqualTo("dateline.yml");
                    assertThat(p.line()).isEqualTo(2);
                }).anySatisfy(p -> assertThat(p.message()).contains("minArticles"))
                .anySatisfy(p -> assertThat(p.message()).contains("planets")));
    }

    @Test
    void entitiesAreFoundOnlyWhenTheSettingsAskForThem() throws Exception {
        project.file("dateline.yml", "title: T\n");
        project.build();
        assertThat(project.page("world/a/").select(".in-this-story")).isEmpty();
        assertThat(project.exists("people/index.html")).isFalse();
        assertThat(project.exists("search/entities")).isFalse();
        assertThat(Files.readString(project.site().resolve("search/meta.js"))).doesNotContain("\"entities\"");
    }

    @Test
    void aSearchThatNamesAnEntityShowsItsPageAboveTheArticles() throws Exception {
        project.build();
        String base = project.site().resolve("search").toAbsolutePath() + "/";
        JsonNode out = new NodeScript()
                .call("searchSite", base, "kerry", Map.of())
                .call("searchSite", base, "John Kerry", Map.of())
                .call("searchSite", base, "john ke", Map.of())
                .call("searchSite", base, "kerry rates", Map.of())
                .call("searchSite", base, "geneva", Map.of())
                .call("searchSite", base, "bank of england", Map.of())
                .run();
        for (int i = 0; i < 3; i++) {
            assertThat(out.get(i).get("entities").toString()).as("query %d", i)
                    .isEqualTo("[{\"kind\":\"Person\",\"name\":\"John Kerry\",\"path\":\"people/john-kerry/\",\"count\":3}]");
        }
        // the articles are found as they were, below it ("Mr Kerry" of world/c has no "John")
        assertThat(out.get(1).get("paths").toString()).isEqualTo("[\"world/a/\",\"world/b/\"]");
        assertThat(out.get(0).get("paths").size()).isEqualTo(3);
        assertThat(out.get(3).get("entities")).as("a word the name has not: no entity").isEmpty();
        assertThat(out.get(4).get("entities").get(0).get("path").asText()).isEqualTo("places/geneva/");
        assertThat(out.get(5).get("entities")).as("named in two articles: no page, so not shown").isEmpty();
    }

    @Test
    void anAliasIsSearchableAndASettingsChangeRebuildsTheEntityFilesAsAColdBuildWould() throws Exception {
        project.build();
        project.file("dateline.yml", "entities:\n  aliases: {\"Secretary Kerry\": \"John Kerry\"}\n");
        project.build();
        project.build(project.options().withOutput(dir.resolve("cold")).withCache(null));
        TestProject.assertSameFiles(dir.resolve("cold"), project.site());
        String base = project.site().resolve("search").toAbsolutePath() + "/";
        JsonNode out = new NodeScript().call("searchSite", base, "secretary", Map.of()).run();
        assertThat(out.get(0).get("entities").get(0).get("name").asText()).isEqualTo("John Kerry");
    }

    @Test
    void anEditThatNamesAPersonRewritesThatPersonsPagesAndNothingUnrelated() throws Exception {
        project.build();
        Map<String, byte[]> before = TestProject.snapshot(project.site());
        project.markdown("business/d.md", "Rates rise", "2024-03-08T09:00:00Z",
                "The Bank of England raised rates in London.\n\nJohn Kerry said nothing.");
        project.build();
        Map<String, byte[]> after = TestProject.snapshot(project.site());
        Set<String> changed = new TreeSet<>();
        after.forEach((path, bytes) -> {
            // The search index's term files are named by a hash of what they hold: one holds "kerry" now.
            if (!Arrays.equals(bytes, before.get(path)) && !path.startsWith("search/terms/")) {
                changed.add(path);
            }
        });
        assertThat(changed).containsExactlyInAnyOrder(
                "business/d/index.html", "search/text/business/d.js",
                "people/john-kerry/index.html", "people/john-kerry/feed.xml", "people/index.html",
                "search/entities/0.js", // "John Kerry · 4 stories"
                "sitemap.xml"); // the person's page is newer now: its last-modified date in the sitemap
        project.build(project.options().withOutput(dir.resolve("cold")).withCache(null));
        TestProject.assertSameFiles(dir.resolve("cold"), project.site());
    }

    @Test
    void theSeedWireStoryListsWhoAndWhereItNamesThoughNoneHasAPageInASmallArchive() throws Exception {
        TestProject seed = new TestProject(dir.resolve("seed"));
        seed.file("dateline.yml", "entities: true\n");
        seed.bytes("content/world/kerry-geneva-syria.txt",
                Files.readAllBytes(Path.of("content/world/kerry-geneva-syria.txt")));
        seed.build();
        Document page = seed.page("world/kerry-geneva-syria/");
        assertThat(page.select(".entities-people dd").eachText()).contains("John Kerry", "Nasser Judeh");
        assertThat(page.select(".entities-places dd").eachText()).contains("Geneva", "Syria", "Aleppo");
        assertThat(page.select(".entities-organisations dd").eachText()).contains("UN", "United Nations");
        assertThat(page.select(".in-this-story a")).as("one article: below minArticles, no pages").isEmpty();
    }

    @Test
    void aSectionNamedPeopleIsReported() {
        project.markdown("people/x.md", "X", "2024-01-01", "Text.");
        assertThatThrownBy(project::build).isInstanceOf(ProblemException.class);
        assertThat(Files.exists(project.site())).isFalse();
    }
}
