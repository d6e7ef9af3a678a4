package org.dateline.serve;

import java.nio.file.Path;
import org.dateline.pipeline.BuildOptions;

/**
 * Where the preview server builds: a site and a build cache of its own under
 * {@code .dateline/preview/}, never the output folder. A preview may show drafts and is rebuilt at
 * every save; were it written to {@code site/}, the next deploy of {@code site/} without a build
 * would publish whatever the preview last showed. Only {@code dateline build} writes the output.
 * The preview's cache is its own too, so that neither a preview nor a build finds the other's
 * pages in its cache and renders everything again.
 */
public final class PreviewFolders {

    /** The preview's folder, under the build cache's folder of the project. */
    public static final String PREVIEW_DIR = BuildOptions.CACHE_DIR + "/preview";

    private PreviewFolders() {
    }

    /** The folder the preview of the project in {@code projectDir} is built in and served from. */
    public static Path site(Path projectDir) {
        return projectDir.resolve(PREVIEW_DIR).resolve("site");
    }

    /** {@code options} with the preview's own output folder and cache (none, if it has none). */
    static BuildOptions of(BuildOptions options) {
        BuildOptions preview = options.withOutput(site(options.projectDir()));
        return options.cacheDir() == null ? preview
                : preview.withCache(options.projectDir().resolve(PREVIEW_DIR).resolve("cache"));
    }
}
