package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.testing.BrowserCheck;
import org.dateline.testing.StaticServer;
import org.dateline.testing.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page in a real browser (headless Chromium driven by playwright-core through
 * {@code src/test/browser/search-check.mjs}): a reader types, the right articles appear with their
 * words marked, over HTTP under a subpath and opened from disk. Skipped, saying why, where Node.js,
 * Chromium or playwright-core is missing ({@code src/test/browser/install.sh} installs them).
 */
class SearchBrowserTest {

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() throws Exception {
        BrowserCheck.assumeInstalled("the browser tests of search", "playwright-core");
        project = new TestProject(dir);
        SearchSiteTest.writeArchive(project);
        project.build();
    }

    @Test
    void typingShowsTheRightArticlesOverHttpUnderASubpath() throws Exception {
        try (StaticServer server = StaticServer.serve(project.site(), "/archive/")) {
            JsonNode out = check(server.url("search/"), true);
            assertSearches(out);
            assertThat(out.get("keyboardFirstResult").asBoolean()).as("ArrowDown moves to the first result").isTrue();
            assertThat(out.get("keyboardNavigatedTo").asText()).endsWith("/archive/world/council-election/");
        }
    }

    @Test
    void typingShowsTheRightArticlesOpenedFromDisk() throws Exception {
        String url = project.site().resolve("search/index.html").toUri().toString();
        JsonNode out = check(url, false);
        assertSearches(out);
    }

    private void assertSearches(JsonNode out) {
        assertThat(out.get("errors")).as("page errors").isEmpty();
        assertThat(out.get("failedRequests")).as("failed requests").isEmpty();
        JsonNode election = out.get("results").get(0);
        assertThat(titles(election)).containsExactly("Council election called early", "A long night in Geneva",
                "River study finds cleaner water");
        assertThat(election.get("status").asText()).isEqualTo("3 articles match “election”.");
        assertThat(election.get("results").get(1).get("marks").toString()).contains("election");
        assertThat(election.get("results").get(0).get("meta").asText()).isEqualTo("5 March 2024 · World");
        assertThat(election.get("ms").asInt()).isGreaterThanOrEqualTo(0);

        JsonNode filtered = out.get("results").get(1);
        assertThat(titles(filtered)).containsExactly("A long night in Geneva");

        JsonNode accents = out.get("results").get(2);
        assertThat(titles(accents)).containsExactly("Festival returns to Genève");
        assertThat(accents.get("results").get(0).get("marks")).as("the body does not have the word").isEmpty();

        JsonNode common = out.get("results").get(3);
        assertThat(titles(common)).containsExactly("The state of the union");

        JsonNode none = out.get("results").get(4);
        assertThat(none.get("results")).isEmpty();
        assertThat(none.get("status").asText()).isEqualTo("No articles match “zebra”.");
    }

    private JsonNode check(String url, boolean keyboard) throws Exception {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("url", url);
        spec.put("queries", List.of(
                Map.of("type", "election", "section", "", "year", ""),
                Map.of("type", "election", "section", "world", "year", "2023"),
                Map.of("type", "geneve", "section", "", "year", ""),
                Map.of("type", "the state of the union", "section", "", "year", ""),
                Map.of("type", "zebra", "section", "", "year", ""),
                Map.of("type", "election", "section", "", "year", "")));
        spec.put("keyboard", keyboard);
        spec.put("screenshot", dir.resolve("search.png").toString());
        return BrowserCheck.run("search-check.mjs", spec, dir, 180);
    }

    private static List<String> titles(JsonNode query) {
        List<String> titles = new ArrayList<>();
        query.get("results").forEach(r -> titles.add(r.get("title").asText()));
        return titles;
    }
}
