package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.dateline.config.SiteConfig;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;

/**
 * {@code dateline check}: reads every article and plans the whole site as a build would, by the
 * build's own steps ({@link SiteBuild#check}), and writes nothing in the project, not even the build
 * cache: a throw-away one is used, so every source is read afresh and the report covers them all.
 */
public final class SiteCheck {

    /**
     * @param report what reading found, for a person migrating an archive
     * @param notes what the build would note (URLs changed to keep posts apart, term slugs that clash)
     * @param problems what would stop the build, sorted by file and line
     * @param published how many articles the build would publish
     * @param pages how many pages the plan has
     */
    public record Result(MigrationReport report, List<String> notes, List<Problem> problems, int published, int pages) {
    }

    private SiteCheck() {
    }

    public static Result run(BuildOptions options) throws ProblemException, UsageException, IOException {
        SiteConfig config = SiteBuilder.loadConfig(options);
        if (!Files.isDirectory(options.contentDir())) {
            throw new UsageException("no content folder at " + options.contentDir(),
                    "Run the check in a project folder that has content/, or pass --content DIR.");
        }
        List<String> notes = new ArrayList<>();
        try (BuildPool pool = new BuildPool(options.threads());
             BuildCache cache = BuildCache.open(null, "check", notes, new BuildCache.Memory())) {
            SiteBuild.Checked checked = new SiteBuild(options, config, pool, cache, null, notes, Progress.SILENT,
                    System.nanoTime()).check();
            return new Result(MigrationReport.of(checked.results()), checked.notes(), checked.problems(),
                    checked.published(), checked.pages());
        }
    }
}
