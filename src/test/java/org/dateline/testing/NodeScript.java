package org.dateline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Calls functions of the theme's {@code search.js} under Node.js (through {@code src/test/js/core-runner.js}),
 * so tests can hold the browser's half of search to the Java half. Tests using it are skipped, with
 * a message saying why, on a machine without {@code node}.
 */
public final class NodeScript {

    public static final Path SEARCH_SCRIPT = Path.of("templates/static/search.js");
    private static final Path RUNNER = Path.of("src/test/js/core-runner.js");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Boolean available;

    private final List<Map<String, Object>> tasks = new ArrayList<>();

    /** Skips the calling test when Node.js is not installed. */
    public static void assumeNode() {
        Assumptions.assumeTrue(available(), "Node.js (node) is not installed: the browser-side search checks are"
                + " skipped. Install Node.js 18 or later to run them.");
    }

    private static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
                available = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
        }
        return available;
    }

    /** Adds a call of {@code fn} with {@code args}; its result is at the same position in {@link #run()}'s answer. */
    public NodeScript call(String fn, Object... args) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("fn", fn);
        task.put("args", List.of(args));
        tasks.add(task);
        return this;
    }

    /** Runs every call added, in order, in one Node process. */
    public JsonNode run() throws IOException, InterruptedException {
        assumeNode();
        Path spec = Files.createTempFile("dateline-node", ".json");
        Path output = Files.createTempFile("dateline-node", ".out");
        try {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("script", SEARCH_SCRIPT.toAbsolutePath().toString());
            all.put("tasks", tasks);
            JSON.writeValue(spec.toFile(), all);
            Process process = new ProcessBuilder("node", RUNNER.toAbsolutePath().toString(), spec.toString())
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("node did not finish in 120 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("node failed (exit " + process.exitValue() + "): " + errors);
            }
            return JSON.readTree(output.toFile());
        } finally {
            Files.deleteIfExists(spec);
            Files.deleteIfExists(output);
        }
    }
}
