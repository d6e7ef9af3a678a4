package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.config.SiteConfig;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.model.SectionIndex;
import org.dateline.parse.ArticleReader;
import org.dateline.parse.Markdown;
import org.dateline.parse.ReadResult;
import org.dateline.parse.SectionIndexReader;
import org.dateline.plan.FileCopy;
import org.dateline.plan.Planner;
import org.dateline.plan.SitePlan;
import org.dateline.plan.SlugClashes;
import org.dateline.source.ContentListing;
import org.dateline.source.ContentWalker;
import org.dateline.source.SourceFile;
import org.dateline.source.SourceReader;

/**
 * {@code dateline check}: reads every article and plans the whole site as a build would, and writes
 * nothing, not even the build cache (every source is read afresh, so the report covers them all).
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
        ContentListing listing = ContentWalker.walk(options.contentDir(), options.projectDir());
        List<Problem> problems = new ArrayList<>(listing.problems());
        ArticleReader reader = new ArticleReader(config.timeZone(), new Markdown(config.unsafeHtml(), options.fastPaths()));
        List<ReadResult> results;
        try (BuildPool pool = new BuildPool(options.threads())) {
            results = pool.call(() -> listing.articles().parallelStream().map(file -> read(reader, file)).toList());
        }
        HeldBack heldBack = new HeldBack(options.publication());
        List<Article> published = heldBack.published(results, problems);
        List<String> notes = new ArrayList<>();
        SlugClashes.resolve(published, notes);
        Map<String, SourceFile> sources = new HashMap<>();
        listing.articles().forEach(f -> sources.put(f.relativePath(), f));
        List<FileCopy> copies = new ArrayList<>();
        for (SourceFile asset : listing.assets()) {
            copies.add(new FileCopy(asset.relativePath(), asset.path(), asset.displayName()));
        }
        List<SectionIndex> sectionIndexes = SectionIndexes.read(listing.sectionIndexes(),
                new SectionIndexReader(new Markdown(config.unsafeHtml(), options.fastPaths())), problems);
        SitePlan plan = Planner.plan(Archive.of(published, config.timeZone(), sectionIndexes), config, copies,
                path -> sources.get(path).displayName(), options.now());
        problems.addAll(plan.problems());
        notes.addAll(plan.notes());
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparing(Problem::message));
        return new Result(MigrationReport.of(results), notes, problems, published.size(), plan.pages().size());
    }

    private static ReadResult read(ArticleReader reader, SourceFile file) {
        try {
            String text = SourceReader.decode(SourceReader.readBytes(file), file.displayName());
            return reader.read(file.relativePath(), file.displayName(), file.format(), text);
        } catch (ProblemException e) {
            return ReadResult.failed(e.problems());
        }
    }
}
