package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.testing.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a person meets it: exit codes, messages, help. */
class MainTest {

    @TempDir
    Path dir;

    TestProject project;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
        out = new StringWriter();
        err = new StringWriter();
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String[] buildArgs(String... extra) {
        String[] base = {"build", "--no-cache", "--content", dir.resolve("content").toString(),
                "--templates", dir.resolve("templates").toString(), "--output", dir.resolve("site").toString()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void buildsAndPrintsOneSummaryLine() {
        project.markdown("world/a.md", "A", "2024-01-01", "Text.");
        assertThat(run(buildArgs())).isZero();
        assertThat(out.toString().strip()).matches(
                "Built /.*site/: 1 article \\(1 parsed, 1 published\\), (\\d+) pages \\(\\1 rendered\\), \\d+ files written, 0 unchanged, 0 removed in [0-9.]+ s");
        assertThat(err.toString()).isEqualTo("note: no baseUrl is set, so feeds, sitemaps and canonical links hold"
                + " site-relative URLs that feed readers and search engines do not accept: set baseUrl in dateline.yml"
                + " or pass --base-url" + System.lineSeparator());
        assertThat(dir.resolve("site/world/a/index.html")).exists();
    }

    @Test
    void contentProblemsExitOneAndNameFileAndLine() {
        project.article("world/bad.md", "---\ntitle: Bad\ntags: 5\n---\nText.\n");
        assertThat(run(buildArgs())).isEqualTo(1);
        assertThat(err.toString()).containsPattern("world/bad\\.md:3: tags should be a list of names")
                .contains("1 problem found; nothing was written, the site is as it was.");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void aMissingContentFolderIsBadUsage() {
        assertThat(run("build", "--content", dir.resolve("nowhere").toString(), "--output", dir.resolve("site").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no content folder at").contains("--content DIR");
    }

    @Test
    void anOutputFolderInsideTheContentIsBadUsageAndNothingIsWritten() {
        project.markdown("world/a.md", "A", "2024-01-01", "Text.");
        String[] args = {"build", "--no-cache", "--content", dir.resolve("content").toString(),
            "--output", dir.resolve("content/site").toString()};

        assertThat(run(args)).isEqualTo(2);
        assertThat(run(args)).as("the second build as the first").isEqualTo(2);

        assertThat(err.toString()).contains("error: the output folder " + dir.resolve("content/site")
                + " is inside the content folder " + dir.resolve("content"))
                .contains("would read the site it wrote as articles").doesNotContain("slug");
        assertThat(dir.resolve("content/site")).doesNotExist();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownOptionIsBadUsage() {
        assertThat(run("build", "--colour")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--colour'");
    }

    @Test
    void aBadLinkStyleIsBadUsage() {
        project.markdown("world/a.md", "A", "2024-01-01", "Text.");
        assertThat(run(buildArgs("--link-style", "fancy"))).isEqualTo(2);
        assertThat(err.toString()).contains("--link-style must be 'pretty' or 'files'");
    }

    @Test
    void baseUrlFlagSetsCanonicalLinks() throws Exception {
        project.markdown("world/a.md", "A", "2024-01-01", "Text.");
        assertThat(run(buildArgs("--base-url", "https://news.example.net/x"))).isZero();
        assertThat(Files.readString(dir.resolve("site/world/a/index.html")))
                .contains("<link rel=\"canonical\" href=\"https://news.example.net/x/world/a/\">");
    }

    @Test
    void helpExplainsEveryOption() {
        assertThat(run("build", "--help")).isZero();
        assertThat(out.toString()).contains("--content", "--templates", "--output", "--config", "--base-url",
                "--link-style", "--drafts", "Exit codes");
    }

    @Test
    void theCommandListGivesEachCommandOneWholeSentence() {
        assertThat(run("--help")).isZero();
        String help = out.toString().replace(System.lineSeparator(), "\n");
        String commands = help.substring(help.indexOf("Commands:\n") + 10, help.indexOf("\n\n", help.indexOf("Commands:")));
        // A summary may wrap onto lines indented further; each command's whole summary is one sentence.
        String[] summaries = commands.replaceAll("\n {5,}", " ").split("\n");
        assertThat(summaries).extracting(line -> line.strip().split(" +", 2)[0])
                .containsExactly("build", "check", "serve", "new", "import", "help");
        assertThat(summaries).allSatisfy(line -> assertThat(line).endsWith(".").doesNotContain(",  ", ". "));
        assertThat(summaries[2]).endsWith("Previews the site at http://127.0.0.1:8080/ and reloads it as you edit.");
    }

    @Test
    void buildHelpNamesEveryArticleExtension() {
        assertThat(run("build", "--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("Markdown (.md, .markdown, and Jekyll's _posts and _drafts), plain-text wire copy (.txt) and agency XML (NITF, NewsML-G2 .xml)");
    }

    @Test
    void serveHasNoOutputOptionAndSaysWhereThePreviewIs() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).doesNotContain("--output").contains(".dateline/preview/");
    }

    @Test
    void noCommandIsBadUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("dateline build");
    }

    @Test
    void newWritesADraftArticleAndNeverOverwrites() throws Exception {
        String content = dir.resolve("content").toString();
        assertThat(run("new", "world/ferry-fares-frozen", "--title", "Ferry \"fares\" frozen", "--content", content)).isZero();
        Path file = dir.resolve("content/world/ferry-fares-frozen.md");
        String text = Files.readString(file);
        assertThat(text).startsWith("---\ntitle: \"Ferry \\\"fares\\\" frozen\"\ndate: ").contains("\ndraft: true\n---\n");
        assertThat(out.toString()).contains("ferry-fares-frozen.md", "serve --drafts");

        Files.writeString(file, "mine");
        assertThat(run("new", "world/ferry-fares-frozen", "--title", "Again", "--content", content)).isEqualTo(2);
        assertThat(err.toString()).contains("already exists");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void newRefusesAPathThatIsNotAPlainUrlName() {
        assertThat(run("new", "world/../../etc", "--title", "X", "--content", dir.resolve("content").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not a plain name for a URL");
        assertThat(run("new", "World News/Story", "--title", "X", "--content", dir.resolve("content").toString())).isEqualTo(2);
    }

    @Test
    void theNewDraftIsPublishedOnlyWithDrafts() throws Exception {
        assertThat(run("new", "world/a-draft", "--title", "A draft", "--content", dir.resolve("content").toString())).isZero();
        assertThat(run(buildArgs())).isZero();
        assertThat(dir.resolve("site/world/a-draft/index.html")).doesNotExist();
        assertThat(run(buildArgs("--drafts"))).isZero();
        assertThat(dir.resolve("site/world/a-draft/index.html")).exists();
    }
}
