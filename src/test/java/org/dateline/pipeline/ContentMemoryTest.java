package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.source.SourceFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentMemoryTest {

    @TempDir
    Path project;

    private Path content;
    private final ContentMemory memory = new ContentMemory();

    @BeforeEach
    void twoArticles() throws IOException {
        content = project.resolve("content");
        write("world/ferry.md", "ferry");
        write("world/harbour.md", "harbour");
    }

    @Test
    void aWalkKnowsNothingOfWhatWasTouched() throws IOException {
        memory.unknown();

        ContentMemory.Listed first = memory.list(content, project);

        assertThat(first.touched()).isNull();
        assertThat(first.listing().articles()).allMatch(file -> !first.untouched(file));
    }

    @Test
    void afterABuildReadEveryArticleOnlyTheFilesToldChangedAreTouched() throws IOException {
        memory.unknown();
        memory.list(content, project);
        memory.read();
        write("world/ferry.md", "ferry, longer");
        told("world/ferry.md");

        ContentMemory.Listed second = memory.list(content, project);

        assertThat(second.touched()).containsExactly("world/ferry.md");
        assertThat(second.untouched(article(second, "world/ferry.md"))).isFalse();
        assertThat(second.untouched(article(second, "world/harbour.md"))).isTrue();
    }

    @Test
    void aFileStaysTouchedUntilABuildHasReadEveryArticle() throws IOException {
        memory.unknown();
        memory.list(content, project);
        memory.read();
        told("world/ferry.md");
        memory.list(content, project); // a build that then failed to read an article: no read()
        told("world/harbour.md");

        ContentMemory.Listed third = memory.list(content, project);

        assertThat(third.touched()).containsExactlyInAnyOrder("world/ferry.md", "world/harbour.md");
    }

    @Test
    void noBuildHasReadEveryArticleSinceTheWalk() throws IOException {
        memory.unknown();
        memory.list(content, project); // its build failed to read an article
        told("world/ferry.md");

        ContentMemory.Listed second = memory.list(content, project);

        assertThat(second.touched()).isNull();
        assertThat(second.untouched(article(second, "world/harbour.md"))).isFalse();
    }

    @Test
    void eventsLostMeanAWalkAndEveryFileTouched() throws IOException {
        memory.unknown();
        memory.list(content, project);
        memory.read();
        memory.unknown();

        assertThat(memory.list(content, project).touched()).isNull();
    }

    /** The watcher saw the file at {@code path} in the content folder change. */
    private void told(String path) {
        memory.changed(List.of(content.resolve(path).toAbsolutePath()));
    }

    private void write(String path, String body) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: " + body + "\n---\n" + body + "\n", StandardCharsets.UTF_8);
    }

    private static SourceFile article(ContentMemory.Listed listed, String path) {
        return listed.listing().articles().stream().filter(f -> f.relativePath().equals(path)).findFirst().orElseThrow();
    }
}
