package org.dateline.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.pipeline.BuildCache;
import org.dateline.pipeline.BuildOptions;
import org.dateline.pipeline.BuildResult;
import org.dateline.pipeline.Progress;
import org.dateline.pipeline.SiteBuilder;
import org.dateline.pipeline.UsageException;

/**
 * {@code dateline serve}: builds the project into a folder of its own ({@link PreviewFolders}), serves
 * it, and rebuilds and reloads open pages whenever the content, templates or settings change. A failed build shows its problems in the
 * browser instead of pages, and the last good site stays on disk until a build works again.
 */
public final class PreviewServer implements AutoCloseable {

    private final BuildOptions options;
    private final Consumer<String> log;
    private final SiteFiles files;
    private final ReloadHub hub = new ReloadHub();
    private final AtomicInteger builds = new AtomicInteger();
    /**
     * The preview folder is this server's alone, and the watcher says what changed in the content
     * folder: each build starts from what the last one left in the one and found in the other.
     */
    private final BuildCache.Memory memory = BuildCache.Memory.forPreview();
    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool(daemon("dateline-http"));
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("dateline-keepalive"));
    private final ProjectWatcher watcher;
    private final boolean timings;
    private volatile BuildState state = new BuildState(List.of(), "");

    private PreviewServer(BuildOptions options, String bind, int port, Consumer<String> log, boolean timings,
                          long settleMillis) throws IOException, UsageException {
        this.options = PreviewFolders.of(options);
        this.log = log;
        this.timings = timings;
        this.files = new SiteFiles(this.options.outputDir());
        rebuild();
        this.server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
        ticker.scheduleAtFixedRate(hub::keepAlive, 15, 15, TimeUnit.SECONDS);
        // The first build's listing of the content was made before anything watched the folder: the
        // next build walks it again, once the watcher (started below) sees every change after.
        memory.contentUnknown();
        this.watcher = ProjectWatcher.start(this.options, settleMillis, this::rebuildAndReload, log);
    }

    /**
     * Builds the project and starts serving it.
     *
     * @param port the port, or 0 for any free one (see {@link #port()})
     * @throws UsageException when the project's folders cannot be used
     */
    public static PreviewServer start(BuildOptions options, String bind, int port, Consumer<String> log)
            throws IOException, UsageException {
        return start(options, bind, port, log, false);
    }

    /**
     * @param timings also log, for each rebuild, where the time from the change to the reload went:
     *     waiting for the burst of changes to end, each phase of the build, and telling the pages
     */
    public static PreviewServer start(BuildOptions options, String bind, int port, Consumer<String> log, boolean timings)
            throws IOException, UsageException {
        return new PreviewServer(options, bind, port, log, timings, ProjectWatcher.SETTLE_MILLIS);
    }

    /** A server whose watcher waits {@code settleMillis} of quiet before it rebuilds. */
    static PreviewServer start(BuildOptions options, String bind, int port, Consumer<String> log, long settleMillis)
            throws IOException, UsageException {
        return new PreviewServer(options, bind, port, log, false, settleMillis);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** How many builds have finished, failed ones included. */
    public int builds() {
        return builds.get();
    }

    public BuildState lastBuild() {
        return state;
    }

    /** Open pages listening for reloads. */
    public int listeners() {
        return hub.size();
    }

    private void rebuild() throws IOException, UsageException {
        rebuild(() -> { });
    }

    /**
     * Builds the preview; {@code committed} runs as soon as the new site is in the folder, before the
     * build saves its cache, which no page needs.
     */
    private void rebuild(Runnable committed) throws IOException, UsageException {
        long start = System.nanoTime();
        Progress progress = new Progress() {
            @Override
            public void phase(String name, int total) {
            }

            @Override
            public void advance() {
            }

            @Override
            public void committed() {
                state = new BuildState(List.of(), state.summary());
                committed.run();
            }

            @Override
            public void done() {
            }
        };
        try {
            BuildResult result = SiteBuilder.build(options, memory, progress);
            state = new BuildState(List.of(), result.summary());
            log.accept("Built: " + result.summary());
            if (timings) {
                StringBuilder phases = new StringBuilder();
                result.phases().forEach((phase, time) -> phases.append(phases.length() == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%s %.1f ms", phase, time.toNanos() / 1e6)));
                log.accept("Timings: " + phases);
            }
        } catch (ProblemException e) {
            state = new BuildState(e.problems(), "");
            // The summary of a build that worked gives its time; this is the only other place to say it.
            log.accept(String.format(Locale.ROOT, "The build failed in %.2f s; the browser shows why:",
                    (System.nanoTime() - start) / 1e9));
            for (Problem p : e.problems()) {
                log.accept("  " + p.describe().replace("\n", "\n  "));
            }
        } finally {
            builds.incrementAndGet();
        }
    }

    /**
     * Rebuilds, and tells the open pages to reload: as soon as the new site is in place when the
     * build works, else once it has failed (the pages then show why).
     *
     * @param burst what the watcher saw change
     */
    private void rebuildAndReload(ProjectWatcher.Burst burst) {
        long seen = burst.seen();
        if (burst.content() == null) {
            memory.contentUnknown();
        } else {
            memory.contentChanged(burst.content());
        }
        long start = System.nanoTime();
        AtomicLong told = new AtomicLong();
        Runnable tell = () -> {
            hub.reload();
            told.set(System.nanoTime());
        };
        try {
            rebuild(tell);
        } catch (IOException | UsageException e) {
            state = new BuildState(List.of(Problem.inFile("", e.getMessage(),
                    e instanceof UsageException u ? u.hint() : "Check the output folder and the disk.")), "");
            log.accept("The build failed: " + e.getMessage());
            told.set(0); // the pages reloaded at the commit must now show the failure
        }
        if (told.get() == 0) {
            tell.run();
        }
        if (timings) {
            long end = System.nanoTime();
            log.accept(String.format(Locale.ROOT,
                    "Reload: %.1f ms waiting for the changes to settle, then %.1f ms to the reload sent to %d page(s)"
                            + " (%.1f ms from the change seen); the build ended %.1f ms after the change",
                    (start - seen) / 1e6, (told.get() - start) / 1e6, hub.size(), (told.get() - seen) / 1e6,
                    (end - seen) / 1e6));
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD are served.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (Pages.EVENTS.equals(path)) {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-cache");
                exchange.sendResponseHeaders(200, 0);
                hub.add(exchange.getResponseBody());
                return; // held open: the hub writes to it until the page goes away
            }
            SiteFiles.Found found = files.find(path);
            BuildState current = state;
            boolean wantsPage = found instanceof SiteFiles.File f && f.contentType().startsWith("text/html")
                    || found instanceof SiteFiles.Missing;
            if (current.failed() && wantsPage) {
                send(exchange, 500, "text/html; charset=utf-8", Pages.buildFailed(current));
            } else if (found instanceof SiteFiles.File file) {
                byte[] bytes = Files.readAllBytes(file.path());
                boolean html = file.contentType().startsWith("text/html");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                send(exchange, 200, file.contentType(), html ? Pages.withReload(bytes) : bytes);
            } else if (found instanceof SiteFiles.Redirect redirect) {
                exchange.getResponseHeaders().set("Location", redirect.location());
                send(exchange, 301, "text/plain; charset=utf-8", ("Moved to " + redirect.location() + "\n").getBytes(StandardCharsets.UTF_8));
            } else if (found instanceof SiteFiles.BadRequest bad) {
                send(exchange, 400, "text/plain; charset=utf-8", ("Bad request: " + bad.reason() + "\n").getBytes(StandardCharsets.UTF_8));
            } else {
                var page = files.notFoundPage();
                byte[] body = page == null ? "Not found\n".getBytes(StandardCharsets.UTF_8) : Pages.withReload(Files.readAllBytes(page));
                send(exchange, 404, page == null ? "text/plain; charset=utf-8" : "text/html; charset=utf-8", body);
            }
        } catch (IOException e) {
            exchange.close(); // the client went away mid-response: nothing to tell it
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        watcher.close();
        ticker.shutdownNow();
        hub.closeAll();
        server.stop(0);
        handlers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
