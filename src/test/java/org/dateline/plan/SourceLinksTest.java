package org.dateline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.dateline.config.LinkStyle;
import org.junit.jupiter.api.Test;

class SourceLinksTest {

    private static final Map<String, String> PAGES = Map.of(
            "world/story.md", "world/story/",
            "world/other.md", "world/other/",
            "business/ports.txt", "business/ports/",
            "world/bundle/index.md", "world/bundle/",
            "about.md", "about/");

    private final SourceLinks pretty = new SourceLinks(PAGES, new Links(LinkStyle.PRETTY));
    private final SourceLinks files = new SourceLinks(PAGES, new Links(LinkStyle.FILES));

    private String fromStory(String url) {
        return pretty.rewrite(url, "world/story.md", "world/story/");
    }

    @Test
    void imageBesideTheSource() {
        assertThat(fromStory("photo.jpg")).isEqualTo("../../world/photo.jpg");
        assertThat(fromStory("./photo.jpg")).isEqualTo("../../world/photo.jpg");
        assertThat(fromStory("img/photo.jpg")).isEqualTo("../../world/img/photo.jpg");
    }

    @Test
    void imageBesideABundle() {
        assertThat(pretty.rewrite("chart.png", "world/bundle/index.md", "world/bundle/"))
                .isEqualTo("../../world/bundle/chart.png");
    }

    @Test
    void imageBesideATopLevelArticle() {
        assertThat(pretty.rewrite("logo.png", "about.md", "about/")).isEqualTo("../logo.png");
    }

    @Test
    void linkToAnotherArticleBecomesItsPage() {
        assertThat(fromStory("other.md")).isEqualTo("../../world/other/");
        assertThat(fromStory("../business/ports.txt")).isEqualTo("../../business/ports/");
        assertThat(fromStory("bundle/index.md")).isEqualTo("../../world/bundle/");
        assertThat(fromStory("../about.md")).isEqualTo("../../about/");
    }

    @Test
    void linkToAnArticleKeepsItsFragmentAndQuery() {
        assertThat(fromStory("other.md#reaction")).isEqualTo("../../world/other/#reaction");
        assertThat(fromStory("photo.jpg?v=2")).isEqualTo("../../world/photo.jpg?v=2");
    }

    @Test
    void filesStyleLinksToTheArticlesIndexFile() {
        assertThat(files.rewrite("other.md", "world/story.md", "world/story/")).isEqualTo("../../world/other/index.html");
        assertThat(files.rewrite("photo.jpg", "world/story.md", "world/story/")).isEqualTo("../../world/photo.jpg");
    }

    @Test
    void pathEscapingTheContentFolderIsLeftUnchanged() {
        assertThat(fromStory("../../secret.txt")).isEqualTo("../../secret.txt");
        assertThat(pretty.rewrite("../x.png", "about.md", "about/")).isEqualTo("../x.png");
    }

    @Test
    void absoluteAndSpecialUrlsAreUntouched() {
        assertThat(fromStory("https://example.org/a.md")).isEqualTo("https://example.org/a.md");
        assertThat(fromStory("http://example.org/")).isEqualTo("http://example.org/");
        assertThat(fromStory("mailto:desk@example.org")).isEqualTo("mailto:desk@example.org");
        assertThat(fromStory("//cdn.example.org/x.js")).isEqualTo("//cdn.example.org/x.js");
        assertThat(fromStory("#reaction")).isEqualTo("#reaction");
        assertThat(fromStory("?page=2")).isEqualTo("?page=2");
        assertThat(fromStory("")).isEmpty();
    }

    @Test
    void siteRootLinksAreMadeRelative() {
        assertThat(fromStory("/about/")).isEqualTo("../../about/");
        assertThat(fromStory("/static/style.css")).isEqualTo("../../static/style.css");
        assertThat(fromStory("/about.md")).isEqualTo("../../about/");
        assertThat(pretty.rewrite("/world/other.md#x", "about.md", "about/")).isEqualTo("../world/other/#x");
    }

    @Test
    void forPageIsTheSameRewrite() {
        UnaryOperator<String> links = pretty.forPage("world/story.md", "world/story/");

        assertThat(links.apply("other.md")).isEqualTo("../../world/other/");
        assertThat(links.apply("https://example.org/")).isEqualTo("https://example.org/");
    }
}
