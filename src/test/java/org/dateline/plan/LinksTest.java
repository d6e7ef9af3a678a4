package org.dateline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.config.LinkStyle;
import org.junit.jupiter.api.Test;

class LinksTest {

    private final Links pretty = new Links(LinkStyle.PRETTY);
    private final Links files = new Links(LinkStyle.FILES);

    @Test
    void prettyLinksFromTheHomePage() {
        assertThat(pretty.page("", "")).isEqualTo("./");
        assertThat(pretty.page("", "world/")).isEqualTo("world/");
        assertThat(pretty.page("", "world/story/")).isEqualTo("world/story/");
    }

    @Test
    void prettyLinksFromNestedPages() {
        assertThat(pretty.page("world/", "")).isEqualTo("../");
        assertThat(pretty.page("world/story/", "")).isEqualTo("../../");
        assertThat(pretty.page("world/story/", "world/other/")).isEqualTo("../../world/other/");
        assertThat(pretty.page("world/story/", "world/story/")).isEqualTo("../../world/story/");
        assertThat(pretty.page("world/page/2/", "world/")).isEqualTo("../../../world/");
    }

    @Test
    void filesLinksNameTheIndexFile() {
        assertThat(files.page("", "")).isEqualTo("index.html");
        assertThat(files.page("", "world/story/")).isEqualTo("world/story/index.html");
        assertThat(files.page("world/story/", "")).isEqualTo("../../index.html");
        assertThat(files.page("world/story/", "business/")).isEqualTo("../../business/index.html");
    }

    @Test
    void linksToFilesAreTheSameInBothStyles() {
        assertThat(pretty.file("", "static/style.css")).isEqualTo("static/style.css");
        assertThat(pretty.file("world/story/", "static/style.css")).isEqualTo("../../static/style.css");
        assertThat(files.file("world/story/", "world/photo.jpg")).isEqualTo("../../world/photo.jpg");
    }

    @Test
    void outputFileOfAPage() {
        assertThat(new Page.ArchiveIndexPage("").outputFile()).isEqualTo("index.html");
        assertThat(new Page.ArchiveIndexPage("world/story/").outputFile()).isEqualTo("world/story/index.html");
        assertThat(new Page.RobotsPage("robots.txt", java.util.List.of("sitemap.xml")).outputFile()).isEqualTo("robots.txt");
        assertThat(new Page.RedirectPage("old/story.html", "world/story/", null).outputFile()).isEqualTo("old/story.html");
    }

    @Test
    void aPageDeeperThanTheMadePrefixesStillClimbsToTheRoot() {
        String deep = "a/".repeat(14);
        assertThat(pretty.page(deep, "world/")).isEqualTo("../".repeat(14) + "world/");
        assertThat(pretty.page("a/b/", "world/")).isEqualTo("../../world/");
        assertThat(pretty.page("", "world/")).isEqualTo("world/");
    }
}
