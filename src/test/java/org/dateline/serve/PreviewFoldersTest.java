package org.dateline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview is built in a folder of its own: the output folder, which gets deployed, is only ever written by a build. */
class PreviewFoldersTest {

    @TempDir
    Path dir;

    @Test
    void aPreviewWithDraftsNeverWritesTheOutputFolder() throws Exception {
        TestProject project = new TestProject(dir);
        project.markdown("world/ferry.md", "Ferry fares frozen", "2024-03-05", "Island residents will pay the same.");
        project.article("world/plan.md", "---\ntitle: Secret harbour plan\ndate: 2024-03-06\ndraft: true\n---\n\nNot yet.\n");
        project.build();
        Map<String, byte[]> built = TestProject.snapshot(project.site());
        List<String> log = new ArrayList<>();

        try (PreviewServer server = PreviewServer.start(project.options().withDrafts(true), "127.0.0.1", 0, log::add)) {
            HttpResponse<String> draft = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/world/plan/")).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(draft.statusCode()).isEqualTo(200);
            assertThat(draft.body()).contains("Secret harbour plan");
        }

        assertThat(PreviewFolders.site(dir)).isEqualTo(dir.resolve(".dateline/preview/site"));
        assertThat(PreviewFolders.site(dir).resolve("world/plan/index.html")).exists();
        Map<String, byte[]> after = TestProject.snapshot(project.site());
        assertThat(after.keySet()).isEqualTo(built.keySet()).noneMatch(file -> file.contains("plan"));
        built.forEach((file, bytes) -> assertThat(after.get(file)).as(file).isEqualTo(bytes));
        // One line a build, its time said once.
        assertThat(log).singleElement().asString().matches("Built: 2 articles \\(2 parsed, 2 published\\), .* removed in [0-9.]+ s");
    }

    @Test
    void aPreviewOfAProjectNeverBuiltLeavesNoOutputFolder() throws Exception {
        TestProject project = new TestProject(dir);
        project.markdown("world/ferry.md", "Ferry fares frozen", "2024-03-05", "Island residents will pay the same.");
        try (PreviewServer server = PreviewServer.start(project.options(), "127.0.0.1", 0, line -> { })) {
            assertThat(server.lastBuild().failed()).isFalse();
        }
        assertThat(project.site()).doesNotExist();
        assertThat(dir.resolve(".dateline/preview/cache")).isDirectory();
    }
}
