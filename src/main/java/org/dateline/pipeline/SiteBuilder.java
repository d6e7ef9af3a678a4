package org.dateline.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.dateline.config.ConfigReader;
import org.dateline.config.SiteConfig;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.output.OutputFolderException;
import org.dateline.output.OutputLock;
import org.dateline.output.OutputSummary;
import org.dateline.output.StagedOutput;
import org.dateline.parse.ArticleReader;
import org.dateline.parse.Markdown;
import org.dateline.parse.ReadResult;
import org.dateline.plan.FileCopy;
import org.dateline.plan.Links;
import org.dateline.plan.Page;
import org.dateline.plan.Planner;
import org.dateline.plan.SitePlan;
import org.dateline.plan.SlugClashes;
import org.dateline.plan.SourceLinks;
import org.dateline.render.DateFormat;
import org.dateline.render.Fingerprint;
import org.dateline.render.PageRenderer;
import org.dateline.render.RenderContext;
import org.dateline.render.TemplateSet;
import org.dateline.render.ThemeFiles;
import org.dateline.source.ContentListing;
import org.dateline.source.ContentWalker;
import org.dateline.source.SourceFile;
import org.dateline.source.SourceReader;
import org.dateline.text.Sha256;

/**
 * Builds a site: reads and checks everything first, and writes only when nothing is wrong. Every
 * problem in the content, the config and the templates is collected and reported together; the
 * output folder is touched only after all pages rendered.
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
        Path base = options.projectDir();
        SiteConfig config = loadConfig(options);
        if (!Files.isDirectory(options.contentDir())) {
            throw new UsageException("no content folder at " + options.contentDir(),
                    "Run the build in a project folder that has content/, or pass --content DIR.");
        }
        OutputLock lock;
        try {
            lock = OutputLock.acquire(options.outputDir());
        } catch (OutputFolderException e) {
            throw new UsageException(e.getMessage(), e.hint());
        }
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, options.threads()));
        try (lock) {
            return build(options, config, base, pool, start, memory, progress);
        } finally {
            pool.shutdown();
            progress.done();
        }
    }

    private static BuildResult build(BuildOptions options, SiteConfig config, Path base, ForkJoinPool pool, long start,
                                     BuildCache.Memory memory, Progress progress)
            throws ProblemException, UsageException, IOException {
        List<String> notes = new ArrayList<>();
        String readingKey = Fingerprint.of(BuildCache.version(), config.timeZone(), config.unsafeHtml(), config.linkStyle(),
                config.search(), options.fastPaths());
        StagedOutput output;
        try {
            // Opened first: it starts listing what the folder holds, beside reading and planning.
            output = StagedOutput.open(options.outputDir());
        } catch (OutputFolderException e) {
            throw new UsageException(e.getMessage(), e.hint());
        }
        try (output; BuildCache cache = BuildCache.open(options.cacheDir(), readingKey, notes, memory)) {
            return build(options, config, base, pool, start, cache, output, notes, progress);
        }
    }

    private static BuildResult build(BuildOptions options, SiteConfig config, Path base, ForkJoinPool pool, long start,
                                     BuildCache cache, StagedOutput output, List<String> notes, Progress progress)
            throws ProblemException, UsageException, IOException {
        List<Problem> problems = new ArrayList<>();
        PhaseTimer timer = new PhaseTimer();
        ContentListing listing = ContentWalker.walk(options.contentDir(), base);
        timer.mark("walk");
        problems.addAll(listing.problems());

        Links links = new Links(config.linkStyle());
        ArticleReader reader = new ArticleReader(config.timeZone(), new Markdown(config.unsafeHtml(), options.fastPaths()));
        SourcePhase sourcePhase = new SourcePhase(reader, cache, new SourceLinks(Map.of(), links), config.search());
        progress.phase("read", listing.articles().size());
        List<ReadResult> results = inPool(pool, () -> listing.articles().parallelStream()
                .map(file -> {
                    ReadResult result = sourcePhase.read(file);
                    progress.advance();
                    return result;
                })
                .toList());
        List<Article> published = new ArrayList<>();
        int drafts = 0;
        int embargoed = 0;
        for (ReadResult result : results) {
            if (!result.ok()) {
                problems.addAll(result.problems());
            } else if (result.article().isPublished(options.now(), options.includeDrafts())) {
                published.add(result.article());
            } else if (result.article().draft() && !options.includeDrafts()) {
                drafts++;
            } else {
                embargoed++;
            }
        }
        SlugClashes.resolve(published, notes);
        String leftAsText = MigrationReport.of(results).leftAsTextNote();
        if (leftAsText != null) {
            notes.add(leftAsText);
        }
        timer.mark("read");

        Path templateDir = Files.isDirectory(options.templateDir()) ? options.templateDir() : null;
        TemplateSet templates = TemplateSet.open(templateDir, config.locale(), base);

        Map<String, SourceFile> sources = new HashMap<>();
        listing.articles().forEach(f -> sources.put(f.relativePath(), f));
        Function<String, String> displayName = path -> sources.get(path).displayName();
        List<FileCopy> copies = new ArrayList<>();
        for (SourceFile asset : listing.assets()) {
            copies.add(new FileCopy(asset.relativePath(), asset.path(), asset.displayName()));
        }
        Map<String, String> themePaths = new HashMap<>();
        for (Map.Entry<String, Path> file : templates.staticFiles().entrySet()) {
            if (!config.search() && file.getKey().equals(ThemeFiles.SEARCH_SCRIPT)) {
                continue;
            }
            String path = Planner.themeFilePath(file.getKey(), Sha256.hex(Files.readAllBytes(file.getValue())));
            themePaths.put(file.getKey(), path);
            copies.add(new FileCopy(path, file.getValue(), "templates/static/" + file.getKey()));
        }
        timer.mark("templates");

        String structureKey = problems.isEmpty() ? structureKey(templates, config, options, published, copies, cache) : "";
        BuildCache.SiteState sameSite = cache.previousSite(structureKey);
        Set<String> changedSources = changedSources(sourcePhase, options);
        timer.mark("structure");

        // What the pages are made of is worked out before the output folder is looked at: its
        // survey, begun when the build started, may still be running on the other core.
        Archive archive = null;
        SitePlan plan = null;
        if (sameSite == null || !changedSources.isEmpty()) {
            archive = Archive.of(published, config.timeZone());
            timer.mark("model");
        }
        if (sameSite != null && !changedSources.isEmpty()) {
            plan = Planner.articlePages(archive, config, displayName, changedSources);
            timer.mark("plan");
        }
        boolean bodiesOnly = sameSite != null && BodyOnlyRebuild.outputsAsLeft(cache, output);
        timer.mark("outputs");
        if (!bodiesOnly) {
            try {
                templates.compileAll();
            } catch (ProblemException e) {
                problems.addAll(e.problems());
            }
            timer.mark("templates");
            if (archive == null) {
                archive = Archive.of(published, config.timeZone());
                timer.mark("model");
            }
            plan = Planner.plan(archive, config, copies, displayName, options.now());
            timer.mark("plan");
        }
        List<Page> pages = List.of();
        if (plan != null) {
            problems.addAll(plan.problems());
            pages = plan.pages();
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(sorted(problems));
        }

        RenderPhase renderPhase = null;
        if (plan != null) {
            renderPhase = new RenderPhase(renderer(plan, archive, templates, templateDir, config, links, reader, sources,
                    themePaths, cache, base), cache, output, sameSite != null, changedSources);
            progress.phase("render", pages.size());
            RenderPhase phase = renderPhase;
            List<Page> rendering = pages;
            List<Problem> renderProblems = inPool(pool, () -> rendering.parallelStream()
                    .flatMap(page -> {
                        List<Problem> pageProblems = phase.render(page);
                        progress.advance();
                        return pageProblems.stream();
                    })
                    .toList());
            if (!renderProblems.isEmpty()) {
                throw new ProblemException(sorted(dedupe(renderProblems)));
            }
        }
        if (bodiesOnly) {
            List<Page> rendered = pages;
            inPool(pool, () -> {
                BodyOnlyRebuild.keepOthers(cache, output, rendered);
                return null;
            });
        }
        timer.mark("render");
        SearchPhase searchPhase = new SearchPhase(cache, output);
        if (config.search()) {
            // With nothing changed the last index is kept whole; only if it is not there is it made.
            if (!(bodiesOnly && changedSources.isEmpty() && searchPhase.keep())) {
                Archive searched = archive != null ? archive : Archive.of(published, config.timeZone());
                inPool(pool, () -> {
                    searchPhase.run(searched, config.linkStyle().name().toLowerCase(java.util.Locale.ROOT),
                            config.timeZone(), sameSite != null);
                    return null;
                });
            }
            timer.mark("search");
        }
        inPool(pool, () -> {
            copies.parallelStream().forEach(copy -> output.copy(copy.outputPath(), copy.source()));
            return null;
        });
        timer.mark("copy");
        OutputSummary summary = output.commit();
        timer.mark("commit");
        BuildCache.SiteState site = bodiesOnly ? sameSite
                : new BuildCache.SiteState(structureKey, plan.pages().size(), plan.notes());
        cache.putSite(site);
        cache.save();
        timer.mark("cache");

        notes.addAll(site.notes());
        if (config.baseUrl().isEmpty()) {
            notes.add("no baseUrl is set, so feeds, sitemaps and canonical links hold site-relative URLs that feed"
                    + " readers and search engines do not accept: set baseUrl in dateline.yml or pass --base-url");
        }
        if (drafts > 0) {
            notes.add(drafts + (drafts == 1 ? " draft" : " drafts") + " left out (build with --drafts to see them)");
        }
        if (embargoed > 0) {
            notes.add(embargoed + (embargoed == 1 ? " article is" : " articles are") + " under embargo and left out until it lifts");
        }
        return new BuildResult(results.size(), sourcePhase.parsed(), published.size(), site.pages(),
                renderPhase == null ? 0 : renderPhase.rendered(), summary.written(), summary.unchanged(), summary.removed(), searchPhase.made(),
                Duration.ofNanos(System.nanoTime() - start), notes, timer.phases());
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

    /**
     * A digest of everything the pages are made from except article bodies: templates, settings,
     * the files copied as they are, every published article's metadata (which is all a listing,
     * feed, card or neighbour shows), and which articles the news sitemap may list at this hour.
     * The plan is made of nothing else, so when the digest equals the last build's, the plan is the
     * same, an article's body is the only thing that changed, and only its own pages can differ.
     * Feeds with whole articles show bodies too, so with them there is no shortcut.
     */
    private static String structureKey(TemplateSet templates, SiteConfig config, BuildOptions options,
                                       List<Article> published, List<FileCopy> copies, BuildCache cache) {
        if (config.fullContentFeeds()) {
            return "";
        }
        long[] listed = new long[published.size()];
        List<String> news = new ArrayList<>();
        for (int i = 0; i < listed.length; i++) {
            Article article = published.get(i);
            listed[i] = cache.source(article.sourcePath()).listed();
            if (Planner.isNews(article, options.now())) {
                news.add(article.sourcePath());
            }
        }
        Arrays.sort(listed);
        news.sort(Comparator.naturalOrder());
        List<String> copied = new ArrayList<>();
        copies.forEach(copy -> copied.add(copy.outputPath()));
        copied.sort(Comparator.naturalOrder());
        return Fingerprint.of(BuildCache.version(), templates.hash(), config, options.includeDrafts(),
                listed, copied, news);
    }

    /**
     * The published articles whose source the last build read with other bytes. (Sources it did not
     * read at all are new articles, which give the site another structure: every page is then
     * looked at, whatever this says.)
     */
    private static Set<String> changedSources(SourcePhase sourcePhase, BuildOptions options) {
        Set<String> changed = new HashSet<>();
        for (Article article : sourcePhase.editedArticles()) {
            if (article.isPublished(options.now(), options.includeDrafts())) {
                changed.add(article.sourcePath());
            }
        }
        return changed;
    }

    private static PageRenderer renderer(SitePlan plan, Archive archive, TemplateSet templates, Path templateDir,
                                         SiteConfig config, Links links, ArticleReader reader,
                                         Map<String, SourceFile> sources, Map<String, String> themePaths,
                                         BuildCache cache, Path base) {
        SourceLinks sourceLinks = new SourceLinks(plan.pageOfSource(), links);
        RenderContext context = new RenderContext(config, archive, plan.urls(), links, sourceLinks,
                new CachedBodies(cache, reader, sources, sourceLinks, plan.pageOfSource()),
                new DateFormat(config.timeZone(), config.locale()), themePaths);
        return new PageRenderer(context, templates, templateDir, base);
    }

    /** A broken template fails every page the same way: say it once. */
    private static List<Problem> dedupe(List<Problem> problems) {
        return new ArrayList<>(new LinkedHashSet<>(problems));
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparing(Problem::message));
        return out;
    }

    static <T> T inPool(ForkJoinPool pool, Callable<T> task) throws IOException {
        try {
            return pool.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the build was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
