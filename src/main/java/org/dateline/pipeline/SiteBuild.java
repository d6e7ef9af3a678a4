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
import org.dateline.config.Language;
import org.dateline.config.SiteConfig;
import org.dateline.messages.Messages;
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
import org.dateline.plan.Translations;
import org.dateline.render.DateFormat;
import org.dateline.render.PageRenderer;
import org.dateline.render.RenderContext;
import org.dateline.render.TemplateSet;
import org.dateline.render.ThemeFiles;
import org.dateline.render.ThemeMessages;
import org.dateline.search.Analyzer;
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
     * What is rendered: each language's pages ({@link Edition}; one for a site in one language),
     * whether only the changed articles' own pages are (the body-only rebuild), and which pages are
     * versions of each other in other languages.
     */
    private record Planned(List<Edition> editions, boolean bodiesOnly, Translations translations) {

        Planned(Archive archive, SitePlan plan, SiteConfig config, boolean bodiesOnly) {
            this(List.of(new Edition(config, archive, plan)), bodiesOnly, Translations.NONE);
        }

        /** Every page of every language. */
        List<Page> pages() {
            if (editions.size() == 1) {
                return editions.get(0).plan() == null ? List.of() : editions.get(0).plan().pages();
            }
            List<Page> all = new ArrayList<>();
            editions.forEach(edition -> all.addAll(edition.plan().pages()));
            return all;
        }

        int pageCount() {
            int count = 0;
            for (Edition edition : editions) {
                count += edition.plan() == null ? 0 : edition.plan().pages().size();
            }
            return count;
        }

        List<String> notes() {
            List<String> notes = new ArrayList<>();
            editions.forEach(edition -> notes.addAll(edition.plan().notes()));
            return notes;
        }
    }

    /**
     * The pages of one language: its settings (its title, its folder), its articles' model (null
     * when a rebuild needs none) and its plan (null when nothing is rendered).
     */
    private record Edition(SiteConfig config, Archive archive, SitePlan plan) {
    }

    private final BuildOptions options;
    private final SiteConfig config;
    private final BuildPool pool;
    private final BuildCache cache;
    private final StagedOutput output;
    private final List<String> notes;
    private final Progress progress;
    private final long start;
    private final PhaseTimer timer;
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
        this.timer = new PhaseTimer(start);
        this.links = new Links(config.linkStyle());
        this.reader = new ArticleReader(config.timeZone(), new Markdown(config.unsafeHtml(), options.fastPaths()),
                LanguageEditions.layout(config));
        this.sourcePhase = new SourcePhase(reader, cache, new SourceLinks(Map.of(), links), config.search(),
                config.entities().enabled(), config.defaultLanguage().code());
        timer.mark("open"); // the settings, the output folder, the cache
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
        notes.addAll(planned.notes());
        return new Checked(reading.results(), notes, sorted(problems), reading.published().size(), planned.pageCount());
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
        Made made = renderAndSearch(planned, reading, theme, rebuild);
        copy(theme);
        OutputSummary summary = output.commit();
        timer.mark("commit");
        progress.committed();
        BuildCache.SiteState site = remember(planned, rebuild);
        tell(site, reading);
        return new BuildResult(reading.results().size(), sourcePhase.parsed(), reading.published().size(), site.pages(),
                made.pages(), summary.written(), summary.unchanged(), summary.removed(), made.searchFiles(),
                Duration.ofNanos(System.nanoTime() - start), notes, timer.phases());
    }

    /** Walks the content folder and reads every article, from the cache where its source did not change. */
    private Reading read() throws IOException {
        ContentMemory.Listed listed = cache.memory().listContent(options.contentDir(), options.projectDir());
        ContentListing listing = listed.listing();
        timer.mark("walk");
        problems.addAll(listing.problems());
        progress.phase("read", listing.articles().size());
        List<ReadResult> results = pool.call(() -> listing.articles().parallelStream()
                .map(file -> {
                    ReadResult result = sourcePhase.read(file, listed.untouched(file));
                    progress.advance();
                    return result;
                })
                .toList());
        if (listing.problems().isEmpty() && results.stream().allMatch(ReadResult::ok)) {
            cache.memory().contentRead();
        }
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
        for (Language language : config.languages().isEmpty() ? List.of(config.defaultLanguage()) : config.languages()) {
            ThemeMessages.Loaded messages = templates.messages(language.code());
            problems.addAll(messages.problems());
            notes.addAll(messages.notes());
        }
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
        // A multilingual site is planned whole each time; unchanged pages are still kept unrendered.
        String structureKey = problems.isEmpty() && !config.multilingual()
                ? BodyOnlyRebuild.structureKey(theme.templates(), config, options, reading.published(), theme.copies(),
                        reading.sectionIndexes(), cache)
                : "";
        Rebuild rebuild = new Rebuild(structureKey, config.multilingual() ? null : cache.previousSite(structureKey),
                BodyOnlyRebuild.changedSources(sourcePhase.editedArticles(), options));
        timer.mark("structure");
        return rebuild;
    }

    /**
     * Makes the model and the plan. When the structure is the last build's and every file it wrote
     * is still as it left it, only the changed articles' pages are planned; otherwise the whole site.
     */
    private Planned plan(Reading reading, Theme theme, Rebuild rebuild) throws IOException {
        if (config.multilingual()) {
            compileTemplates(theme);
            return planLanguages(reading, theme);
        }
        boolean sameStructure = rebuild.sameSite() != null;
        boolean edited = !rebuild.changedSources().isEmpty();
        // The model is made in the pool while this thread looks at the output folder (waiting, in
        // a cold process, for its survey, which began with the build on a thread of its own).
        BuildPool.Started<Archive> modelling = !sameStructure || edited
                ? startModel(reading.published(), reading) : null;
        boolean bodiesOnly = sameStructure && BodyOnlyRebuild.outputsAsLeft(cache, output);
        timer.mark("outputs");
        Archive archive = null;
        if (modelling != null) {
            archive = modelling.join();
            timer.mark("model");
        }
        SitePlan articlePages = null;
        if (sameStructure && edited) {
            articlePages = Planner.articlePages(archive, config, displayNames(reading), rebuild.changedSources());
            timer.mark("plan");
        }
        if (bodiesOnly) {
            return new Planned(archive, articlePages, config, true);
        }
        compileTemplates(theme);
        if (archive == null) {
            archive = model(reading);
        }
        SitePlan plan = Planner.plan(archive, config, messages(theme, config), theme.copies(), displayNames(reading),
                options.now());
        timer.mark("plan");
        problems.addAll(plan.problems());
        return new Planned(archive, plan, config, false);
    }

    private void compileTemplates(Theme theme) {
        try {
            theme.templates().compileAll();
        } catch (ProblemException e) {
            problems.addAll(e.problems());
        }
        timer.mark("templates");
    }

    /** Each language's model and plan, and which of their pages are translations of each other. */
    private Planned planLanguages(Reading reading, Theme theme) throws IOException {
        LanguageEditions languages = new LanguageEditions(config, reading.published(), theme.copies());
        List<SiteConfig> configs = languages.configs();
        List<Archive> archives = new ArrayList<>();
        List<SitePlan> plans = new ArrayList<>();
        for (SiteConfig edition : configs) {
            Archive archive = archiveOf(languages.articles(edition), reading);
            SitePlan plan = Planner.plan(archive, edition, messages(theme, edition), languages.copies(edition),
                    displayNames(reading), options.now());
            problems.addAll(plan.problems());
            archives.add(archive);
            plans.add(plan);
        }
        problems.addAll(languages.problems(plans.get(0), displayNames(reading)));
        List<String> folders = configs.stream().map(SiteConfig::folder).toList();
        plans = LanguageEditions.withRootFiles(plans, folders);
        List<Edition> editions = new ArrayList<>();
        List<Translations.Edition> planned = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            editions.add(new Edition(configs.get(i), archives.get(i), plans.get(i)));
            planned.add(new Translations.Edition(configs.get(i).currentLanguage(), folders.get(i), plans.get(i)));
        }
        List<String> translationNotes = new ArrayList<>();
        Translations translations = Translations.of(planned, translationNotes);
        notes.addAll(translationNotes);
        timer.mark("plan");
        return new Planned(List.copyOf(editions), false, translations);
    }

    private Archive model(Reading reading) throws IOException {
        Archive archive = archiveOf(reading.published(), reading);
        timer.mark("model");
        return archive;
    }

    /** The model of {@code articles}, made in the build's pool: finding its entities runs on every thread. */
    private Archive archiveOf(List<Article> articles, Reading reading) throws IOException {
        return startModel(articles, reading).join();
    }

    private BuildPool.Started<Archive> startModel(List<Article> articles, Reading reading) {
        return pool.start(() -> Archive.of(articles, config.timeZone(), reading.sectionIndexes(), config.entities()));
    }

    private static Function<String, String> displayNames(Reading reading) {
        return path -> reading.sources().get(path).displayName();
    }

    /** How many pages were rendered, and how many search index files made. */
    private record Made(int pages, int searchFiles) {
    }

    /**
     * Renders the pages and makes the search index. A body-only rebuild renders a page or two and
     * keeps the rest, which leaves a core idle: the index is patched beside them, not after.
     */
    private Made renderAndSearch(Planned planned, Reading reading, Theme theme, Rebuild rebuild)
            throws ProblemException, IOException {
        if (!planned.bodiesOnly()) {
            int rendered = render(planned, reading, theme, rebuild);
            int searchFiles = search(planned, reading, rebuild);
            timer.mark("search");
            return new Made(rendered, searchFiles);
        }
        BuildPool.Started<Integer> searching = pool.start(() -> search(planned, reading, rebuild));
        int rendered;
        try {
            rendered = render(planned, reading, theme, rebuild);
        } catch (ProblemException | IOException | RuntimeException e) {
            // Nothing may still be staging files once the build gives up and its staging is removed.
            searching.await();
            throw e;
        }
        int searchFiles = searching.join();
        timer.mark("search");
        return new Made(rendered, searchFiles);
    }

    /**
     * Renders every planned page whose fingerprint changed; in a body-only rebuild, keeps every
     * other file the last build wrote. Returns how many pages were rendered.
     */
    private int render(Planned planned, Reading reading, Theme theme, Rebuild rebuild) throws ProblemException, IOException {
        int rendered = 0;
        progress.phase("render", planned.pageCount());
        Map<String, String> pageOfSource = planned.editions().size() == 1 || planned.editions().get(0).plan() == null
                ? null : LanguageEditions.pageOfSource(planned.editions().stream().map(Edition::plan).toList(),
                        planned.editions().stream().map(e -> e.config().folder()).toList());
        for (Edition edition : planned.editions()) {
            if (edition.plan() == null) {
                continue;
            }
            RenderPhase phase = new RenderPhase(renderer(edition, planned.translations(), pageOfSource, reading, theme),
                    cache, output, rebuild.sameSite() != null, rebuild.changedSources(), edition.config().folder());
            List<Page> pages = edition.plan().pages();
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
            rendered += phase.rendered();
        }
        if (planned.bodiesOnly()) {
            pool.run(() -> BodyOnlyRebuild.keepOthers(cache, output, planned.pages()));
        }
        timer.mark("render");
        return rendered;
    }

    /**
     * @param pageOfSource every article's page from the site's root, in every language; null for a
     *     site in one language, whose plan has them
     */
    private PageRenderer renderer(Edition edition, Translations translations, Map<String, String> pageOfSource,
                                  Reading reading, Theme theme) {
        SitePlan plan = edition.plan();
        SiteConfig language = edition.config();
        Map<String, String> pages = pageOfSource == null ? plan.pageOfSource() : pageOfSource;
        SourceLinks sourceLinks = new SourceLinks(pages, links).mountedAt(language.folder());
        RenderContext context = new RenderContext(language, edition.archive(), plan.urls(), links, sourceLinks,
                new CachedBodies(cache, reader, reading.sources(), sourceLinks, pages),
                new DateFormat(config.timeZone(), messages(theme, language)), theme.themePaths(), translations,
                messages(theme, language));
        return new PageRenderer(context, theme.templates(), theme.templateDir(), options.projectDir());
    }

    /** The theme's words in the language of {@code language}'s pages (read once, when the theme was opened). */
    private static Messages messages(Theme theme, SiteConfig language) {
        return theme.templates().messages(language.language()).messages();
    }

    /**
     * Keeps, patches or makes the search index; returns how many of its files were made. May run
     * beside the render phase: it touches only the index's files and their cache entries.
     */
    private int search(Planned planned, Reading reading, Rebuild rebuild) throws IOException {
        if (!config.search()) {
            return 0;
        }
        int made = 0;
        for (Edition edition : planned.editions()) {
            SearchPhase searchPhase = new SearchPhase(cache, output, edition.config(), edition.config().folder(),
                    Analyzer.of(edition.config().language()));
            // With nothing changed the last index is kept whole; only if it is not there is it made.
            if (!(planned.bodiesOnly() && rebuild.changedSources().isEmpty() && searchPhase.keep())) {
                Archive searched = edition.archive() != null ? edition.archive()
                        : archiveOf(reading.published(), reading);
                pool.run(() -> searchPhase.run(searched, config.linkStyle().name().toLowerCase(Locale.ROOT),
                        config.timeZone(), rebuild.sameSite() != null));
            }
            made += searchPhase.made();
        }
        return made;
    }

    /** Stages the files copied as they are (each only when its bytes changed). */
    private void copy(Theme theme) throws IOException {
        pool.run(() -> theme.copies().parallelStream().forEach(copy -> output.copy(copy.outputPath(), copy.source())));
        timer.mark("copy");
    }

    /** Saves what this build learnt for the next one; returns the site it made. */
    private BuildCache.SiteState remember(Planned planned, Rebuild rebuild) throws IOException {
        BuildCache.SiteState site = planned.bodiesOnly() ? rebuild.sameSite()
                : new BuildCache.SiteState(rebuild.structureKey(), planned.pageCount(), planned.notes());
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
