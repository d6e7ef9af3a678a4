package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code bin/dateline} launcher: which jar and which java it runs, with which options, and what
 * it says when there is no jar. A stand-in {@code java} prints the arguments it was given.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("bin", "dateline");

    @TempDir
    Path dir;

    private Path javaHome;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
        javaHome = dir.resolve("jdk");
        Path java = javaHome.resolve("bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
    }

    private record Run(int exit, List<String> out, String err) {
    }

    private Run run(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("DATELINE_JAR");
        builder.environment().remove("DATELINE_JAVA_OPTS");
        builder.environment().remove("DATELINE_QUICK_BELOW");
        builder.environment().put("DATELINE_CDS", "0"); // the tests of class-data sharing turn it on
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out.lines().toList(), err);
    }

    private Path install(String jarPlace) throws IOException {
        Path launcher = dir.resolve("dist/bin/dateline");
        Files.createDirectories(launcher.getParent());
        Files.copy(LAUNCHER, launcher, StandardCopyOption.REPLACE_EXISTING);
        if (jarPlace != null) {
            Path jar = dir.resolve("dist").resolve(jarPlace);
            Files.createDirectories(jar.getParent());
            Files.writeString(jar, "");
        }
        return launcher;
    }

    @Test
    void aSmallArchiveRunsTheJarBesideItWithTheQuickCompilerAndTheUsersOptionsAfter() throws Exception {
        Path launcher = install("bin/dateline.jar");

        Run run = run(launcher, Map.of("DATELINE_JAVA_OPTS", "-Xmx1g -XX:TieredStopAtLevel=4"), "build", "--output", "out dir");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsExactly("-XX:TieredStopAtLevel=1", "-Xmx1g", "-XX:TieredStopAtLevel=4", "-jar",
                launcher.getParent().toRealPath().resolve("dateline.jar").toString(), "build", "--output", "out dir");
    }

    @Test
    void findsTheJarThatMavenBuiltInACheckout() throws Exception {
        Path launcher = install("target/dateline.jar");

        Run run = run(launcher, Map.of(), "serve");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).as("serve compiles the loops a rebuild runs once each sooner")
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:Tier3BackEdgeThreshold=5000", "-jar",
                        launcher.getParent().toRealPath().resolve("../target/dateline.jar").toString(), "serve");
    }

    @Test
    void aLargeArchiveRunsWithJavasDefaultCompilers() throws Exception {
        Path launcher = install("bin/dateline.jar");
        Path jar = launcher.getParent().toRealPath().resolve("dateline.jar");
        Path articles = dir.resolve("articles/world");
        Files.createDirectories(articles);
        for (int i = 0; i < 3; i++) {
            Files.writeString(articles.resolve(i + ".md"), "x");
        }
        Map<String, String> belowThree = Map.of("DATELINE_QUICK_BELOW", "3");
        Map<String, String> belowFour = Map.of("DATELINE_QUICK_BELOW", "4");

        assertThat(run(launcher, belowThree, "build", "--content", "articles").out())
                .containsExactly("-jar", jar.toString(), "build", "--content", "articles");
        assertThat(run(launcher, belowThree, "build", "--content=articles").out())
                .containsExactly("-jar", jar.toString(), "build", "--content=articles");
        assertThat(run(launcher, belowThree, "serve", "--content", "articles").out())
                .containsExactly("-jar", jar.toString(), "serve", "--content", "articles");
        assertThat(run(launcher, belowFour, "build", "--content", "articles").out())
                .containsExactly("-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "build", "--content", "articles");
        Files.createDirectories(dir.resolve("content/world"));
        Files.writeString(dir.resolve("content/world/a.md"), "x");
        assertThat(run(launcher, Map.of("DATELINE_QUICK_BELOW", "1"), "build").out())
                .as("content/ is counted when no --content is given")
                .containsExactly("-jar", jar.toString(), "build");
    }

    @Test
    void theFirstBuildWritesAClassArchiveBesideTheJarAndLaterRunsShareIt() throws Exception {
        Path launcher = install("bin/dateline.jar");
        Path folder = launcher.getParent().toRealPath();
        javaThatMakesArchives();
        Map<String, String> on = Map.of("DATELINE_CDS", "1");

        Run first = run(launcher, on, "build");
        List<Path> archives = archives(folder);
        Run second = run(launcher, on, "build");
        Run serve = run(launcher, on, "serve");

        assertThat(first.exit()).isZero();
        assertThat(first.out()).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + folder + "/dateline-"))
                .contains("-Xlog:cds=off");
        assertThat(archives).hasSize(1);
        assertThat(archives.get(0).getFileName().toString()).matches("dateline-\\d+\\.jsa");
        assertThat(second.out()).contains("-XX:SharedArchiveFile=" + archives.get(0), "-Xlog:cds=off")
                .noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(serve.out()).contains("-XX:SharedArchiveFile=" + archives.get(0));
    }

    @Test
    void anotherJarGetsAnArchiveOfItsOwnAndTheOldOneGoes() throws Exception {
        Path launcher = install("bin/dateline.jar");
        Path folder = launcher.getParent().toRealPath();
        javaThatMakesArchives();
        Map<String, String> on = Map.of("DATELINE_CDS", "1");
        run(launcher, on, "build");
        List<Path> before = archives(folder);

        Files.writeString(folder.resolve("dateline.jar"), "a new build of the jar");
        Run rebuilt = run(launcher, on, "build");

        assertThat(rebuilt.out()).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
        assertThat(archives(folder)).hasSize(1).doesNotContainAnyElementsOf(before);
    }

    @Test
    void onlyABuildWritesAnArchiveAndNothingIsLeftWhenNoneIsMade() throws Exception {
        Path launcher = install("bin/dateline.jar");
        Path folder = launcher.getParent().toRealPath();
        Map<String, String> on = Map.of("DATELINE_CDS", "1");

        Run serve = run(launcher, on, "serve");
        Run build = run(launcher, on, "build"); // the stand-in java makes no archive

        assertThat(serve.out()).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(build.exit()).isZero();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("dateline", "dateline.jar");
        }
    }

    /** The stand-in java makes the archive it is asked for, as the JVM does when it exits. */
    private void javaThatMakesArchives() throws IOException {
        Files.writeString(javaHome.resolve("bin/java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\";"
                + " case $a in -XX:ArchiveClassesAtExit=*) echo archive > \"${a#*=}\" ;; esac; done\n");
    }

    private static List<Path> archives(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).sorted().toList();
        }
    }

    @Test
    void saysHowToGetAJarWhenThereIsNone() throws Exception {
        Path launcher = install(null);

        Run missing = run(launcher, Map.of(), "build");
        Run wrong = run(launcher, Map.of("DATELINE_JAR", dir.resolve("nowhere.jar").toString()), "build");

        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).contains("no dateline.jar beside").contains("mvn -B -q package -DskipTests");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("DATELINE_JAR is " + dir.resolve("nowhere.jar") + ", and there is no file there");
    }

    @Test
    void theLauncherInTheCheckoutIsExecutable() {
        assertThat(Files.isExecutable(LAUNCHER)).isTrue();
    }
}
