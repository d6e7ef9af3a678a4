package org.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dateline.config.LinkStyle;
import org.dateline.pipeline.BuildOptions;
import org.dateline.pipeline.BuildResult;
import org.dateline.pipeline.SiteBuilder;
import org.dateline.testing.SiteChecks;
import org.dateline.testing.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The repository's own sample archive ({@code content/} with {@code templates/}), built as the
 * README's command builds it: valid HTML, no broken link, and the seed wire story read cleanly.
 */
class SampleSiteTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path out;

    private BuildResult build(LinkStyle style) throws Exception {
        return SiteBuilder.build(BuildOptions.forProject(PROJECT).withOutput(out.resolve("site"))
                .withCache(out.resolve("cache")).withLinkStyle(style));
    }

    @ParameterizedTest
    @EnumSource(LinkStyle.class)
    void everyPageIsValidHtmlAndEveryLinkResolves(LinkStyle style) throws Exception {
        BuildResult result = build(style);
        assertThat(result.articlesPublished()).isGreaterThanOrEqualTo(9);
        assertThat(SiteChecks.htmlFiles(out.resolve("site"))).hasSizeGreaterThan(result.articlesPublished());
        assertThat(SiteChecks.htmlErrors(out.resolve("site"))).isEmpty();
        assertThat(SiteChecks.brokenLinks(out.resolve("site"))).isEmpty();
    }

    /** The switch a Flexmark upgrade is checked with: the fast paths must give Flexmark's bytes. */
    @Test
    void theFastPathsGiveTheBytesFlexmarkGives() throws Exception {
        BuildOptions options = BuildOptions.forProject(PROJECT).withCache(null);
        SiteBuilder.build(options.withOutput(out.resolve("fast")));
        SiteBuilder.build(options.withOutput(out.resolve("flexmark")).withFastPaths(false));
        TestProject.assertSameFiles(out.resolve("flexmark"), out.resolve("fast"));
    }

    @Test
    void theSeedWireStoryIsACleanArticle() throws Exception {
        build(LinkStyle.PRETTY);
        Path file = out.resolve("site/world/kerry-geneva-syria/index.html");
        Document page = Jsoup.parse(file.toFile(), "UTF-8");

        assertThat(page.selectFirst("h1").text()).isEqualTo(
                "US Secretary of State John Kerry looks for Russia's cooperation while hoping to make some"
                        + " progress towards renewing cessation of hostilities in Syria.");
        Element body = page.selectFirst(".story-body");
        String caption = "US Secretary of State John Kerry addresses media next to Jordanian Foreign Minister"
                + " Nasser Judeh following their meeting on Syria in Geneva, on May 1, 2016.";
        assertThat(body.text().split(java.util.regex.Pattern.quote(caption), -1)).hasSize(2);
        assertThat(body.select("h2").eachText())
                .containsExactly("Russia says talks underway to halt Syrian attacks on Aleppo");
        assertThat(page.selectFirst(".source").text()).isEqualTo("Source: TRTWorld and agencies");
        assertThat(body.text()).doesNotContain("TRTWorld");
        assertThat(body.select("p").last().text()).startsWith("Judeh said the absence of a");
        assertThat(page.selectFirst(".when").text()).contains("Undated");
    }
}
