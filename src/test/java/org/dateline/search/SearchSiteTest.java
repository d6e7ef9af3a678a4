package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.pipeline.BuildResult;
import org.dateline.testing.NodeScript;
import org.dateline.testing.SiteChecks;
import org.dateline.testing.TestProject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small archive built whole, then asked known questions through the browser's own search code. */
class SearchSiteTest {

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
        writeArchive(project);
    }

    /** Six articles with known words: elections, Geneva and Genève, a wire story, common words. */
    static void writeArchive(TestProject project) {
        project.article("world/council-election.md", "---\ntitle: Council election called early\ndate: 2024-03-05T09:00:00Z\n"
                + "tags: [Politics]\n---\n\nThe mayor called an early vote after the budget failed.\n");
        project.article("world/election-night.md", "---\ntitle: A long night in Geneva\ndate: 2023-11-02T22:00:00Z\n---\n\n"
                + "Counting went on until dawn. The election result surprised everyone.\n");
        project.article("science/river-study.md", "---\ntitle: River study finds cleaner water\ndate: 2024-06-01T08:00:00Z\n"
                + "tags: [Environment]\n---\n\nSamples from the river were tested over two years. Elected officials welcomed it.\n");
        project.article("world/state-of-union.md", "---\ntitle: The state of the union\ndate: 2022-01-20T18:00:00Z\n---\n\n"
                + "A speech on the state of the union, with nothing else of note.\n");
        project.article("culture/geneve.md", "---\ntitle: Festival returns to Genève\ndate: 2024-08-10T10:00:00Z\n---\n\n"
                + "Bands from across Switzerland played by the lake.\n");
        project.article("world/wire.txt", "Kerry's talks stall in Geneva\n\nTalks between the two sides stalled on Tuesday.\n\n"
                + "Source: Agencies\n");
    }

    @Test
    void theSiteHasASearchPageABoxOnEveryPageAndAValidIndex() throws Exception {
        project.build();
        Document search = project.page("search/");
        assertThat(search.select("#search-input[type=search]")).hasSize(1);
        assertThat(search.select("#search-section option")).extracting(o -> o.attr("value"))
                .containsExactly("", "culture", "science", "world");
        assertThat(search.select("#search-year option")).extracting(o -> o.attr("value"))
                .containsExactly("", "2024", "2023", "2022");
        assertThat(search.selectFirst("#search-form").attr("data-index")).isEqualTo("../search/meta.js");
        assertThat(search.selectFirst("script[src]").attr("src")).matches("\\.\\./assets/search\\.[0-9a-f]{10}\\.js");
        assertThat(search.select("form.site-search")).isEmpty(); // the page's own form is the box there
        Document article = project.page("world/council-election/");
        assertThat(article.selectFirst("form.site-search").attr("action")).isEqualTo("../../search/");
        assertThat(project.exists("search/meta.js")).isTrue();
        assertThat(project.exists("search/text/world/council-election.js")).isTrue();
        assertThat(SiteChecks.htmlErrors(project.site())).isEmpty();
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }

    @Test
    void theIndexAnswersKnownQueries() throws Exception {
        project.build();
        String base = project.site().resolve("search").toAbsolutePath() + "/";
        JsonNode out = new NodeScript()
                .call("searchSite", base, "election", Map.of())
                .call("searchSite", base, "Elections", Map.of())
                .call("searchSite", base, "geneve", Map.of())
                .call("searchSite", base, "the state of the union", Map.of())
                .call("searchSite", base, "elec", Map.of())
                .call("searchSite", base, "election", Map.of("section", "world", "year", "2024"))
                .call("searchSite", base, "kerry", Map.of())
                .call("searchSite", base, "the of ", Map.of())
                .call("searchSite", base, "zebra", Map.of())
                .call("searchSite", base, "politics", Map.of())
                .run();
        // headline first, then body, then "elected" (the same stem) further down the body
        assertThat(paths(out.get(0))).startsWith("world/council-election/", "world/election-night/");
        assertThat(out.get(0).get("marks").get(1).toString()).contains("election");
        assertThat(paths(out.get(1))).isEqualTo(paths(out.get(0)));
        // accents folded: "geneve" finds Genève and Geneva is another word
        assertThat(paths(out.get(2))).containsExactly("culture/geneve/");
        // common words skipped, the rest must all be there
        assertThat(paths(out.get(3))).containsExactly("world/state-of-union/");
        // the word being typed matches the words it begins
        assertThat(paths(out.get(4))).contains("world/council-election/", "world/election-night/",
                "science/river-study/");
        // filters: section and year
        assertThat(paths(out.get(5))).containsExactly("world/council-election/");
        // wire copy is searchable like the rest, apostrophes and all
        assertThat(paths(out.get(6))).containsExactly("world/wire/");
        // only common words, and none being typed (the trailing space): nothing to look for
        assertThat(out.get(7).get("total").asInt()).isZero();
        assertThat(out.get(8).get("total").asInt()).isZero();
        assertThat(paths(out.get(9))).containsExactly("world/council-election/");
    }

    @Test
    void theIndexIsReadableWithoutTheBrowserToo() throws Exception {
        project.build();
        Path search = project.site().resolve("search");
        JsonNode meta = SearchIndexTest.payload(Files.readString(search.resolve("meta.js")));
        assertThat(meta.get("docs").asInt()).isEqualTo(6);
        List<String> found = new ArrayList<>();
        for (JsonNode shard : SearchIndexTest.termFiles(file -> {
            try {
                return Files.readString(search.resolve(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })) {
            JsonNode terms = SearchIndexTest.payload(Files.readString(search.resolve("terms/" + shard.get(1).asText() + ".js")));
            if (terms.has("elect")) {
                PostingCodec.decode(terms.get("elect").asText()).forEach(p -> found.add(String.valueOf(p.doc())));
            }
        }
        // numbered oldest first, the undated wire story before all: 0 wire, 1 union, 2 night, 3 council, 4 river, 5 festival
        assertThat(found).containsExactly("2", "3", "4");
    }

    @Test
    void anUnchangedRebuildKeepsTheIndexAndAnEditRemakesOnlyWhatChanged() throws Exception {
        BuildResult first = project.build();
        assertThat(first.searchFilesMade()).isGreaterThan(2);
        Map<String, byte[]> before = TestProject.snapshot(project.site().resolve("search"));

        BuildResult unchanged = project.build();
        assertThat(unchanged.searchFilesMade()).isZero();
        assertThat(unchanged.filesWritten()).isZero();

        project.article("science/river-study.md", "---\ntitle: River study finds cleaner water\ndate: 2024-06-01T08:00:00Z\n"
                + "tags: [Environment]\n---\n\nSamples from the river were tested over two years. Otters returned.\n");
        BuildResult edited = project.build();
        assertThat(edited.searchFilesMade()).isGreaterThan(0);
        Map<String, byte[]> after = TestProject.snapshot(project.site().resolve("search"));
        List<String> changed = new ArrayList<>();
        after.forEach((file, bytes) -> {
            if (!java.util.Arrays.equals(bytes, before.get(file))) {
                changed.add(file);
            }
        });
        assertThat(changed).contains("text/science/river-study.js").doesNotContain("index.html", "docs/0.js");
        assertThat(new String(after.get("text/science/river-study.js"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Otters returned.");
    }

    @Test
    void searchCanBeTurnedOff() throws Exception {
        project.file("dateline.yml", "search: false\n");
        project.build();
        assertThat(project.exists("search")).isFalse();
        assertThat(project.page("").select("form.site-search")).isEmpty();
        assertThat(Files.list(project.site().resolve("assets")).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.startsWith("search."));
    }

    private static List<String> paths(JsonNode result) {
        List<String> paths = new ArrayList<>();
        result.get("paths").forEach(p -> paths.add(p.asText()));
        return paths;
    }
}
