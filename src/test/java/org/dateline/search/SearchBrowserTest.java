package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dateline.testing.TestProject;
import org.junit.jupiter.api.Assumptions;
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

    private static final Path CHECK = Path.of("src/test/browser/search-check.mjs");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        Assumptions.assumeTrue(Files.isExecutable(chromium), "no Chromium at " + chromium
                + ": the browser tests of search are skipped. Run src/test/browser/install.sh to install it.");
        Assumptions.assumeTrue(Files.isDirectory(Path.of("src/test/browser/node_modules/playwright-core")),
                "playwright-core is not installed: the browser tests of search are skipped. Run src/test/browser/install.sh.");
        org.dateline.testing.NodeScript.assumeNode();
        project = new TestProject(dir);
        SearchSiteTest.writeArchive(project);
        project.build();
    }

    @Test
    void typingShowsTheRightArticlesOverHttpUnderASubpath() throws Exception {
        HttpServer server = serve(project.site(), "/archive/");
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/archive/search/";
            JsonNode out = check(url, true);
            assertSearches(out);
            assertThat(out.get("keyboardFirstResult").asBoolean()).as("ArrowDown moves to the first result").isTrue();
            assertThat(out.get("keyboardNavigatedTo").asText()).endsWith("/archive/world/council-election/");
        } finally {
            server.stop(0);
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
        Path specFile = dir.resolve("spec.json");
        JSON.writeValue(specFile.toFile(), spec);
        Path output = dir.resolve("out.json");
        Process process = new ProcessBuilder("node", CHECK.toAbsolutePath().toString(), specFile.toString())
                .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the browser check finished").isTrue();
        Assumptions.assumeFalse(process.exitValue() == 2, "the browser could not be started: " + errors.strip());
        String text = Files.readString(output);
        assertThat(process.exitValue()).as("browser check: %s %s", text, errors).isZero();
        return JSON.readTree(text);
    }

    private static List<String> titles(JsonNode query) {
        List<String> titles = new ArrayList<>();
        query.get("results").forEach(r -> titles.add(r.get("title").asText()));
        return titles;
    }

    /** Serves {@code site} at {@code prefix}, as a static host would: folders by their index.html. */
    static HttpServer serve(Path site, String prefix) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(prefix, exchange -> {
            String path = exchange.getRequestURI().getPath().substring(prefix.length());
            Path file = site.resolve(path).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            byte[] body;
            int status = 200;
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                status = 404;
                body = "not found".getBytes(StandardCharsets.UTF_8);
            } else {
                body = Files.readAllBytes(file);
            }
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : name.endsWith(".css") ? "text/css; charset=utf-8"
                    : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }
}
