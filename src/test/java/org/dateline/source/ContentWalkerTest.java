package org.dateline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.model.Problem;
import org.dateline.model.SourceFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentWalkerTest {

    @TempDir
    Path project;

    private Path content() {
        return project.resolve("content");
    }

    private void write(String relative) throws IOException {
        Path file = content().resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    private static Path symlink(Path link, Path target) throws IOException {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            Assumptions.abort("symbolic links cannot be made here: " + e);
            return null;
        }
    }

    @Test
    void classifiesArticlesAssetsAndIgnoredFilesInPathOrder() throws IOException {
        for (String file : new String[] {
                "world/b-story.md", "world/a-story.markdown", "wire/report.txt", "about.md", "world/UPPER.MD",
                "world/photo.jpg", "data/figures.csv", "world/story/index.md", "world/story/chart.png",
                // ignored:
                ".hidden.md", ".git/config", "_notes/draft.md", "world/_notes.md", "_layouts/post.html", "world/#story.md#",
                "world/story.md~", "world/.story.md.swp", "world/upload.tmp", "Thumbs.db", "world/desktop.ini",
                "world/.DS_Store"}) {
            write(file);
        }

        ContentListing listing = ContentWalker.walk(content(), project);

        assertThat(listing.articles()).extracting(SourceFile::relativePath).containsExactly(
                "about.md", "wire/report.txt", "world/UPPER.MD", "world/a-story.markdown", "world/b-story.md",
                "world/story/index.md");
        assertThat(listing.articles()).extracting(SourceFile::format).containsExactly(
                SourceFormat.MARKDOWN, SourceFormat.WIRE, SourceFormat.MARKDOWN, SourceFormat.MARKDOWN,
                SourceFormat.MARKDOWN, SourceFormat.MARKDOWN);
        assertThat(listing.articles()).allMatch(SourceFile::isArticle);
        assertThat(listing.assets()).extracting(SourceFile::relativePath).containsExactly(
                "data/figures.csv", "world/photo.jpg", "world/story/chart.png");
        assertThat(listing.assets()).noneMatch(SourceFile::isArticle);
        assertThat(listing.problems()).isEmpty();
    }

    @Test
    void hugosIndexFilesOfTheHomeAndOfSectionsAreListedApart() throws IOException {
        for (String file : new String[] {"_index.md", "world/_index.md", "world/_index.fr.md", "world/story.md",
                "world/europe/_index.md", "world/_indexes.md"}) {
            write(file);
        }

        ContentListing listing = ContentWalker.walk(content(), project);

        assertThat(listing.sectionIndexes()).extracting(SourceFile::relativePath)
                .as("a deeper folder has no page to describe").containsExactly("_index.md", "world/_index.fr.md", "world/_index.md");
        assertThat(listing.articles()).extracting(SourceFile::relativePath).containsExactly("world/story.md");
        assertThat(listing.assets()).isEmpty();
    }

    @Test
    void namesFilesRelativeToTheDisplayBase() throws IOException {
        write("world/story.md");

        ContentListing listing = ContentWalker.walk(content(), project);

        SourceFile story = listing.articles().get(0);
        assertThat(story.displayName()).isEqualTo("content/world/story.md");
        assertThat(story.path()).isEqualTo(content().toAbsolutePath().normalize().resolve("world/story.md"));
    }

    /** The walk names files from the content folder's own name; each must be what display() says. */
    @Test
    void namesEveryFileAsDisplayWouldFromAnyBase() throws IOException {
        write("world/story.md");
        write("world/deep/er/story.md");
        write("a.md");
        Path outside = Files.createDirectories(project.getParent().resolve(project.getFileName() + "-other"));
        for (Path base : new Path[] {project, content(), content().resolve("world"), outside}) {
            for (SourceFile file : ContentWalker.walk(content(), base).articles()) {
                assertThat(file.displayName()).as("from %s", base).isEqualTo(ContentWalker.display(base, file.path()));
                assertThat(file.relativePath()).isEqualTo(
                        content().toAbsolutePath().normalize().relativize(file.path()).toString().replace('\\', '/'));
            }
        }
        assertThat(ContentWalker.walk(content(), content()).articles()).extracting(SourceFile::displayName)
                .containsExactly("a.md", "world/deep/er/story.md", "world/story.md");
    }

    @Test
    void displayIsAbsoluteOutsideTheBase() throws IOException {
        Path elsewhere = Files.createDirectories(project.resolve("elsewhere"));

        assertThat(ContentWalker.display(content(), elsewhere.resolve("x.md")))
                .isEqualTo(elsewhere.toAbsolutePath().normalize().resolve("x.md").toString().replace('\\', '/'));
        assertThat(ContentWalker.display(project, content().resolve("a/../b.md"))).isEqualTo("content/b.md");
    }

    @Test
    void emptyContentFolderListsNothing() throws IOException {
        Files.createDirectories(content());

        ContentListing listing = ContentWalker.walk(content(), project);

        assertThat(listing.articles()).isEmpty();
        assertThat(listing.assets()).isEmpty();
        assertThat(listing.problems()).isEmpty();
    }

    @Test
    void jekyllPostsAndDraftsAreReadHtmlPostsToo() throws IOException {
        for (String file : new String[] {"_posts/2013-05-06-release.markdown", "news/_posts/2014-01-02-ferry.html",
                "_drafts/plans.md", "_layouts/post.html", "_config.yml", "_posts/photo.png"}) {
            write(file);
        }

        ContentListing listing = ContentWalker.walk(content(), project);

        assertThat(listing.articles()).extracting(SourceFile::relativePath).containsExactly(
                "_drafts/plans.md", "_posts/2013-05-06-release.markdown", "news/_posts/2014-01-02-ferry.html");
        assertThat(listing.articles()).extracting(SourceFile::format).containsOnly(SourceFormat.MARKDOWN);
        assertThat(listing.assets()).extracting(SourceFile::relativePath).containsExactly("_posts/photo.png");
    }

    @Test
    void contentFolderStartingWithUnderscoreIsStillWalked() throws IOException {
        Path root = Files.createDirectories(project.resolve("_content"));
        Files.writeString(root.resolve("a.md"), "x");

        assertThat(ContentWalker.walk(root, project).articles()).extracting(SourceFile::displayName)
                .containsExactly("_content/a.md");
    }

    @Test
    void formatAndIgnoreRules() {
        assertThat(ContentWalker.formatOf("a.md")).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(ContentWalker.formatOf("a.Markdown")).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(ContentWalker.formatOf("a.TXT")).isEqualTo(SourceFormat.WIRE);
        assertThat(ContentWalker.formatOf("a.html")).isNull();
        assertThat(ContentWalker.formatOf("md")).isNull();
        assertThat(ContentWalker.isIgnored(".env")).isTrue();
        assertThat(ContentWalker.isIgnored("_index.md")).isTrue();
        assertThat(ContentWalker.isIgnored("#autosave#")).isTrue();
        assertThat(ContentWalker.isIgnored("a.md~")).isTrue();
        assertThat(ContentWalker.isIgnored(".a.md.swp")).isTrue();
        assertThat(ContentWalker.isIgnored("a.tmp")).isTrue();
        assertThat(ContentWalker.isIgnored("Thumbs.db")).isTrue();
        assertThat(ContentWalker.isIgnored("desktop.ini")).isTrue();
        assertThat(ContentWalker.isIgnored("story.md")).isFalse();
        assertThat(ContentWalker.isIgnored("photo_1.jpg")).isFalse();
    }

    @Test
    void symlinkedFolderIsFollowed() throws IOException {
        write("world/story.md");
        Path outside = Files.createDirectories(project.resolve("shared-photos"));
        Files.writeString(outside.resolve("harbour.jpg"), "jpg");
        symlink(content().resolve("photos"), outside);

        ContentListing listing = ContentWalker.walk(content(), project);

        assertThat(listing.assets()).extracting(SourceFile::relativePath).containsExactly("photos/harbour.jpg");
        assertThat(listing.problems()).isEmpty();
    }

    @Test
    void symlinkLoopIsReportedNotFollowed() throws IOException {
        write("world/story.md");
        write("world/zz.md");
        symlink(content().resolve("world/loop"), content());

        ContentListing listing = ContentWalker.walk(content(), project);

        assertThat(listing.problems()).singleElement().satisfies((Problem p) -> {
            assertThat(p.file()).isEqualTo("content/world/loop");
            assertThat(p.line()).isZero();
            assertThat(p.message()).isEqualTo("this symbolic link points back to a folder that contains it (a loop)");
            assertThat(p.hint()).isEqualTo("Remove the link or point it somewhere outside its own folder.");
        });
        assertThat(listing.articles()).extracting(SourceFile::relativePath).containsExactly("world/story.md", "world/zz.md");
    }

    @Test
    void aBrokenSymlinkIsReportedNotSkipped() throws IOException {
        write("world/story.md");
        symlink(content().resolve("world/gone.md"), content().resolve("world/nowhere.md"));

        ContentListing listing = ContentWalker.walk(content(), project);

        assertThat(listing.problems()).singleElement().satisfies((Problem p) -> {
            assertThat(p.file()).isEqualTo("content/world/gone.md");
            assertThat(p.message()).isEqualTo("this symbolic link points to a file that does not exist");
        });
        assertThat(listing.articles()).extracting(SourceFile::relativePath).containsExactly("world/story.md");
    }

    @Test
    void restatingTheFilesWrittenSinceAWalkGivesWhatAWalkGivesNow() throws IOException {
        write("world/ferry.md");
        write("world/map.png");
        write("world/_index.md");
        write("sport/derby.md");
        ContentListing last = ContentWalker.walk(content(), project);
        Files.writeString(content().resolve("world/ferry.md"), "a longer body than before");
        Files.writeString(content().resolve("world/map.png"), "a new map");
        Files.writeString(content().resolve("world/_index.md"), "---\ntitle: World news\n---\n");

        ContentListing restated = ContentWalker.restat(last, java.util.List.of(content().resolve("world/ferry.md"),
                content().resolve("world/map.png"), content().resolve("world/_index.md")), content());

        assertThat(restated).isEqualTo(ContentWalker.walk(content(), project));
        assertThat(restated.articles().get(1).size()).isEqualTo("a longer body than before".length());
        assertThat(ContentWalker.restat(last, java.util.List.of(), content())).as("nothing written").isEqualTo(last);
    }

    @Test
    void restatingGivesUpWhereOnlyAWalkCanTell() throws IOException {
        write("world/ferry.md");
        write("world/wire.xml");
        write("world/.ferry.md.swp");
        ContentListing last = ContentWalker.walk(content(), project);
        write("world/new.md");
        Files.createDirectories(content().resolve("world/photos"));
        assertThat(ContentWalker.restat(last, java.util.List.of(content().resolve("world/new.md")), content()))
                .as("a new file").isNull();
        assertThat(ContentWalker.restat(last, java.util.List.of(content().resolve("world/photos")), content()))
                .as("a new folder").isNull();
        assertThat(ContentWalker.restat(last, java.util.List.of(content().resolve("world/.ferry.md.swp")), content()))
                .as("a file the walk skips").isNull();
        assertThat(ContentWalker.restat(last, java.util.List.of(content().resolve("world/wire.xml")), content()))
                .as("XML, whose format is in its bytes").isNull();
        assertThat(ContentWalker.restat(last, java.util.List.of(project.resolve("elsewhere.md")), content()))
                .as("outside the content folder").isNull();
        Files.delete(content().resolve("world/ferry.md"));
        assertThat(ContentWalker.restat(last, java.util.List.of(content().resolve("world/ferry.md")), content()))
                .as("a file gone").isNull();
        Files.createDirectories(content().resolve("world/ferry.md"));
        assertThat(ContentWalker.restat(last, java.util.List.of(content().resolve("world/ferry.md")), content()))
                .as("a file that is now a folder").isNull();
    }

    @Test
    void restatingAListingWithProblemsGivesUp() throws IOException {
        write("world/ferry.md");
        Path link = symlink(content().resolve("world/gone.md"), content().resolve("world/nowhere.md"));
        ContentListing last = ContentWalker.walk(content(), project);
        assertThat(last.problems()).isNotEmpty();
        assertThat(ContentWalker.restat(last, java.util.List.of(content().resolve("world/ferry.md")), content())).isNull();
        assertThat(link).isSymbolicLink();
    }
}
