package org.dateline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkers the site tests rely on must catch what they claim to catch. */
class SiteChecksTest {

    private static final String VALID = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title></head><body>%s</body></html>";

    @TempDir
    Path site;

    @Test
    void validatorReportsInvalidHtmlWithFileAndLine() throws Exception {
        Files.writeString(site.resolve("good.html"), VALID.formatted("<p>fine</p>"));
        Files.writeString(site.resolve("bad.html"), VALID.formatted("\n<p><div>block in p</div></p><blink>x</blink>"));
        assertThat(SiteChecks.htmlErrors(site))
                .isNotEmpty()
                .allSatisfy(error -> assertThat(error).startsWith("bad.html:2:"));
    }

    @Test
    void linkCheckerFindsMissingFilesFragmentsAndEscapes() throws Exception {
        Files.createDirectories(site.resolve("world"));
        Files.writeString(site.resolve("world/index.html"), VALID.formatted("<h1 id=\"top-story\">x</h1>"));
        Files.writeString(site.resolve("index.html"), VALID.formatted(
                "<a href=\"world/\">ok</a><a href=\"world/#top-story\">ok</a><a href=\"https://elsewhere.org/\">ext</a>"
                        + "<a href=\"missing/\">1</a><a href=\"world/#nope\">2</a><a href=\"../outside.html\">3</a>"
                        + "<a href=\"world\">4</a><img src=\"pic.png\" alt=\"\">"));
        assertThat(SiteChecks.brokenLinks(site)).containsExactly(
                "index.html: missing/ (no such file)",
                "index.html: world/#nope (no element with id 'nope')",
                "index.html: ../outside.html (leaves the site)",
                "index.html: world (a folder without a trailing slash)",
                "index.html: pic.png (no such file)");
    }
}
