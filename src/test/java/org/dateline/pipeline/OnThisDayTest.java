package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dateline.config.LinkStyle;
import org.dateline.testing.SiteChecks;
import org.dateline.testing.TestProject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "On this day": a page per calendar day with articles in more than one year, and the links to them. */
class OnThisDayTest {

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
        project.markdown("world/a.md", "Fifth of March 2024, morning", "2024-03-05T09:00:00Z", "Text a.");
        project.markdown("world/b.md", "Fifth of March 2024, evening", "2024-03-05T18:00:00Z", "Text b.");
        project.markdown("business/c.md", "Fifth of March 2021", "2021-03-05T12:00:00Z", "Text c.");
        project.markdown("world/d.md", "Twenty-first of March 2024", "2024-03-21T12:00:00Z", "Text d.");
        project.markdown("world/e.md", "Thirty-first of December 2023", "2023-12-31T12:00:00Z", "Text e.");
        project.markdown("world/f.md", "Thirty-first of December 2022", "2022-12-31T12:00:00Z", "Text f.");
    }

    @Test
    void aCalendarDayWithArticlesInTwoYearsHasAPageGroupedByYearNewestFirst() throws Exception {
        project.build();

        Document day = project.page("on-this-day/03-05/");
        assertThat(day.selectFirst("h1").text()).isEqualTo("On this day 5 March");
        assertThat(day.select("section.on-this-day-year h2").eachText()).containsExactly("5 March 2024", "5 March 2021");
        assertThat(day.select("section.on-this-day-year").get(0).select(".card-title").eachText())
                .containsExactly("Fifth of March 2024, evening", "Fifth of March 2024, morning");
        assertThat(day.select("section.on-this-day-year").get(1).select(".card-title").eachText())
                .containsExactly("Fifth of March 2021");
        assertThat(day.select("section.on-this-day-year h2 a").eachAttr("href"))
                .containsExactly("../../2024/03/05/", "../../2021/03/05/");
        assertThat(day.select("nav.breadcrumbs a").eachText()).containsExactly("Home", "Archive", "On this day");
        assertThat(day.title()).startsWith("On this day: 5 March");

        assertThat(project.exists("on-this-day/03-21/index.html")).as("one year only").isFalse();
        assertThat(project.exists("on-this-day/12-31/index.html")).isTrue();

        Document index = project.page("on-this-day/");
        assertThat(index.select("section h2").eachText()).containsExactly("March", "December");
        assertThat(index.select(".count-list a").eachText()).containsExactly("5 March", "31 December");
        assertThat(index.select(".count-list .n").eachText()).containsExactly("3", "2");
    }

    @Test
    void dayArchivesAndTheHomePageLinkToIt() throws Exception {
        project.build();

        assertThat(project.page("2024/03/05/").select("a[href=../../../on-this-day/03-05/]").eachText())
                .containsExactly("On 5 March in other years");
        assertThat(project.page("2021/03/05/").select("a[href=../../../on-this-day/03-05/]")).hasSize(1);
        assertThat(project.page("2024/03/21/").select("a[href*=on-this-day]")).isEmpty();

        Element link = project.page("").getElementById("on-this-day");
        assertThat(link.attr("href")).as("without script: the index").isEqualTo("on-this-day/");
        assertThat(link.attr("data-href")).isEqualTo("on-this-day/MM-DD/");
        assertThat(link.attr("data-days")).isEqualTo("03-05:2024,2021 12-31:2023,2022");

        String sitemap = Files.readString(project.site().resolve("sitemap.xml"));
        assertThat(sitemap).contains("<loc>/on-this-day/</loc>", "<loc>/on-this-day/03-05/</loc>",
                "<loc>/on-this-day/12-31/</loc>");
    }

    @Test
    void bothLinkStylesGiveValidPagesWithNoBrokenLinks() throws Exception {
        project.build();
        assertThat(SiteChecks.htmlErrors(project.site())).isEmpty();
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();

        project.build(project.options().withLinkStyle(LinkStyle.FILES));
        assertThat(project.page("").getElementById("on-this-day").attr("data-href"))
                .isEqualTo("on-this-day/MM-DD/index.html");
        assertThat(project.page("on-this-day/").select(".count-list a").eachAttr("href"))
                .allMatch(h -> h.endsWith("/index.html"));
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }

    @Test
    void anArchiveWithNoDayInTwoYearsHasNoneOfItAndNoLink() throws Exception {
        TestProject single = new TestProject(dir.resolve("single"));
        single.markdown("world/a.md", "One", "2024-03-05T09:00:00Z", "Text.");
        single.markdown("world/b.md", "Two", "2023-03-06T09:00:00Z", "Text.");
        single.build();
        assertThat(single.exists("on-this-day")).isFalse();
        assertThat(single.page("").getElementById("on-this-day")).isNull();
        assertThat(single.page("2024/03/05/").select("a[href*=on-this-day]")).isEmpty();
    }

    @Test
    void theHomePagesScriptPointsTheLinkAtTodaysPageAndItsNewestPastYear() throws Exception {
        project.build();
        Document home = project.page("");
        assertThat(runHomeScript(home, "2026-03-05")).isEqualTo("on-this-day/03-05/ On this day in 2024");
        assertThat(runHomeScript(home, "2024-03-05")).as("this year's own stories are not the past")
                .isEqualTo("on-this-day/03-05/ On this day in 2021");
        assertThat(runHomeScript(home, "2026-12-31")).isEqualTo("on-this-day/12-31/ On this day in 2023");
        assertThat(runHomeScript(home, "2026-03-21")).as("no page today: the index stays")
                .isEqualTo("on-this-day/ On this day in past years");
    }

    @Test
    void aRebuildAfterABodyEditIsByteIdenticalToAColdBuild() throws Exception {
        project.build();
        project.markdown("business/c.md", "Fifth of March 2021", "2021-03-05T12:00:00Z", "Text c.\n\nA second paragraph.");
        project.build();
        project.build(project.options().withOutput(dir.resolve("cold")).withCache(null));
        TestProject.assertSameFiles(dir.resolve("cold"), project.site());
    }

    /** Runs the home page's inline script under Node with a stand-in for the link and the clock; "href text". */
    private static String runHomeScript(Document home, String today) throws Exception {
        Element link = home.getElementById("on-this-day");
        String script = home.select("#on-this-day-heading ~ script").html();
        String harness = "const [y, m, d] = '" + today + "'.split('-').map(Number);\n"
                + "const RealDate = Date; Date = function () { return new RealDate(y, m - 1, d, 12); };\n"
                + "const attrs = {'data-href': " + quote(link.attr("data-href")) + ", 'data-days': "
                + quote(link.attr("data-days")) + "};\n"
                + "const link = {href: " + quote(link.attr("href")) + ", textContent: " + quote(link.text())
                + ", getAttribute: n => attrs[n]};\n"
                + "const document = {getElementById: () => link};\n"
                + script + "\nconsole.log(link.href + ' ' + link.textContent);\n";
        Process node;
        try {
            node = new ProcessBuilder("node", "-e", harness).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("Node.js (node) is not installed: the home page's on-this-day script is not run");
            throw e;
        }
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(node.exitValue()).as(out).isZero();
        return out;
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
