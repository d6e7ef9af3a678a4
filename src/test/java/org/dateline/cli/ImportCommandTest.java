package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void importsAnExportAndSaysWhatItWrote() throws Exception {
        Path export = dir.resolve("export.xml");
        Files.writeString(export, org.dateline.importer.WordPressImportTestExport.TEXT);
        Path content = dir.resolve("content");
        assertThat(run("import", "wordpress", export.toString(), "--content", content.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("Wrote " + content + "/island-news/ferry-fares-frozen.md")
                .contains("Imported 3 posts into " + content + "/ (2 published, 1 draft).");
        assertThat(err.toString()).contains("note: not imported: 1 page, 1 post in trash");

        // A second run leaves every file as it is, and says so.
        assertThat(run("import", "wordpress", export.toString(), "--content", content.toString())).isEqualTo(0);
        assertThat(err.toString()).contains(content + "/island-news/harbour-wall.md already exists; it was left as it is");
        assertThat(out.toString()).contains("Imported 0 posts into " + content + "/ (0 published, 0 drafts); 3 left as they were.");
    }

    @Test
    void aMissingOrBrokenExportIsExitOneWithTheProblem() throws Exception {
        assertThat(run("import", "wordpress", dir.resolve("nope.xml").toString(), "--content", dir.resolve("c").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("nope.xml: there is no such file").contains("Nothing was imported.");

        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "<rss>\n<channel>\n</rss>\n");
        assertThat(run("import", "wordpress", broken.toString(), "--content", dir.resolve("c").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("broken.xml:3: the XML is not well-formed").doesNotContain("Exception");
        assertThat(dir.resolve("c")).doesNotExist();
    }

    @Test
    void importWithoutASourceIsBadUsage() {
        assertThat(run("import")).isEqualTo(2);
        assertThat(err.toString()).contains("Name what to import from, e.g. 'dateline import wordpress export.xml'.");
    }
}
