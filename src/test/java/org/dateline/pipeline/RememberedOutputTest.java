package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.ProblemException;
import org.dateline.testing.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds that share a memory with the output ({@link BuildCache.Memory#forPreview}), as the preview
 * server's do: each starts from what the last one left in the output folder instead of walking it.
 * After every kind of change, and after a build that failed in between, the site must be byte for
 * byte what a build without the cache makes.
 */
class RememberedOutputTest {

    @TempDir
    Path dir;

    TestProject project;
    final BuildCache.Memory memory = BuildCache.Memory.forPreview();

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
        for (int i = 1; i <= 4; i++) {
            project.article("world/w" + i + ".md", "---\ntitle: World " + i + "\ndate: 2026-01-1" + i
                    + "T10:00:00Z\ntags: [Shared, T" + i + "]\n---\n\nWorld text " + i + ".\n\nSecond paragraph " + i + ".\n");
        }
        project.article("sport/s1.md", "---\ntitle: Sport 1\ndate: 2026-01-09T10:00:00Z\n---\n\nSport text.\n");
    }

    private BuildResult build() throws Exception {
        return SiteBuilder.build(project.options(), memory, Progress.SILENT);
    }

    private void assertSameAsAColdBuild() throws Exception {
        Path cold = dir.resolve("cold");
        if (Files.exists(cold)) {
            org.apache.commons.io.file.PathUtils.deleteDirectory(cold);
        }
        SiteBuilder.build(project.options().withOutput(cold).withCache(null));
        TestProject.assertSameFiles(cold, project.site());
    }

    @Test
    void everyKindOfChangeGivesWhatAColdBuildGives() throws Exception {
        build();
        assertSameAsAColdBuild();

        project.article("world/w2.md", "---\ntitle: World 2\ndate: 2026-01-12T10:00:00Z\ntags: [Shared, T2]\n---\n\n"
                + "World text 2.\n\nSecond paragraph 2, with a new sentence.\n");
        assertThat(build().pagesRendered()).as("a body edited: its page and its search text").isEqualTo(2);
        assertThat(project.page("world/w2/").text()).contains("with a new sentence");
        assertSameAsAColdBuild();

        project.article("world/w3.md", "---\ntitle: World three\ndate: 2026-01-13T10:00:00Z\ntags: [Shared, T3]\n---\n\n"
                + "World text 3.\n");
        build();
        assertThat(project.page("world/").select(".card-title").eachText()).contains("World three");
        assertSameAsAColdBuild();

        project.article("world/w5.md", "---\ntitle: World 5\ndate: 2026-01-14T11:00:00Z\ntags: [T5]\n---\n\nNew.\n");
        build();
        assertThat(project.exists("tags/t5/index.html")).isTrue();
        assertSameAsAColdBuild();

        project.delete("content/world/w5.md");
        project.delete("content/sport/s1.md");
        BuildResult deleted = build();
        assertThat(deleted.filesRemoved()).isPositive();
        assertThat(project.exists("tags/t5/index.html")).isFalse();
        assertThat(project.exists("sport")).as("the folder of a section no longer there").isFalse();
        assertSameAsAColdBuild();

        project.bytes("content/world/map.png", new byte[] {1, 2, 3});
        build();
        assertThat(project.site().resolve("world/map.png")).hasBinaryContent(new byte[] {1, 2, 3});
        assertSameAsAColdBuild();

        project.file("templates/article.peb", Files.readString(Path.of("templates/article.peb"))
                .replace("<article class=\"story\">", "<article class=\"story edited\">"));
        build();
        assertThat(project.page("world/w1/").select("article.edited")).isNotEmpty();
        assertSameAsAColdBuild();
    }

    @Test
    void aBuildThatFailedInBetweenLeavesTheNextOneRight() throws Exception {
        build();
        String article = Files.readString(Path.of("templates/article.peb"));
        project.file("templates/article.peb", article.replace("{{ article.title }}", "{{ article.title | nosuchfilter }}"));
        assertThatThrownBy(this::build).isInstanceOf(ProblemException.class);
        project.file("templates/article.peb", article);
        project.delete("content/world/w4.md");
        build();
        assertThat(project.exists("world/w4/index.html")).isFalse();
        assertSameAsAColdBuild();
    }

    @Test
    void theBuildSaysWhenTheNewSiteIsInPlaceBeforeItSavesItsCache() throws Exception {
        List<String> seen = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void phase(String name, int total) {
                seen.add(name);
            }

            @Override
            public void advance() {
            }

            @Override
            public void committed() {
                seen.add("committed: page " + (project.exists("world/w1/index.html") ? "there" : "missing")
                        + ", cache " + (Files.exists(dir.resolve(".dateline/index.bin")) ? "saved" : "not saved"));
            }

            @Override
            public void done() {
                seen.add("done");
            }
        };
        SiteBuilder.build(project.options(), memory, progress);
        assertThat(seen).containsSubsequence("read", "render", "committed: page there, cache not saved", "done");
        assertThat(seen).filteredOn(s -> s.startsWith("committed")).hasSize(1);

        seen.clear();
        String article = Files.readString(Path.of("templates/article.peb"));
        project.file("templates/article.peb", article.replace("{{ article.title }}", "{{ article.title | nosuchfilter }}"));
        assertThatThrownBy(() -> SiteBuilder.build(project.options(), memory, progress)).isInstanceOf(ProblemException.class);
        assertThat(seen).as("a build that failed committed nothing").noneMatch(s -> s.startsWith("committed")).contains("done");
    }

    @Test
    void whenTheCallerTellsWhatChangedInTheContentOnlyThoseFilesAreLookedAtAgain() throws Exception {
        memory.contentUnknown(); // the caller watches from here on: the next build walks
        build();
        Path w2 = dir.resolve("content/world/w2.md");
        project.article("world/w2.md", "---\ntitle: World 2\ndate: 2026-01-12T10:00:00Z\ntags: [Shared, T2]\n---\n\n"
                + "World text 2.\n\nSecond paragraph 2, told.\n");
        memory.contentChanged(List.of(w2));
        assertThat(build().articlesParsed()).isEqualTo(1);
        assertThat(project.page("world/w2/").text()).contains("told");
        assertSameAsAColdBuild();

        // The premise: the caller tells every change. One it does not tell goes unseen...
        project.article("world/w3.md", "---\ntitle: World 3\ndate: 2026-01-13T10:00:00Z\ntags: [Shared, T3]\n---\n\n"
                + "World text 3.\n\nSecond paragraph 3, not told.\n");
        assertThat(build().articlesParsed()).isZero();
        // ...until it says it does not know what changed (its watcher lost events): then the folder is walked.
        memory.contentUnknown();
        assertThat(build().articlesParsed()).isEqualTo(1);
        assertSameAsAColdBuild();

        // A new file, and a file removed, are not in the last listing: the folder is walked.
        Path added = dir.resolve("content/world/w6.md");
        project.article("world/w6.md", "---\ntitle: World 6\ndate: 2026-01-14T12:00:00Z\n---\n\nSix.\n");
        memory.contentChanged(List.of(added));
        build();
        assertThat(project.exists("world/w6/index.html")).isTrue();
        assertSameAsAColdBuild();
        project.delete("content/world/w6.md");
        memory.contentChanged(List.of(added));
        build();
        assertThat(project.exists("world/w6/index.html")).isFalse();
        assertSameAsAColdBuild();
    }
}
