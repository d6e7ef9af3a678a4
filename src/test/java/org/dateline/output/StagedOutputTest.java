package org.dateline.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
}
