package org.dateline.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

    @TempDir
    Path dir;

    private Path site() {
        return dir.resolve("site");
    }

    private StagedOutput.FileState firstBuild() throws Exception {
        StagedOutput.FileState kept;
        try (StagedOutput output = StagedOutput.open(site())) {
            output.put("index.html", "home".getBytes(UTF_8));
            kept = output.put("world/story/index.html", "story".getBytes(UTF_8));
            output.put("world/old/index.html", "old".getBytes(UTF_8));
            output.put("2024/05/01/index.html", "day".getBytes(UTF_8));
            assertThat(output.commit()).isEqualTo(new OutputSummary(4, 0, 0));
        }
        return kept;
    }

    @Test
    void aFirstBuildMovesTheStagedTreeIntoPlaceAndMarksIt() throws Exception {
        firstBuild();
        assertThat(Files.readString(site().resolve("world/story/index.html"))).isEqualTo("story");
        assertThat(site().resolve(StagedOutput.MARKER)).exists();
        assertThat(dir.resolve(".site.dateline-staging")).doesNotExist();
    }

    @Test
    void aRebuildKeepsWhatIsAsLeftRewritesNothingEqualAndRemovesWhatItNoLongerProduces() throws Exception {
        StagedOutput.FileState story = firstBuild();
        Files.writeString(site().resolve("world/stray.txt"), "put there by hand");
        try (StagedOutput output = StagedOutput.open(site())) {
            assertThat(output.keep("world/story/index.html", story)).isTrue();
            output.put("index.html", "home".getBytes(UTF_8));
            output.put("world/new/index.html", "new".getBytes(UTF_8));
            // world/old/, 2024/ and the stray file are not produced this time
            assertThat(output.commit()).isEqualTo(new OutputSummary(1, 2, 3));
        }
        assertThat(site().resolve("world/old")).doesNotExist();
        assertThat(site().resolve("world/stray.txt")).doesNotExist();
        assertThat(site().resolve("2024")).doesNotExist();
        assertThat(site().resolve("world/story/index.html")).hasContent("story");
        assertThat(site().resolve("world/new/index.html")).hasContent("new");
        assertThat(site().resolve(StagedOutput.MARKER)).exists();
    }

    @Test
    void aFileChangedSinceTheLastBuildIsNotAsLeft() throws Exception {
        StagedOutput.FileState story = firstBuild();
        Path file = site().resolve("world/story/index.html");
        Files.writeString(file, "edited by hand");
        try (StagedOutput output = StagedOutput.open(site())) {
            assertThat(output.isAsLeft("world/story/index.html", story)).isFalse();
            assertThat(output.keep("world/story/index.html", story)).isFalse();
        }
        Files.writeString(file, "story");
        Files.setLastModifiedTime(file, FileTime.fromMillis(story.modified() - 5_000));
        try (StagedOutput output = StagedOutput.open(site())) {
            assertThat(output.isAsLeft("world/story/index.html", story)).as("same size, another time").isFalse();
        }
        Files.delete(file);
        try (StagedOutput output = StagedOutput.open(site())) {
            assertThat(output.isAsLeft("world/story/index.html", story)).as("gone").isFalse();
        }
    }

    @Test
    void aFolderThatBecomesAFileAndAFileThatBecomesAFolderAreBothReplaced() throws Exception {
        firstBuild();
        try (StagedOutput output = StagedOutput.open(site())) {
            output.put("index.html", "home".getBytes(UTF_8));
            output.put("world/story", "now a file".getBytes(UTF_8));
            output.commit();
        }
        assertThat(site().resolve("world/story")).isRegularFile().hasContent("now a file");
        assertThat(site().resolve("2024")).doesNotExist();
    }

    @Test
    void aFailedBuildLeavesTheSiteAsItWas() throws Exception {
        firstBuild();
        try (StagedOutput output = StagedOutput.open(site())) {
            output.put("index.html", "changed".getBytes(UTF_8));
            // no commit: the build failed
        }
        assertThat(site().resolve("index.html")).hasContent("home");
        assertThat(site().resolve("world/old/index.html")).exists();
        assertThat(dir.resolve(".site.dateline-staging")).doesNotExist();
    }

    /** Every file under the site but the marker, with its state, as a walk finds it. */
    private Map<String, StagedOutput.FileState> walked() throws Exception {
        Map<String, StagedOutput.FileState> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(site())) {
            for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                String path = site().relativize(file).toString().replace('\\', '/');
                if (!path.equals(StagedOutput.MARKER)) {
                    files.put(path, new StagedOutput.FileState(Files.size(file), Files.getLastModifiedTime(file).toMillis()));
                }
            }
        }
        return files;
    }

    @Test
    void aMemoryKnowsWhatTheCommitLeftAsAWalkWouldFindIt() throws Exception {
        StagedOutput.Memory memory = new StagedOutput.Memory();
        Map<String, StagedOutput.FileState> states = new TreeMap<>();
        try (StagedOutput output = StagedOutput.open(site(), memory)) {
            states.put("index.html", output.put("index.html", "home".getBytes(UTF_8)));
            states.put("world/story/index.html", output.put("world/story/index.html", "story".getBytes(UTF_8)));
            output.copy("style.css", Files.writeString(dir.resolve("style.css"), "body{}"));
            output.commit();
        }
        states.put("style.css", walked().get("style.css"));
        assertThat(walked()).isEqualTo(states);
        // The next build, opened from the memory, finds every file as left, as one that walks does.
        try (StagedOutput remembered = StagedOutput.open(site(), memory)) {
            states.forEach((path, state) -> assertThat(remembered.isAsLeft(path, state)).as(path).isTrue());
            assertThat(remembered.isAsLeft("world/story/index.html", new StagedOutput.FileState(5, 0))).isFalse();
            assertThat(remembered.keep("index.html", states.get("index.html"))).isTrue();
            assertThat(remembered.put("world/story/index.html", "story".getBytes(UTF_8)))
                    .as("the same bytes: left as it is").isEqualTo(states.get("world/story/index.html"));
            remembered.put("world/new/index.html", "new".getBytes(UTF_8));
            // style.css not produced this time
            assertThat(remembered.commit()).isEqualTo(new OutputSummary(1, 2, 1));
        }
        assertThat(walked()).containsOnlyKeys("index.html", "world/story/index.html", "world/new/index.html");
        assertThat(site().resolve("style.css")).doesNotExist();
    }

    @Test
    void aBuildFromMemoryRemovesWhatItNoLongerProducesAndTheFoldersLeftEmpty() throws Exception {
        StagedOutput.Memory memory = new StagedOutput.Memory();
        try (StagedOutput output = StagedOutput.open(site(), memory)) {
            output.put("index.html", "home".getBytes(UTF_8));
            output.put("world/old/index.html", "old".getBytes(UTF_8));
            output.put("2024/05/01/index.html", "day".getBytes(UTF_8));
            output.commit();
        }
        StagedOutput.FileState home;
        try (StagedOutput output = StagedOutput.open(site(), memory)) {
            home = output.put("index.html", "home, again".getBytes(UTF_8));
            output.put("world/story", "a file where a folder was".getBytes(UTF_8));
            assertThat(output.commit()).isEqualTo(new OutputSummary(2, 0, 2));
        }
        assertThat(site().resolve("2024")).doesNotExist();
        assertThat(site().resolve("world/old")).doesNotExist();
        assertThat(site().resolve("world/story")).isRegularFile();
        try (StagedOutput output = StagedOutput.open(site(), memory)) {
            assertThat(output.isAsLeft("index.html", home)).isTrue();
            output.put("index.html", "home, again".getBytes(UTF_8));
            assertThat(output.commit()).isEqualTo(new OutputSummary(0, 1, 1));
        }
        assertThat(walked()).containsOnlyKeys("index.html");
        assertThat(site().resolve("world")).doesNotExist();
    }

    @Test
    void aBuildThatFailsBeforeItsCommitLeavesTheMemoryAsItFoundIt() throws Exception {
        StagedOutput.Memory memory = new StagedOutput.Memory();
        StagedOutput.FileState story;
        try (StagedOutput output = StagedOutput.open(site(), memory)) {
            story = output.put("world/story/index.html", "story".getBytes(UTF_8));
            output.commit();
        }
        try (StagedOutput failed = StagedOutput.open(site(), memory)) {
            failed.put("world/story/index.html", "changed".getBytes(UTF_8));
            // no commit: the build failed, and the folder is as it was
        }
        try (StagedOutput output = StagedOutput.open(site(), memory)) {
            assertThat(output.isAsLeft("world/story/index.html", story)).isTrue();
        }
    }

    @Test
    void aMemoryIsForOneFolderAndEachBuildTakesIt() throws Exception {
        StagedOutput.Memory memory = new StagedOutput.Memory();
        StagedOutput.FileState story;
        try (StagedOutput output = StagedOutput.open(site(), memory)) {
            story = output.put("world/story/index.html", "story".getBytes(UTF_8));
            output.commit();
        }
        Path other = dir.resolve("other");
        try (StagedOutput output = StagedOutput.open(other, memory)) {
            assertThat(output.isAsLeft("world/story/index.html", story)).as("another folder: walked, and empty").isFalse();
            output.put("page.html", "other".getBytes(UTF_8));
            output.commit();
        }
        // What the memory holds now is the other folder's: this one is walked again, and found as it is.
        Files.writeString(site().resolve("world/story/index.html"), "edited by hand");
        try (StagedOutput output = StagedOutput.open(site(), memory)) {
            assertThat(output.isAsLeft("world/story/index.html", story)).isFalse();
        }
    }

    @Test
    void aBuildFromMemoryDoesNotWalkTheFolderSoAChangeByHandGoesUnseen() throws Exception {
        // The premise of a memory: no one else writes the folder (the preview's, under .dateline/).
        StagedOutput.Memory memory = new StagedOutput.Memory();
        StagedOutput.FileState home;
        try (StagedOutput output = StagedOutput.open(site(), memory)) {
            home = output.put("index.html", "home".getBytes(UTF_8));
            output.commit();
        }
        Files.writeString(site().resolve("index.html"), "changed by hand");
        try (StagedOutput walked = StagedOutput.open(site())) {
            assertThat(walked.isAsLeft("index.html", home)).isFalse();
        }
        try (StagedOutput remembered = StagedOutput.open(site(), memory)) {
            assertThat(remembered.isAsLeft("index.html", home)).isTrue();
        }
    }
}
