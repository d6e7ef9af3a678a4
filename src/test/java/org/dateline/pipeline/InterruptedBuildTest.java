package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.output.OutputLock;
import org.dateline.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build killed at any moment ({@code kill -9}, a child JVM here) leaves every file in the site
 * complete, each either its old or its new version; the next build repairs the rest.
 */
class InterruptedBuildTest {

    static final int ARTICLES = 600;

    @TempDir
    Path dir;

    /** The new version built in peace, once for all the kills: what every new file must equal. */
    @TempDir
    static Path referenceDir;

    static Map<String, byte[]> fresh;

    private void writeArchive(TestProject project, String version) {
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 12; p++) {
                body.append("Paragraph ").append(p).append(" of story ").append(i).append(", ").append(version)
                        .append(", with enough words to make the page a realistic size for a news archive.\n\n");
            }
            project.markdown("s" + (i % 4) + "/story-" + i + ".md", "Story " + i + " (" + version + ")",
                    "20%02d-%02d-%02dT10:00:00Z".formatted(10 + i % 14, 1 + i % 12, 1 + i % 28), body.toString());
        }
    }

    private Process startBuild(Path project) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.dateline.cli.Main");
        command.add("build");
        command.add("--base-url");
        command.add("https://news.example.net/");
        return new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(project.resolve("build.log").toFile()).start();
    }

    @ParameterizedTest(name = "killed after {0} ms")
    @ValueSource(ints = {2500, 4000})
    void aKilledBuildLeavesOnlyCompleteOldOrNewFilesAndTheNextBuildRepairs(int killAfterMillis) throws Exception {
        TestProject project = new TestProject(dir.resolve("project"));
        writeArchive(project, "old");
        assertThat(startBuild(project.root()).waitFor()).isZero();
        Map<String, byte[]> old = TestProject.snapshot(project.site());

        if (fresh == null) {
            TestProject reference = new TestProject(referenceDir);
            writeArchive(reference, "new");
            assertThat(startBuild(reference.root()).waitFor()).isZero();
            fresh = TestProject.snapshot(reference.site());
        }

        writeArchive(project, "new");
        Process build = startBuild(project.root());
        Thread.sleep(killAfterMillis);
        build.destroyForcibly().waitFor();

        Map<String, byte[]> after = TestProject.snapshot(project.site());
        for (Map.Entry<String, byte[]> file : after.entrySet()) {
            byte[] bytes = file.getValue();
            boolean isOld = old.containsKey(file.getKey()) && java.util.Arrays.equals(old.get(file.getKey()), bytes);
            boolean isNew = fresh.containsKey(file.getKey()) && java.util.Arrays.equals(fresh.get(file.getKey()), bytes);
            assertThat(isOld || isNew).as("%s is the old or the new version, whole", file.getKey()).isTrue();
            if (file.getKey().endsWith(".html")) {
                assertThat(new String(bytes, StandardCharsets.UTF_8)).as(file.getKey()).endsWith("</html>\n");
            }
        }

        Process repair = startBuild(project.root());
        assertThat(repair.waitFor()).as(Files.readString(project.root().resolve("build.log"))).isZero();
        Map<String, byte[]> repaired = TestProject.snapshot(project.site());
        assertThat(repaired.keySet()).isEqualTo(fresh.keySet());
        fresh.forEach((path, bytes) -> assertThat(repaired.get(path)).as(path).isEqualTo(bytes));
        assertThat(dir.resolve("project/.site.dateline-staging")).doesNotExist();
    }

    @Test
    void aBuildThatRunsOutOfSpaceFailsClearlyAndLeavesTheOldSite() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        TestProject project = new TestProject(dir.resolve("project"));
        writeArchive(project, "old");
        assertThat(startBuild(project.root()).waitFor()).isZero();
        Map<String, byte[]> old = TestProject.snapshot(project.site());

        writeArchive(project, "new");
        // A file size limit makes every write past 64 KB fail as a full disk does (EFBIG instead of ENOSPC).
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "ulimit -f 128 && exec \"$0\" \"$@\""));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.dateline.cli.Main", "build",
                "--base-url", "https://news.example.net/"));
        Process build = new ProcessBuilder(command).directory(project.root().toFile()).redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor()).as(output).isEqualTo(1);
        assertThat(output).contains("error: ", "The site was left as it was", "the disk is not full");

        Map<String, byte[]> after = TestProject.snapshot(project.site());
        assertThat(after.keySet()).isEqualTo(old.keySet());
        old.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        assertThat(dir.resolve("project/.site.dateline-staging")).doesNotExist();
    }

    @Test
    void aSecondBuildOfTheSameSiteIsRefusedWhileTheFirstRuns() throws Exception {
        TestProject project = new TestProject(dir.resolve("project"));
        project.markdown("world/a.md", "A", "2024-01-01", "Text.");
        try (OutputLock held = OutputLock.acquire(project.site())) {
            assertThat(held).isNotNull();
            assertThatThrownBy(project::build)
                    .isInstanceOf(UsageException.class)
                    .hasMessageContaining("another build is writing")
                    .hasMessageContaining("process " + ProcessHandle.current().pid())
                    .satisfies(e -> assertThat(((UsageException) e).hint()).contains("Wait for it to finish"));
        }
        assertThat(project.build().articlesPublished()).isEqualTo(1);
    }
}
