package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dateline.config.SiteConfig;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.model.SectionIndex;
import org.dateline.output.OutputSummary;
import org.dateline.output.StagedOutput;
import org.dateline.parse.ArticleReader;
import org.dateline.parse.Markdown;
import org.dateline.parse.ReadResult;
import org.dateline.parse.SectionIndexReader;
import org.dateline.plan.FileCopy;
import org.dateline.plan.Links;
import org.dateline.plan.Page;
import org.dateline.plan.Planner;
import org.dateline.plan.SitePlan;
import org.dateline.plan.SlugClashes;
import org.dateline.plan.SourceLinks;
import org.dateline.render.DateFormat;
import org.dateline.render.PageRenderer;
import org.dateline.render.RenderContext;
import org.dateline.render.TemplateSet;
import org.dateline.render.ThemeFiles;
import org.dateline.source.ContentListing;
import org.dateline.source.ContentWalker;
import org.dateline.source.SourceFile;
import org.dateline.text.Sha256;

/**
 * One build, as the steps it takes in the order it takes them: read every source, collect the
 * theme and the files copied as they are, decide how much of the last build still holds, plan,
 * render, search, commit, and tell the person what they should know. The state the steps share is
 * held here, once per build; {@link SiteBuilder} opens what a build needs (the settings, the output
 * lock, the staged output, the cache, the threads) and runs one.
 *
 * <p>Every problem is collected before anything is written: a build that finds one throws before
 * the commit, and the output folder is as it was.
 */
final class SiteBuild {

    /**
     * Every source read: what the content folder holds, what came of each article, what is published
     * and what held back, and what the sections' {@code _index.md} files say.
     */
    private record Reading(ContentListing listing, Map<String, SourceFile> sources, List<ReadResult> results,
                           List<Article> published, HeldBack heldBack, List<SectionIndex> sectionIndexes) {
    }

    /** The templates, and the files copied as they are: the content's assets and the theme's static files. */
    private record Theme(TemplateSet templates, Path templateDir, List<FileCopy> copies, Map<String, String> themePaths) {
    }

    /**
     * How much of the last build holds: the site it made when this build's structure is the same
     * (else null), and the published articles whose source changed since it.
     */
    private record Rebuild(String structureKey, BuildCache.SiteState sameSite, Set<String> changedSources) {
    }

    /**
     * What is rendered: the model (null when a rebuild needs none), the plan (null when nothing is
     * rendered), and whether only the changed articles' own pages are (the body-only rebuild).
     */
    private record Planned(Archive archive, SitePlan plan, boolean bodiesOnly) {

        List<Page> pages() {
            return plan == null ? List.of() : plan.pages();
        }
    }

    private final BuildOptions options;
    private final SiteConfig config;
    private final BuildPool pool;
    private final BuildCache cache;
    private final StagedOutput output;
    private final List<String> notes;
    private final Progress progress;
    private final long start;
    private final PhaseTimer timer = new PhaseTimer();
    private final List<Problem> problems = new ArrayList<>();
    private final Links links;
    private final ArticleReader reader;
    private final SourcePhase sourcePhase;

    /**
     * @param output where the site is staged; null for a {@linkplain #check check}, which stops at the plan
     * @param notes where the notes of the steps before this build (reading the cache) already are
     * @param start when the build began, for its summary line
     */
    SiteBuild(BuildOptions options, SiteConfig config, BuildPool pool, BuildCache cache, StagedOutput output,
              List<String> notes, Progress progress, long start) {
        this.options = options;
        this.config = config;
        this.pool = pool;
        this.cache = cache;
        this.output = output;
        this.notes = notes;
        this.progress = progress;
        this.start = start;
        this.links = new Links(config.linkStyle());
        this.reader = new ArticleReader(config.timeZone(), new Markdown(config.unsafeHtml(), options.fastPaths()));
        this.sourcePhase = new SourcePhase(reader, cache, new SourceLinks(Map.of(), links), config.search(),
                config.entities().enabled());
    }

    /**
     * What {@code dateline check} reports: what came of each source, the notes and problems of the
     * steps up to the plan, and how many articles and pages the build would have.
     */
    record Checked(List<ReadResult> results, List<String> notes, List<Problem> problems, int published, int pages) {
    }

    /**
     * The steps up to the plan, as a build takes them, and nothing after: no page is rendered and no
     * file written. Called with a throw-away cache, so every source is read.
     */
    Checked check() throws IOException {
        Reading reading = read();
        Theme theme = theme(reading);
        Planned planned = plan(reading, theme, decideRebuild(reading, theme));
        notes.addAll(planned.plan().notes());
        return new Checked(reading.results(), notes, sorted(problems), reading.published().size(), planned.pages().size());
    }

