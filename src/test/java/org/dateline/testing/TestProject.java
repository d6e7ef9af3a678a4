package org.dateline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dateline.pipeline.BuildOptions;
import org.dateline.pipeline.BuildResult;
import org.dateline.pipeline.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A project folder a test writes itself: content, optional templates and settings, built into
 * {@code site/}. Builds use a fixed clock and one thread per core, like the command line.
 */
public final class TestProject {

    /** The instant test builds happen at, so embargo tests do not depend on the day they run. */
    public static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    private final Path root;

    public TestProject(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root.resolve("content"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path site() {
        return root.resolve("site");
    }

    /** Writes {@code text} to {@code content/<path>}. */
    public TestProject article(String path, String text) {
        return file("content/" + path, text);
    }

    /** Writes {@code text} to {@code <path>} under the project folder. */
    public TestProject file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestProject bytes(String path, byte[] bytes) {
        Path file = root.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestProject delete(String path) {
        try {
            Files.delete(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A Markdown article with the usual front matter. */
    public TestProject markdown(String path, String title, String date, String body) {
        StringBuilder text = new StringBuilder("---\ntitle: \"").append(title.replace("\"", "\\\"")).append("\"\n");
        if (date != null) {
            text.append("date: ").append(date).append('\n');
        }
        text.append("---\n\n").append(body).append('\n');
        return article(path, text.toString());
    }

    public BuildOptions options() {
        return BuildOptions.forProject(root).withNow(NOW);
    }

    public BuildResult build() throws Exception {
        return SiteBuilder.build(options());
    }

    public BuildResult build(BuildOptions options) throws Exception {
        return SiteBuilder.build(options);
    }

    /** The page written at {@code path} in the site ({@code ""} for the home page, {@code world/} for a section). */
    public Document page(String path) {
        Path file = site().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String sitePath) {
        return Files.exists(site().resolve(sitePath));
    }

    /** Asserts that two folders hold the same files with the same bytes, naming the first that differs. */
    /**
     * {@code text} with the content fingerprints of theme files ({@code style.3ac433057d.css})
     * replaced by a placeholder, so a page compared whole does not change with the style sheet.
     */
    public static String withoutAssetFingerprints(String text) {
        return text.replaceAll("(assets/[\\w-]+)\\.[0-9a-f]{6,}\\.(css|js)", "$1.HASH.$2");
    }

    public static void assertSameFiles(Path expected, Path actual) {
        Map<String, byte[]> want = snapshot(expected);
        Map<String, byte[]> got = snapshot(actual);
        assertThat(got.keySet()).isEqualTo(want.keySet());
        want.forEach((path, bytes) -> assertThat(got.get(path)).as(path).isEqualTo(bytes));
    }

    /** Every file of a folder by relative path, with its bytes, to compare a folder before and after. */
    public static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
