package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dateline.testing.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a rebuild does again, counted the way Hugo's rebuild tests count renders: an unchanged
 * rebuild parses, renders and writes nothing; an edit re-renders exactly the pages that show the
 * edited text; the cache never changes the bytes.
 */
class BuildCacheTest {

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
        for (int i = 1; i <= 5; i++) {
            project.article("world/w" + i + ".md", "---\ntitle: World " + i + "\ndate: 2024-01-0" + i
                    + "T10:00:00Z\ntags: [Shared]\n---\n\nWorld text " + i + ".\n");
            project.article("science/s" + i + ".md", "---\ntitle: Science " + i + "\ndate: 2023-06-0" + i
                    + "T10:00:00Z\n---\n\nScience text " + i + ".\n");
        }
    }

    @Test
    void anUnchangedRebuildParsesRendersAndWritesNothing() throws Exception {
        BuildResult first = project.build();
        assertThat(first.articlesParsed()).isEqualTo(10);
        assertThat(first.pagesRendered()).isEqualTo(first.pagesPlanned());

        BuildResult second = project.build();
        assertThat(second.articlesParsed()).isZero();
        assertThat(second.pagesRendered()).isZero();
        assertThat(second.filesWritten()).isZero();
        assertThat(second.filesRemoved()).isZero();
        assertThat(second.filesUnchanged()).isEqualTo(first.filesWritten());
    }

    @Test
    void anUnchangedRebuildLeavesTheCacheIndexAsItWas() throws Exception {
        project.build();
        Path index = dir.resolve(".dateline/" + BuildCache.INDEX);
        Path changes = dir.resolve(".dateline/" + BuildCache.CHANGES);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(index, old);
        project.build();
        assertThat(Files.getLastModifiedTime(index)).as("not written again").isEqualTo(old);
        assertThat(changes).doesNotExist();

        project.article("science/s2.md", "---\ntitle: Science 2\ndate: 2023-06-02T10:00:00Z\n---\n\nEdited.\n");
        project.build();
        assertThat(Files.getLastModifiedTime(index)).as("an edit writes only what changed").isEqualTo(old);
        assertThat(changes).isRegularFile();
        assertThat(Files.size(changes)).as("a few entries, not the whole index").isLessThan(Files.size(index) / 2);
        BuildResult after = project.build();
        assertThat(after.articlesParsed()).as("the index with its changes holds").isZero();
        assertThat(after.pagesRendered()).isZero();

        project.article("science/s2.md", "---\ntitle: Science 2\ndate: 2023-06-02T10:00:00Z\n---\n\nEdited again.\n");
        project.build();
        assertThat(project.build().articlesParsed()).as("changes build on the index, not on each other").isZero();
        assertThat(project.page("science/s2/").selectFirst(".story-body").text()).isEqualTo("Edited again.");
    }

    @Test
    void changesToMostOfTheSiteWriteTheWholeIndexAgain() throws Exception {
        for (int i = 10; i < 70; i++) {
            project.article("more/m" + i + ".md", "---\ntitle: More " + i + "\ndate: 2022-02-" + String.format("%02d", i % 28 + 1)
                    + "T10:00:00Z\n---\n\nMore text " + i + ".\n");
        }
        project.build();
        Path index = dir.resolve(".dateline/" + BuildCache.INDEX);
        Path changes = dir.resolve(".dateline/" + BuildCache.CHANGES);
        project.article("science/s2.md", "---\ntitle: Science 2\ndate: 2023-06-02T10:00:00Z\n---\n\nEdited.\n");
        project.build();
        assertThat(changes).isRegularFile();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(index, old);

        project.file("dateline.yml", "title: A new name\n"); // every page shows the title
        project.build();
        assertThat(Files.getLastModifiedTime(index)).isNotEqualTo(old);
        assertThat(changes).as("folded into the index").doesNotExist();
        BuildResult after = project.build();
        assertThat(after.articlesParsed()).isZero();
        assertThat(after.pagesRendered()).isZero();
    }

    @Test
    void unreadableChangesDropTheCacheWithANote() throws Exception {
        project.build();
        project.article("science/s2.md", "---\ntitle: Science 2\ndate: 2023-06-02T10:00:00Z\n---\n\nEdited.\n");
        project.build();
        Files.write(dir.resolve(".dateline/" + BuildCache.CHANGES), new byte[] {1, 2, 3, 4});
        BuildResult result = project.build();
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("could not be read", "dropped"));
        assertThat(result.articlesParsed()).isEqualTo(10);
        assertThat(project.page("science/s2/").selectFirst(".story-body").text()).isEqualTo("Edited.");
    }

    @Test
    void editingOneArticleBodyRerendersOnlyItsPage() throws Exception {
        project.build();
        project.article("science/s3.md", "---\ntitle: Science 3\ndate: 2023-06-03T10:00:00Z\n---\n\nNew text.\n");
        BuildResult result = project.build();
        assertThat(result.articlesParsed()).isEqualTo(1);
        // The body shows only on its own page and in its text for search snippets (feeds carry
        // summaries, listings the excerpt)...
        assertThat(result.pagesRendered()).isEqualTo(2 + pagesShowingTheExcerpt());
        assertThat(project.page("science/s3/").selectFirst(".story-body").text()).isEqualTo("New text.");
    }

    /** ...and its excerpt, drawn from the first paragraph, on every page that shows it as a card. */
    private int pagesShowingTheExcerpt() {
        // home, section, year 2023, month 2023/06 and day 2023/06/03; three feeds each of home and
        // section; the four other science articles, which list it as related; the 404 page's latest.
        return 5 + 6 + 4 + 1;
    }

    @Test
    void anEditThatOnlyTheArticlesOwnPageShowsRendersOnlyThatPage() throws Exception {
        project.article("science/long.md", "---\ntitle: Long\ndate: 2023-06-09T10:00:00Z\n---\n\nFirst paragraph.\n\n"
                + "Second paragraph with a tpyo.\n");
        project.build();
        Map<String, byte[]> before = TestProject.snapshot(project.site());
        // The first paragraph stays: listings, feeds and cards show nothing new (the reading time and
        // word count that change are shown on the article's own page only).
        project.article("science/long.md", "---\ntitle: Long\ndate: 2023-06-09T10:00:00Z\n---\n\nFirst paragraph.\n\n"
                + "Second paragraph with a typo, and a sentence added at the end.\n");
        BuildResult result = project.build();
        assertThat(result.articlesParsed()).isEqualTo(1);
        // its page and its text for search snippets...
        assertThat(result.pagesRendered()).isEqualTo(2);
        // ...and, written besides them, only the search index files that hold its words
        List<String> changed = new ArrayList<>();
        TestProject.snapshot(project.site()).forEach((file, bytes) -> {
            if (!Arrays.equals(bytes, before.get(file))) {
                changed.add(file);
            }
        });
        assertThat(changed).contains("science/long/index.html", "search/text/science/long.js");
        assertThat(changed).allMatch(f -> f.equals("science/long/index.html") || f.equals("search/text/science/long.js")
                || f.startsWith("search/terms/"));
        assertThat(result.filesWritten()).isEqualTo(changed.size());
        assertThat(project.page("science/long/").selectFirst(".story-body").text()).contains("added at the end.");
    }

    @Test
    void editingAHeadlineRerendersEveryPageThatShowsIt() throws Exception {
        BuildResult first = project.build();
        project.article("world/w2.md", "---\ntitle: World two, renamed\ndate: 2024-01-02T10:00:00Z\ntags: [Shared]\n---\n\nWorld text 2.\n");
        BuildResult result = project.build();
        assertThat(result.articlesParsed()).isEqualTo(1);
        assertThat(result.pagesRendered()).isGreaterThan(1).isLessThan(first.pagesPlanned());
        assertThat(project.page("world/w1/").select(".neighbours a").eachText()).contains("World two, renamed");
        assertThat(project.page("tags/shared/").select(".card-title").eachText()).contains("World two, renamed");
        assertThat(project.page("science/s1/").text()).doesNotContain("World two");
    }

    @Test
    void aTemplateChangeRerendersThePagesUsingIt() throws Exception {
        BuildResult first = project.build();
        String article = Files.readString(Path.of("templates/article.peb"));
        project.file("templates/article.peb", article.replace("<article class=\"story\">", "<article class=\"story edited\">"));
        BuildResult result = project.build();
        assertThat(result.articlesParsed()).isZero();
        // Every page is rendered again (the templates' digest is part of every fingerprint), except the
        // articles' texts for search, which no template makes...
        assertThat(result.pagesRendered()).isEqualTo(first.pagesPlanned() - 10);
        // ...but only the article pages' bytes changed.
        assertThat(result.filesWritten()).isEqualTo(10);
        assertThat(project.page("world/w1/").select("article.story.edited")).hasSize(1);
    }

    @Test
    void touchingFilesWithoutChangingThemParsesNothing() throws Exception {
        project.build();
        Files.setLastModifiedTime(dir.resolve("content/world/w1.md"), FileTime.fromMillis(1_000_000_000_000L));
        BuildResult result = project.build();
        assertThat(result.articlesParsed()).isZero();
        assertThat(result.pagesRendered()).isZero();
    }

    @Test
    void deletingAnArticleRemovesItsPageAndUpdatesThoseThatListedIt() throws Exception {
        project.build();
        project.delete("content/world/w5.md");
        BuildResult result = project.build();
        assertThat(result.articlesParsed()).isZero();
        assertThat(project.exists("world/w5/index.html")).isFalse();
        assertThat(result.filesRemoved()).isGreaterThanOrEqualTo(2);
        assertThat(project.page("world/").select(".card-title").eachText()).doesNotContain("World 5");
    }

    @Test
    void aPageChangedOrDeletedBehindTheBuildsBackIsWrittenAgain() throws Exception {
        project.build();
        Files.writeString(project.site().resolve("world/w1/index.html"), "tampered");
        Files.delete(project.site().resolve("world/w2/index.html"));
        BuildResult result = project.build();
        assertThat(result.pagesRendered()).isEqualTo(2);
        assertThat(Files.readString(project.site().resolve("world/w1/index.html"))).contains("World text 1.");
        assertThat(project.exists("world/w2/index.html")).isTrue();
    }

    @Test
    void buildsWithAndWithoutTheCacheGiveTheSameBytes() throws Exception {
        project.build(project.options().withOutput(dir.resolve("warm")));
        project.article("science/s3.md", "---\ntitle: Science 3\ndate: 2023-06-03T10:00:00Z\n---\n\nNew text.\n");
        project.build(project.options().withOutput(dir.resolve("warm")));
        project.build(project.options().withOutput(dir.resolve("cold")).withCache(null));
        TestProject.assertSameFiles(dir.resolve("cold"), dir.resolve("warm"));
        assertThat(dir.resolve(".dateline")).isDirectory();
    }

    @Test
    void anEditPatchesTheSearchIndexToTheBytesOfAWholeNewOne() throws Exception {
        for (int i = 1; i <= 60; i++) {
            project.article("world/more" + i + ".md", "---\ntitle: More " + i + "\ndate: 2022-02-" + (10 + i % 18)
                    + "T10:00:00Z\n---\n\nHarbour ferry number" + i + " word" + (i % 13) + " text.\n");
        }
        BuildResult first = project.build(project.options().withOutput(dir.resolve("warm")));
        long indexFiles = TestProject.snapshot(dir.resolve("warm")).keySet().stream()
                .filter(f -> f.startsWith("search/") && !f.startsWith("search/text/") && f.endsWith(".js")).count();
        assertThat(first.searchFilesMade()).isEqualTo(indexFiles);
        // New words, and words gone, in one article: only the term files of those words, the
        // directory files and meta.js are made again.
        project.article("world/more7.md", "---\ntitle: More 7\ndate: 2022-02-17T10:00:00Z\n---\n\nZebra crossing text.\n");
        BuildResult edit = project.build(project.options().withOutput(dir.resolve("warm")));
        assertThat(edit.articlesParsed()).isEqualTo(1);
        assertThat(edit.searchFilesMade()).isPositive().isLessThan((int) indexFiles);
        // The cache entries the edit changed include the index files it made, not the ones it kept.
        BuildCache.Changes changes;
        try (InputStream in = Files.newInputStream(dir.resolve(".dateline/" + BuildCache.CHANGES))) {
            changes = CacheFormat.readChanges(in, BuildCache.version());
        }
        assertThat(changes.pages().keySet().stream().filter(SearchPhase::isIndexFile).toList())
                .hasSize(edit.searchFilesMade());
        assertSameAsAColdBuild();
        // A second edit patches the patched index, whose untouched files were kept as the first
        // build made them, cache entries and all.
        project.article("world/more20.md", "---\ntitle: More 20\ndate: 2022-02-12T10:00:00Z\n---\n\nHarbour yacht text.\n");
        assertThat(project.build(project.options().withOutput(dir.resolve("warm"))).searchFilesMade())
                .isPositive().isLessThan((int) indexFiles);
        assertSameAsAColdBuild();
        // and the next build, with nothing changed, keeps the patched index whole
        assertThat(project.build(project.options().withOutput(dir.resolve("warm"))).searchFilesMade()).isZero();
    }

    private void assertSameAsAColdBuild() throws Exception {
        project.build(project.options().withOutput(dir.resolve("cold")).withCache(null));
        TestProject.assertSameFiles(dir.resolve("cold"), dir.resolve("warm"));
    }

    @Test
    void aCorruptCacheIsDroppedWithANote() throws Exception {
        project.build();
        Files.write(dir.resolve(".dateline/" + BuildCache.INDEX), new byte[] {1, 2, 3, 4});
        BuildResult result = project.build();
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("could not be read", "dropped"));
        assertThat(result.articlesParsed()).isEqualTo(10);
        assertThat(project.page("world/w1/").selectFirst(".story-body").text()).isEqualTo("World text 1.");
        assertThat(project.build().articlesParsed()).isZero();
    }

    @Test
    void changingHowArticlesReadDropsTheParsedSources() throws Exception {
        project.build();
        project.file("dateline.yml", "timeZone: Europe/Paris\n");
        BuildResult result = project.build();
        assertThat(result.articlesParsed()).isEqualTo(10);
    }
}
