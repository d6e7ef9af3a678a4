package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.config.ConfigReader;
import org.dateline.config.SiteConfig;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.output.OutputFolderException;
import org.dateline.output.OutputLock;
import org.dateline.output.StagedOutput;
import org.dateline.render.Fingerprint;
import org.dateline.source.ContentWalker;
import org.dateline.source.SourceReader;

/**
 * Builds a site: reads and checks everything first, and writes only when nothing is wrong. Every
 * problem in the content, the config and the templates is collected and reported together; the
 * output folder is touched only after all pages rendered. This is the way in: it reads the
 * settings, checks the folders, and opens what a build holds while it runs (the output lock, the
 * threads, the staged output, the cache); {@link SiteBuild} takes the steps.
 */
public final class SiteBuilder {

    public static final String CONFIG_FILE = "dateline.yml";

    private SiteBuilder() {
    }

    /**
     * @throws ProblemException listing every problem with the content, config or templates
     * @throws UsageException when the folders given cannot be used
     */
    public static BuildResult build(BuildOptions options) throws ProblemException, UsageException, IOException {
        return build(options, new BuildCache.Memory(), Progress.SILENT);
    }

    /**
     * A build that may reuse what the previous build in this process kept in memory ({@code memory},
     * owned by a long-running caller such as the preview server), instead of reading it back.
     */
    public static BuildResult build(BuildOptions options, BuildCache.Memory memory, Progress progress)
            throws ProblemException, UsageException, IOException {
        long start = System.nanoTime();
        SiteConfig config = loadConfig(options);
        if (!Files.isDirectory(options.contentDir())) {
            throw new UsageException("no content folder at " + options.contentDir(),
                    "Run the build in a project folder that has content/, or pass --content DIR.");
        }
        SeparateFolders.check(options);
        OutputLock lock;
        try {
            lock = OutputLock.acquire(options.outputDir());
        } catch (OutputFolderException e) {
            throw new UsageException(e.getMessage(), e.hint());
        }
        List<String> notes = new ArrayList<>();
        String readingKey = Fingerprint.of(BuildCache.version(), config.timeZone(), config.unsafeHtml(), config.linkStyle(),
                config.search(), options.fastPaths(), config.entities().enabled(), config.language(), config.languages());
        // The output is opened before the cache: it starts listing what the folder holds, beside reading and planning.
        try (lock; BuildPool pool = new BuildPool(options.threads()); StagedOutput output = openOutput(options, memory.output());
             BuildCache cache = BuildCache.open(options.cacheDir(), readingKey, notes, memory)) {
            return new SiteBuild(options, config, pool, cache, output, notes, progress, start).run();
        } finally {
            progress.done();
        }
    }

    private static StagedOutput openOutput(BuildOptions options, StagedOutput.Memory memory)
            throws UsageException, IOException {
        try {
            return StagedOutput.open(options.outputDir(), memory);
        } catch (OutputFolderException e) {
            throw new UsageException(e.getMessage(), e.hint());
        }
    }

    static SiteConfig loadConfig(BuildOptions options) throws ProblemException, UsageException {
        Path file = options.configFile();
        if (file != null && !Files.isRegularFile(file)) {
            throw new UsageException("no config file at " + file, "Check the path given to --config.");
        }
        if (file == null) {
            file = options.projectDir().resolve(CONFIG_FILE);
        }
        SiteConfig config = SiteConfig.defaults();
        if (Files.isRegularFile(file)) {
            String name = ContentWalker.display(options.projectDir(), file);
            try {
                config = ConfigReader.read(SourceReader.decode(Files.readAllBytes(file), name), name);
            } catch (IOException e) {
                throw new ProblemException(Problem.inFile(name, "cannot be read: " + e.getMessage(),
                        "Check that the file can be read."));
            }
        }
        if (options.baseUrl() != null) {
            config = config.toBuilder().baseUrl(options.baseUrl()).build();
        }
        if (options.linkStyle() != null) {
            config = config.toBuilder().linkStyle(options.linkStyle()).build();
        }
        return config;
    }
}
