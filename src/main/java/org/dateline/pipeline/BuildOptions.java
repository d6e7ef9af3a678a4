package org.dateline.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import org.dateline.config.LinkStyle;
import org.dateline.model.Publication;

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
 * @param includeFuture whether articles dated after {@code now} are published
 * @param now the instant embargoes and dates are compared with
 * @param threads how many threads parse and render
 * @param cacheDir where the build cache lives ({@code .dateline/} in the project), or null to build without one
 * @param fastPaths whether Markdown bodies may skip Flexmark where the fast paths give the same bytes
 *     ({@link org.dateline.parse.fast}); off only to check that claim, after a Flexmark upgrade
 */
public record BuildOptions(Path projectDir, Path contentDir, Path templateDir, Path outputDir, Path configFile,
                           String baseUrl, LinkStyle linkStyle, boolean includeDrafts, boolean includeFuture,
                           Instant now, int threads,
                           Path cacheDir, boolean fastPaths) {

    /** The build cache's folder in a project. */
    public static final String CACHE_DIR = ".dateline";

    /** The usual layout of a project folder: {@code content/}, {@code templates/}, {@code site/}. */
    public static BuildOptions forProject(Path projectDir) {
        return new BuildOptions(projectDir, projectDir.resolve("content"), projectDir.resolve("templates"),
                projectDir.resolve("site"), null, null, null, false, false, Instant.now(),
                Runtime.getRuntime().availableProcessors(), projectDir.resolve(CACHE_DIR), true);
    }

    public BuildOptions withOutput(Path dir) {
        return copy().output(dir).build();
    }

    public BuildOptions withContent(Path dir) {
        return copy().content(dir).build();
    }

    public BuildOptions withTemplates(Path dir) {
        return copy().templates(dir).build();
    }

    public BuildOptions withConfig(Path file) {
        return copy().config(file).build();
    }

    public BuildOptions withBaseUrl(String url) {
        return copy().baseUrl(url).build();
    }

    public BuildOptions withLinkStyle(LinkStyle style) {
        return copy().linkStyle(style).build();
    }

    public BuildOptions withDrafts(boolean drafts) {
        return copy().drafts(drafts).build();
    }

    public BuildOptions withFuture(boolean future) {
        return copy().future(future).build();
    }

    /** Which articles this build publishes. */
    public Publication publication() {
        return new Publication(now, includeDrafts, includeFuture);
    }

    public BuildOptions withNow(Instant instant) {
        return copy().now(instant).build();
    }

    /** Builds with the cache in {@code dir}, or with none when {@code dir} is null. */
    public BuildOptions withCache(Path dir) {
        return copy().cache(dir).build();
    }

    public BuildOptions withThreads(int count) {
        return copy().threads(count).build();
    }

    public BuildOptions withFastPaths(boolean on) {
        return copy().fastPaths(on).build();
    }

    private Copy copy() {
        return new Copy(this);
    }

    /** One changed field at a time, so each {@code with} method names only what it changes. */
    private static final class Copy {
        private Path projectDir;
        private Path contentDir;
        private Path templateDir;
        private Path outputDir;
        private Path configFile;
        private String baseUrl;
        private LinkStyle linkStyle;
        private boolean includeDrafts;
        private boolean includeFuture;
        private Instant now;
        private int threads;
        private Path cacheDir;
        private boolean fastPaths;

        Copy(BuildOptions o) {
            projectDir = o.projectDir;
            contentDir = o.contentDir;
            templateDir = o.templateDir;
            outputDir = o.outputDir;
            configFile = o.configFile;
            baseUrl = o.baseUrl;
            linkStyle = o.linkStyle;
            includeDrafts = o.includeDrafts;
            includeFuture = o.includeFuture;
            now = o.now;
            threads = o.threads;
            cacheDir = o.cacheDir;
            fastPaths = o.fastPaths;
        }

        Copy output(Path v) {
            outputDir = v;
            return this;
        }

        Copy content(Path v) {
            contentDir = v;
            return this;
        }

        Copy templates(Path v) {
            templateDir = v;
            return this;
        }

        Copy config(Path v) {
            configFile = v;
            return this;
        }

        Copy baseUrl(String v) {
            baseUrl = v;
            return this;
        }

        Copy linkStyle(LinkStyle v) {
            linkStyle = v;
            return this;
        }

        Copy drafts(boolean v) {
            includeDrafts = v;
            return this;
        }

        Copy future(boolean v) {
            includeFuture = v;
            return this;
        }

        Copy now(Instant v) {
            now = v;
            return this;
        }

        Copy cache(Path v) {
            cacheDir = v;
            return this;
        }

        Copy threads(int v) {
            threads = v;
            return this;
        }

        Copy fastPaths(boolean v) {
            fastPaths = v;
            return this;
        }

        BuildOptions build() {
            return new BuildOptions(projectDir, contentDir, templateDir, outputDir, configFile, baseUrl, linkStyle,
                    includeDrafts, includeFuture, now, threads, cacheDir, fastPaths);
        }
    }
}