    /**
     * @throws ProblemException listing every problem with the content, the settings or the templates;
     *     nothing was written
     */
    BuildResult run() throws ProblemException, IOException {
        Reading reading = read();
        Theme theme = theme(reading);
        Rebuild rebuild = decideRebuild(reading, theme);
        Planned planned = plan(reading, theme, rebuild);
        if (!problems.isEmpty()) {
            throw new ProblemException(sorted(problems));
        }
        int rendered = render(planned, reading, theme, rebuild);
        int searchFiles = search(planned, reading, rebuild);
        copy(theme);
        OutputSummary summary = output.commit();
        timer.mark("commit");
        progress.committed();
        BuildCache.SiteState site = remember(planned, rebuild);
        tell(site, reading);
        return new BuildResult(reading.results().size(), sourcePhase.parsed(), reading.published().size(), site.pages(),
                rendered, summary.written(), summary.unchanged(), summary.removed(), searchFiles,
                Duration.ofNanos(System.nanoTime() - start), notes, timer.phases());
    }

    /** Walks the content folder and reads every article, from the cache where its source did not change. */
    private Reading read() throws IOException {
        ContentListing listing = cache.memory().listContent(options.contentDir(), options.projectDir());
        timer.mark("walk");
        problems.addAll(listing.problems());
        progress.phase("read", listing.articles().size());
        List<ReadResult> results = pool.call(() -> listing.articles().parallelStream()
                .map(file -> {
                    ReadResult result = sourcePhase.read(file);
                    progress.advance();
                    return result;
                })
                .toList());
        HeldBack heldBack = new HeldBack(options.publication());
        List<Article> published = heldBack.published(results, problems);
        SlugClashes.resolve(published, notes);
        Map<String, SourceFile> sources = new HashMap<>();
        listing.articles().forEach(f -> sources.put(f.relativePath(), f));
        List<SectionIndex> sectionIndexes = listing.sectionIndexes().isEmpty() ? List.of()
                : SectionIndexes.read(listing.sectionIndexes(),
                        new SectionIndexReader(new Markdown(config.unsafeHtml(), options.fastPaths())), problems);
        timer.mark("read");
        return new Reading(listing, sources, results, published, heldBack, sectionIndexes);
    }

