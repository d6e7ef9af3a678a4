package org.dateline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs one of the headless-Chromium scripts of {@code src/test/browser/} (one spec file in, one
 * JSON object out) and skips the calling test, saying why, where Chromium, Node.js or an npm
 * package is missing ({@code src/test/browser/install.sh} installs them). A script's exit code 2
 * means "cannot run here": a skip, never a pass.
 */
public final class BrowserCheck {

    public static final Path FOLDER = Path.of("src/test/browser");
    private static final ObjectMapper JSON = new ObjectMapper();

    private BrowserCheck() {
    }

    /**
     * Skips unless Chromium ({@code $CHROMIUM}, or Debian's {@code /usr/bin/chromium}), Node.js and
     * each of {@code packages} under {@code src/test/browser/node_modules} are there.
     * {@code tests} names what is skipped, for the message ("the browser tests of search").
     */
    public static void assumeInstalled(String tests, String... packages) {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        Assumptions.assumeTrue(Files.isExecutable(chromium), "no Chromium at " + chromium + ": " + tests
                + " are skipped. Run src/test/browser/install.sh to install it.");
        for (String name : packages) {
            Assumptions.assumeTrue(Files.isDirectory(FOLDER.resolve("node_modules").resolve(name)), name
                    + " is not installed in src/test/browser/node_modules: " + tests
                    + " are skipped. Run src/test/browser/install.sh.");
        }
        NodeScript.assumeNode();
    }

    /**
     * Runs {@code node src/test/browser/<script> spec.json} with {@code spec} written as JSON in
     * {@code dir}, and returns what it printed; fails on any exit but 0 and 2, skips on 2.
     */
    public static JsonNode run(String script, Object spec, Path dir, long timeoutSeconds)
            throws IOException, InterruptedException {
        String name = script.replaceAll("\\.m?js$", "");
        Path specFile = dir.resolve(name + "-spec.json");
        JSON.writeValue(specFile.toFile(), spec);
        Path output = dir.resolve(name + "-out.json");
        Path stderr = dir.resolve(name + "-err.txt");
        // Both streams to files, not pipes, so a browser that hangs cannot hang the wait below.
        Process process = new ProcessBuilder("node", FOLDER.resolve(script).toAbsolutePath().toString(),
                specFile.toString()).redirectOutput(output.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish in " + timeoutSeconds + " s");
        }
        String errors = Files.readString(stderr, StandardCharsets.UTF_8);
        Assumptions.assumeFalse(process.exitValue() == 2, "the browser could not be started: " + errors.strip());
        String text = Files.readString(output);
        assertThat(process.exitValue()).as("%s: %s %s", script, text, errors).isZero();
        return JSON.readTree(text);
    }
}
