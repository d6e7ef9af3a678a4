package org.dateline.build;

import java.nio.file.Path;
import java.time.Instant;
import org.dateline.config.LinkStyle;

/**
 * What to build and how.
 *
 * @param projectDir the folder names in problems are relative to, and where {@code dateline.yml} is looked for
 * @param contentDir the articles
 * @param templateDir the project's templates (need not exist: the built-in ones are used)
 * @param outputDir where the site is written
 * @param configFile the settings file, or null for {@code dateline.yml} in the project folder if there is one
 * @param baseUrl overrides the config's {@code baseUrl} when not null
 * @param linkStyle overrides the config's {@code linkStyle} when not null
 * @param includeDrafts whether drafts are published
 * @param now the instant embargoes are compared with
 * @param threads how many threads parse and render
 * @param cacheDir where the build cache lives ({@code .dateline/} in the project), or null to build without one
 */
public record BuildOptions(Path projectDir, Path contentDir, Path templateDir, Path outputDir, Path configFile,
                           String baseUrl, LinkStyle linkStyle, boolean includeDrafts, Instant now, int threads,
                           Path cacheDir) {

    /** The build cache's folder in a project. */
    public static final String CACHE_DIR = ".dateline";

    /** The usual layout of a project folder: {@code content/}, {@code templates/}, {@code site/}. */
    public static BuildOptions forProject(Path projectDir) {
        return new BuildOptions(projectDir, projectDir.resolve("content"), projectDir.resolve("templates"),
                projectDir.resolve("site"), null, null, null, false, Instant.now(),
                Runtime.getRuntime().availableProcessors(), projectDir.resolve(CACHE_DIR));
    }

    public BuildOptions withOutput(Path dir) {
        return new BuildOptions(projectDir, contentDir, templateDir, dir, configFile, baseUrl, linkStyle,
                includeDrafts, now, threads, cacheDir);
    }

    public BuildOptions withContent(Path dir) {
        return new BuildOptions(projectDir, dir, templateDir, outputDir, configFile, baseUrl, linkStyle,
                includeDrafts, now, threads, cacheDir);
    }

    public BuildOptions withTemplates(Path dir) {
        return new BuildOptions(projectDir, contentDir, dir, outputDir, configFile, baseUrl, linkStyle,
                includeDrafts, now, threads, cacheDir);
    }

    public BuildOptions withConfig(Path file) {
        return new BuildOptions(projectDir, contentDir, templateDir, outputDir, file, baseUrl, linkStyle,
                includeDrafts, now, threads, cacheDir);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(projectDir, contentDir, templateDir, outputDir, configFile, url, linkStyle,
                includeDrafts, now, threads, cacheDir);
    }

    public BuildOptions withLinkStyle(LinkStyle style) {
        return new BuildOptions(projectDir, contentDir, templateDir, outputDir, configFile, baseUrl, style,
                includeDrafts, now, threads, cacheDir);
    }

    public BuildOptions withDrafts(boolean drafts) {
        return new BuildOptions(projectDir, contentDir, templateDir, outputDir, configFile, baseUrl, linkStyle,
                drafts, now, threads, cacheDir);
    }

    public BuildOptions withNow(Instant instant) {
        return new BuildOptions(projectDir, contentDir, templateDir, outputDir, configFile, baseUrl, linkStyle,
                includeDrafts, instant, threads, cacheDir);
    }

    /** Builds with the cache in {@code dir}, or with none when {@code dir} is null. */
    public BuildOptions withCache(Path dir) {
        return new BuildOptions(projectDir, contentDir, templateDir, outputDir, configFile, baseUrl, linkStyle,
                includeDrafts, now, threads, dir);
    }

    public BuildOptions withThreads(int count) {
        return new BuildOptions(projectDir, contentDir, templateDir, outputDir, configFile, baseUrl, linkStyle,
                includeDrafts, now, count, cacheDir);
    }
}