    /** Opens the templates and lists the files copied as they are, the theme's under their fingerprinted names. */
    private Theme theme(Reading reading) throws IOException {
        Path templateDir = Files.isDirectory(options.templateDir()) ? options.templateDir() : null;
        TemplateSet templates = TemplateSet.open(templateDir, config.locale(), options.projectDir());
        List<FileCopy> copies = new ArrayList<>();
        for (SourceFile asset : reading.listing().assets()) {
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
        return new Theme(templates, templateDir, copies, themePaths);
    }

    /** Compares this build's structure with the last build's, before the model is made ({@link BodyOnlyRebuild}). */
    private Rebuild decideRebuild(Reading reading, Theme theme) {
        String structureKey = problems.isEmpty()
                ? BodyOnlyRebuild.structureKey(theme.templates(), config, options, reading.published(), theme.copies(),
                        reading.sectionIndexes(), cache)
                : "";
        Rebuild rebuild = new Rebuild(structureKey, cache.previousSite(structureKey),
                BodyOnlyRebuild.changedSources(sourcePhase.editedArticles(), options));
        timer.mark("structure");
        return rebuild;
    }

    /**
     * Makes the model and the plan. When the structure is the last build's and every file it wrote
     * is still as it left it, only the changed articles' pages are planned; otherwise the whole site.
     */
    private Planned plan(Reading reading, Theme theme, Rebuild rebuild) {
        // What the pages are made of is worked out before the output folder is looked at: its
        // survey, begun when the build started, may still be running on the other core.
        boolean sameStructure = rebuild.sameSite() != null;
        boolean edited = !rebuild.changedSources().isEmpty();
        Archive archive = !sameStructure || edited ? model(reading) : null;
        SitePlan articlePages = null;
        if (sameStructure && edited) {
            articlePages = Planner.articlePages(archive, config, displayNames(reading), rebuild.changedSources());
            timer.mark("plan");
        }
        boolean bodiesOnly = sameStructure && BodyOnlyRebuild.outputsAsLeft(cache, output);
        timer.mark("outputs");
        if (bodiesOnly) {
            return new Planned(archive, articlePages, true);
        }
        try {
            theme.templates().compileAll();
        } catch (ProblemException e) {
            problems.addAll(e.problems());
        }
        timer.mark("templates");
        if (archive == null) {
            archive = model(reading);
        }
        SitePlan plan = Planner.plan(archive, config, theme.copies(), displayNames(reading), options.now());
        timer.mark("plan");
        problems.addAll(plan.problems());
        return new Planned(archive, plan, false);
    }

    private Archive model(Reading reading) {
        Archive archive = Archive.of(reading.published(), config.timeZone(), reading.sectionIndexes(), config.entities());
        timer.mark("model");
        return archive;
    }

    private static Function<String, String> displayNames(Reading reading) {
        return path -> reading.sources().get(path).displayName();
    }

    /**
     * Renders every planned page whose fingerprint changed; in a body-only rebuild, keeps every
     * other file the last build wrote. Returns how many pages were rendered.
     */
    private int render(Planned planned, Reading reading, Theme theme, Rebuild rebuild) throws ProblemException, IOException {
        int rendered = 0;
        if (planned.plan() != null) {
            RenderPhase phase = new RenderPhase(renderer(planned, reading, theme), cache, output,
                    rebuild.sameSite() != null, rebuild.changedSources());
            List<Page> pages = planned.pages();
            progress.phase("render", pages.size());
            List<Problem> renderProblems = pool.call(() -> pages.parallelStream()
                    .flatMap(page -> {
                        List<Problem> pageProblems = phase.render(page);
                        progress.advance();
                        return pageProblems.stream();
                    })
                    .toList());
            if (!renderProblems.isEmpty()) {
                throw new ProblemException(sorted(dedupe(renderProblems)));
            }
            rendered = phase.rendered();
        }
        if (planned.bodiesOnly()) {
            pool.run(() -> BodyOnlyRebuild.keepOthers(cache, output, planned.pages()));
        }
        timer.mark("render");
        return rendered;
    }

    private PageRenderer renderer(Planned planned, Reading reading, Theme theme) {
        SitePlan plan = planned.plan();
        SourceLinks sourceLinks = new SourceLinks(plan.pageOfSource(), links);
        RenderContext context = new RenderContext(config, planned.archive(), plan.urls(), links, sourceLinks,
                new CachedBodies(cache, reader, reading.sources(), sourceLinks, plan.pageOfSource()),
                new DateFormat(config.timeZone(), config.locale()), theme.themePaths());
        return new PageRenderer(context, theme.templates(), theme.templateDir(), options.projectDir());
    }

    /** Keeps, patches or makes the search index; returns how many of its files were made. */
    private int search(Planned planned, Reading reading, Rebuild rebuild) throws IOException {
        if (!config.search()) {
            return 0;
        }
        SearchPhase searchPhase = new SearchPhase(cache, output);
        // With nothing changed the last index is kept whole; only if it is not there is it made.
        if (!(planned.bodiesOnly() && rebuild.changedSources().isEmpty() && searchPhase.keep())) {
            Archive searched = planned.archive() != null ? planned.archive()
                    : Archive.of(reading.published(), config.timeZone(), reading.sectionIndexes(), config.entities());
            pool.run(() -> searchPhase.run(searched, config.linkStyle().name().toLowerCase(Locale.ROOT),
                    config.timeZone(), rebuild.sameSite() != null));
        }
        timer.mark("search");
        return searchPhase.made();
    }

    /** Stages the files copied as they are (each only when its bytes changed). */
    private void copy(Theme theme) throws IOException {
        pool.run(() -> theme.copies().parallelStream().forEach(copy -> output.copy(copy.outputPath(), copy.source())));
        timer.mark("copy");
    }

    /** Saves what this build learnt for the next one; returns the site it made. */
    private BuildCache.SiteState remember(Planned planned, Rebuild rebuild) throws IOException {
        BuildCache.SiteState site = planned.bodiesOnly() ? rebuild.sameSite()
                : new BuildCache.SiteState(rebuild.structureKey(), planned.plan().pages().size(), planned.plan().notes());
        cache.putSite(site);
        cache.save();
        timer.mark("cache");
        return site;
    }

    /** The notes of the plan (kept from the last build when it was not planned again) and of what was held back. */
    private void tell(BuildCache.SiteState site, Reading reading) {
        notes.addAll(site.notes());
        // 'dateline check' lists these itself; a build says how many there are and where to look.
        String leftAsText = MigrationReport.of(reading.results()).leftAsTextNote();
        if (leftAsText != null) {
            notes.add(leftAsText);
        }
        if (config.baseUrl().isEmpty()) {
            notes.add("no baseUrl is set, so feeds, sitemaps and canonical links hold site-relative URLs that feed"
                    + " readers and search engines do not accept: set baseUrl in dateline.yml or pass --base-url");
        }
        notes.addAll(reading.heldBack().notes(config.timeZone()));
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
}
