package org.dateline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dateline.testing.TestProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server on a free port, against a project the test writes; every wait is bounded. */
class PreviewServerTest {

    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    TestProject project;
    PreviewServer server;
    final List<String> log = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        project = new TestProject(dir);
        project.markdown("world/ferry.md", "Ferry fares frozen", "2024-03-05", "Island residents will pay the same.");
        project.markdown("world/sea-wall.md", "Sea wall approved", "2024-03-06", "Voters said yes.");
        project.file("outside.txt", "secret outside the site");
        server = PreviewServer.start(project.options(), "127.0.0.1", 0, log::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Listens for Server-Sent Events; the queue receives each event's name. */
    private BlockingQueue<String> listen() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + Pages.EVENTS)).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body()
                .filter(line -> line.startsWith("event: ")).forEach(line -> events.add(line.substring(7))));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (server.listeners() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.listeners()).isEqualTo(1);
        return events;
    }

    @Test
    void servesPagesWithTheReloadScriptThatTheFilesDoNotHave() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains("Ferry fares frozen", Pages.RELOAD_SCRIPT);
        try (Stream<Path> files = Files.walk(PreviewFolders.site(dir))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain("EventSource", Pages.EVENTS);
            }
        }
        HttpResponse<String> css = get("/" + org.jsoup.Jsoup.parse(home.body()).selectFirst("link[rel=stylesheet]").attr("href"));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(css.body()).doesNotContain("EventSource");
        assertThat(get("/feed.xml").headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
    }

    @Test
    void foldersServeTheirIndexAndMissingPagesThe404Page() throws Exception {
        assertThat(get("/world/ferry/").body()).contains("Island residents will pay the same.");
        HttpResponse<String> noSlash = get("/world");
        assertThat(noSlash.statusCode()).isEqualTo(301);
        assertThat(noSlash.headers().firstValue("Location")).hasValue("/world/");
        HttpResponse<String> missing = get("/no/such/page/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found", "Ferry fares frozen");
    }

    @Test
    void headAnswersWithHeadersOnly() throws Exception {
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length").map(Integer::parseInt).orElse(0)).isGreaterThan(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../outside.txt", "/%2e%2e/outside.txt", "/..%2foutside.txt", "/%2E%2E%2Foutside.txt",
            "/world/../../outside.txt", "/..%5coutside.txt", "/%00", "/world/%2e%2e/%2e%2e/outside.txt"})
    void pathsThatTryToLeaveTheSiteAreRefused(String path) throws Exception {
        String response = rawGet(path);
        assertThat(response).matches("(?s)HTTP/1\\.1 (400|404) .*");
        assertThat(response).doesNotContain("secret outside the site");
    }

    @Test
    void anAbsolutePathOrSymlinkOutOfTheSiteServesNothingOutside() throws Exception {
        assertThat(rawGet(dir.resolve("outside.txt").toString())).doesNotContain("secret outside the site");
        try {
            Files.createSymbolicLink(PreviewFolders.site(dir).resolve("escape.txt"), dir.resolve("outside.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            return;
        }
        assertThat(rawGet("/escape.txt")).startsWith("HTTP/1.1 404").doesNotContain("secret outside the site");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/.dateline-output", "/%2edateline-output", "/world/.hidden", "/.well-known/x"})
    void dotFilesAreNotTheSitesAndAreNotServed(String path) throws Exception {
        Path preview = PreviewFolders.site(project.root());
        assertThat(preview.resolve(".dateline-output")).as("the marker is there").exists();
        Files.writeString(preview.resolve("world/.hidden"), "not a page");

        String response = rawGet(path);

        assertThat(response).startsWith("HTTP/1.1 404").contains("Page not found")
                .doesNotContain("written by Dateline", "not a page");
    }

    /** A request written by hand, so the path reaches the server exactly as given. */
    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void editingAnArticlePushesAReloadAndServesTheNewText() throws Exception {
        BlockingQueue<String> events = listen();
        project.markdown("world/ferry.md", "Ferry fares frozen", "2024-03-05", "Islanders will pay the same.");
        assertThat(events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("reload");
        assertThat(get("/world/ferry/").body()).contains("Islanders will pay the same.");
    }

    @Test
    void aBurstOfSavesCausesOneRebuild() throws Exception {
        // The burst below is over within milliseconds, but a busy machine may pause this thread for
        // longer than the watcher's usual quiet time: this server waits two seconds of quiet.
        server.close();
        server = PreviewServer.start(project.options(), "127.0.0.1", 0, log::add, 2_000);
        BlockingQueue<String> events = listen();
        int before = server.builds();
        Path article = dir.resolve("content/world/ferry.md");
        for (int i = 0; i < 10; i++) {
            // What editors do: write a temporary file, then rename it over the article.
            Path temp = dir.resolve("content/world/.ferry.md.tmp");
            Files.writeString(temp, "---\ntitle: Ferry fares frozen\ndate: 2024-03-05\n---\n\nSave " + i + ".\n");
            Files.move(temp, article, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("reload");
        assertThat(events.poll(1, TimeUnit.SECONDS)).isNull();
        assertThat(server.builds() - before).isEqualTo(1);
        assertThat(get("/world/ferry/").body()).contains("Save 9.");
    }

    /**
     * Waits, bounded, until {@code path} answers as {@code check} wants, after a reload: one save
     * may cause two builds on a busy machine (its bytes written a moment apart), each with a reload.
     */
    private HttpResponse<String> afterReload(BlockingQueue<String> events, String path,
                                             java.util.function.Predicate<HttpResponse<String>> check) throws Exception {
        assertThat(events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("reload");
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> response = get(path);
        while (!check.test(response) && System.nanoTime() < deadline) {
            events.poll(100, TimeUnit.MILLISECONDS);
            response = get(path);
        }
        return response;
    }

    @Test
    void editsThatChangeListingsUpdateThemAndThePreviewIsWhatAColdBuildMakes() throws Exception {
        BlockingQueue<String> events = listen();
        project.markdown("world/ferry.md", "Ferry fares cut", "2024-03-05", "Island residents will pay less.");
        assertThat(org.jsoup.Jsoup.parse(afterReload(events, "/world/", r -> r.body().contains("Ferry fares cut")).body())
                .select(".card-title").eachText()).contains("Ferry fares cut").doesNotContain("Ferry fares frozen");
        project.markdown("world/harbour.md", "Harbour reopens", "2024-03-07", "Boats are back.");
        assertThat(afterReload(events, "/", r -> r.body().contains("Harbour reopens")).body()).contains("Harbour reopens");
        Files.delete(dir.resolve("content/world/sea-wall.md"));
        assertThat(afterReload(events, "/world/sea-wall/", r -> r.statusCode() == 404).statusCode()).isEqualTo(404);
        project.markdown("world/harbour.md", "Harbour reopens", "2024-03-07", "Boats are back.\n\nAnd ferries too.");
        assertThat(afterReload(events, "/world/harbour/", r -> r.body().contains("And ferries too.")).body())
                .contains("And ferries too.");

        Path cold = dir.resolve("cold");
        org.dateline.pipeline.SiteBuilder.build(project.options().withOutput(cold).withCache(null));
        TestProject.assertSameFiles(cold, PreviewFolders.site(dir));
    }

    @Test
    void withTimingsEachRebuildSaysWhereTheTimeWent() throws Exception {
        server.close();
        log.clear();
        server = PreviewServer.start(project.options(), "127.0.0.1", 0, log::add, true);
        BlockingQueue<String> events = listen();
        project.markdown("world/ferry.md", "Ferry fares frozen", "2024-03-05", "Island residents will pay the same.\n\nMore.");
        assertThat(events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("reload");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (log.stream().noneMatch(line -> line.startsWith("Reload: ")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(log).anySatisfy(line -> assertThat(line).matches("Timings: open [0-9.]+ ms, walk [0-9.]+ ms, read [0-9.]+ ms, .*commit [0-9.]+ ms.*"));
        assertThat(log).anySatisfy(line -> assertThat(line).matches("Reload: [0-9.]+ ms waiting for the changes to settle,"
                + " then [0-9.]+ ms to the reload sent to 1 page\\(s\\) \\([0-9.]+ ms from the change seen\\);"
                + " the build ended [0-9.]+ ms after the change"));
    }

    @Test
    void aTemplateErrorShowsAnErrorPageAndAFixRecovers() throws Exception {
        BlockingQueue<String> events = listen();
        String layout = Files.readString(Path.of("templates/article.peb"));
        project.file("templates/article.peb", layout.replace("{{ article.title }}</h1>", "{{ article.titel }}</h1>"));
        assertThat(events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("reload");
        HttpResponse<String> broken = get("/world/ferry/");
        assertThat(broken.statusCode()).isEqualTo(500);
        assertThat(broken.body()).contains("The build failed", "templates/article.peb", "titel", Pages.RELOAD_SCRIPT);
        assertThat(log).anySatisfy(line -> assertThat(line).matches("The build failed in [0-9.]+ s; the browser shows why:"))
                .noneSatisfy(line -> assertThat(line).contains(" ms)"));
        // The place with its column, the message, then the line and its caret kept lined up.
        org.jsoup.nodes.Element problem = org.jsoup.Jsoup.parse(broken.body()).selectFirst("li");
        assertThat(problem.selectFirst("code").text()).matches("templates/article\\.peb:\\d+:\\d+");
        assertThat(problem.ownText()).startsWith("an article has no field 'titel'; did you mean 'title'?");
        assertThat(problem.selectFirst("pre").wholeText()).contains("{{ article.titel }}</h1>\n").endsWith("^");
        assertThat(Files.readString(PreviewFolders.site(dir).resolve("world/ferry/index.html"))).contains("Ferry fares frozen");

        project.file("templates/article.peb", layout);
        assertThat(events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("reload");
        HttpResponse<String> fixed = get("/world/ferry/");
        assertThat(fixed.statusCode()).isEqualTo(200);
        assertThat(fixed.body()).contains("Ferry fares frozen");
    }

    @Test
    void aClientThatDisconnectsMidResponseDoesNotStopTheServer() throws Exception {
        for (int i = 0; i < 5; i++) {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write("GET /world/ferry/ HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                socket.getInputStream().read(); // one byte, then gone
            }
        }
        BlockingQueue<String> events = listen();
        assertThat(events).isEmpty();
        assertThat(get("/").statusCode()).isEqualTo(200);
    }
}
