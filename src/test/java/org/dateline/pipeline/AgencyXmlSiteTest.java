package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.dateline.testing.SiteChecks;
import org.dateline.testing.TestProject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed of agency copy (the IPTC's, dpa's and others' own NITF and NewsML-G2 files) built as it is. */
class AgencyXmlSiteTest {

    @TempDir
    Path dir;

    TestProject project;

    private static byte[] specimen(String name) {
        try (InputStream in = AgencyXmlSiteTest.class.getResourceAsStream("/specimens/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void writeAnAgencyFeed() {
        project = new TestProject(dir);
        project.bytes("content/weather/norfolk-tides.xml", specimen("nitf/iptc-nitf-fishing-sample.xml"));
        project.bytes("content/space/spacewalk.xml", specimen("nitf/guardian-nitf-example-3.6.xml"));
        project.bytes("content/test/full-featured.xml", specimen("nitf/nitfr-full_featured.xml"));
        project.bytes("content/economy/fed-item.xml", specimen("newsml-g2/iptc-LISTING_1_A_NewsML-G2_News_Item.xml"));
        project.bytes("content/economy/fed-text.xml", specimen("newsml-g2/iptc-LISTING_2_NewsML-G2_Text_Document.xml"));
        project.bytes("content/sport/phillies-preview.xml", specimen("newsml-g2/iptc-LISTING_22_Sports_story_in_NewsML-G2NITF.xml"));
        project.bytes("content/wirtschaft/deepseek.xml", specimen("newsml-g2/dpa-with_dateline.xml"));
        project.article("world/ferry.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <nitf>
                  <head><docdata><date.issue norm="20240305T093000Z"/><doc.copyright holder="Saltmere Wire"/></docdata>
                    <meta name="keywords" content="Harbours"/></head>
                  <body><body.head><hedline><hl1>Ferry fares frozen &lt;for now&gt;</hl1></hedline>
                    <byline>By Morag Finlay</byline><dateline>SALTMERE</dateline></body.head>
                    <body.content><p>The board voted <b>&lt;script&gt;</b> on Tuesday.</p></body.content></body>
                </nitf>
                """);
        project.bytes("content/world/geneva.xml", ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<nitf><body><body.head>"
                + "<hedline><hl1>Genève talks resume</hl1></hedline></body.head><body.content><p>Envoys met in Genève.</p>"
                + "</body.content></body></nitf>\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        project.article("world/notes.md", "---\ntitle: Harbour notes\ndate: 2024-03-06\n---\n\nSee [the ferry story](ferry.xml).\n");
        project.article("world/sitemap-old.xml", "<?xml version=\"1.0\"?>\n<urlset><url><loc>https://example.org/</loc></url></urlset>\n");
    }

    @Test
    void everyItemHasAPageWithItsHeadlineDateSectionAndTags() throws Exception {
        BuildResult result = project.build();
        assertThat(result.articlesPublished()).isEqualTo(10);
        // A Latin-1 file that says so in its XML declaration reads as Latin-1.
        assertThat(project.page("world/geneva/").selectFirst("h1").text()).isEqualTo("Genève talks resume");

        Document ferry = project.page("world/ferry/");
        assertThat(ferry.selectFirst("h1").text()).isEqualTo("Ferry fares frozen <for now>");
        assertThat(ferry.selectFirst("time").attr("datetime")).startsWith("2024-03-05T09:30");
        assertThat(ferry.select("p.byline").text()).isEqualTo("By Morag Finlay");
        assertThat(ferry.select("p.dateline").text()).isEqualTo("SALTMERE —");
        assertThat(ferry.select("p.source").text()).isEqualTo("Source: Saltmere Wire");
        assertThat(ferry.select("ul.tags li").eachText()).containsExactly("Harbours");
        // The body's markup is text, escaped: no element of the XML reaches the page.
        assertThat(ferry.select("article script, article b")).isEmpty();
        assertThat(ferry.text()).contains("The board voted <script> on Tuesday.");

        Document dpa = project.page("wirtschaft/deepseek/");
        assertThat(dpa.selectFirst("h1").text()).isEqualTo("DeepSeek-Schock aus China: Zeichen für KI-Zeitenwende?");
        assertThat(dpa.selectFirst("time").attr("datetime")).isEqualTo("2025-01-28T08:18:34Z");
        assertThat(dpa.select("h2").eachText()).contains("Kalte Füße an der Wall Street");
        assertThat(dpa.text()).doesNotContain("+49 151");

        Document tides = project.page("weather/norfolk-tides/");
        assertThat(tides.selectFirst("h1").text()).isEqualTo("Weather and Tide Updates for Norfolk");
        assertThat(tides.select("ul.tags li").eachText()).contains("fishing", "tides");
        assertThat(project.page("2002/02/25/").select("a").eachText()).contains("Weather and Tide Updates for Norfolk");

        for (String page : new String[] {"space/spacewalk/", "test/full-featured/", "economy/fed-item/",
                "economy/fed-text/", "sport/phillies-preview/"}) {
            Element headline = project.page(page).selectFirst("h1");
            assertThat(headline).as(page).isNotNull();
            assertThat(headline.text()).as(page).isNotBlank();
        }
        assertThat(project.page("sport/").select("h1").text()).isEqualTo("Sport");
    }

    @Test
    void otherXmlIsCopiedAndLinksToAnItemReachItsPage() throws Exception {
        project.build();
        assertThat(project.exists("world/sitemap-old.xml")).isTrue();
        assertThat(project.page("world/notes/").select("article a:contains(ferry story)").attr("href")).isEqualTo("../../world/ferry/");
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        project.build();
        assertThat(SiteChecks.htmlErrors(project.site())).isEmpty();
    }

    @Test
    void aRebuildAfterAnEditedBodyShowsTheNewTextFromTheCache() throws Exception {
        project.build();
        String ferry = java.nio.file.Files.readString(project.root().resolve("content/world/ferry.xml"));
        project.article("world/ferry.xml", ferry.replace("on Tuesday.", "on Wednesday."));
        BuildResult rebuilt = project.build();
        assertThat(rebuilt.articlesParsed()).isEqualTo(1);
        assertThat(project.page("world/ferry/").text()).contains("The board voted <script> on Wednesday.");
        // The other items came from the build cache, their format with them.
        project.article("world/notes.md", "---\ntitle: Harbour notes, updated\ndate: 2024-03-06\n---\n\nSee [the story](ferry.xml).\n");
        BuildResult third = project.build();
        assertThat(third.articlesParsed()).isEqualTo(1);
        assertThat(project.page("world/").select("a").eachText()).contains("Ferry fares frozen <for now>", "Harbour notes, updated");
        assertThat(project.page("wirtschaft/deepseek/").select("h2").eachText()).contains("Kalte Füße an der Wall Street");
    }

    @Test
    void aBrokenItemStopsTheBuildWithItsLineAndLeavesTheSiteAsItWas() throws Exception {
        project.build();
        var before = TestProject.snapshot(project.site());
        project.article("world/broken.xml", "<?xml version=\"1.0\"?>\n<nitf>\n<body>\n<p>unclosed\n</body></nitf>\n");
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(org.dateline.model.ProblemException.class,
                project::build);
        assertThat(e.problems()).extracting(org.dateline.model.Problem::describe).singleElement().asString()
                .startsWith("content/world/broken.xml:5: the XML is not well-formed:")
                .doesNotContain("Exception");
        assertThat(TestProject.snapshot(project.site()).keySet()).isEqualTo(before.keySet());
    }
}
