package org.dateline.parse.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.dateline.model.SourceFormat;
import org.dateline.parse.ArticleReader;
import org.dateline.parse.Markdown;
import org.dateline.parse.ReadResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** NITF and NewsML-G2 files read through {@link ArticleReader}, as a build reads them. */
class AgencyXmlReaderTest {

    private static final ArticleReader READER = new ArticleReader(ZoneId.of("UTC"), new Markdown(false));

    private static ReadResult read(String path, SourceFormat format, String text) {
        return READER.read(path, "content/" + path, format, text, article -> url -> url);
    }

    private static Article article(String path, SourceFormat format, String text) {
        ReadResult result = read(path, format, text);
        assertThat(result.problems()).as("problems of %s", path).isEmpty();
        return result.article();
    }

    private static String body(String path, SourceFormat format, String text) {
        return read(path, format, text).bodyHtml();
    }

    static String specimen(String name) {
        try (InputStream in = AgencyXmlReaderTest.class.getResourceAsStream("/specimens/" + name)) {
            // As SourceReader hands text to the readers: line ends made \n.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String NITF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE nitf SYSTEM "nitf-3-3.dtd">
            <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
              <head>
                <title>Ferry fares frozen (head title)</title>
                <meta name="keywords" content="Harbours, Transport"/>
                <docdata>
                  <date.issue norm="20240305T093000+0100"/>
                  <date.release norm="20240306T120000Z"/>
                  <doc.copyright holder="Saltmere Wire" year="2024"/>
                  <key-list><keyword key="Ferries"/></key-list>
                </docdata>
              </head>
              <body>
                <body.head>
                  <hedline>
                    <hl1>Harbour board votes: ferry fares frozen</hl1>
                    <hl2>Island residents will pay the same next year</hl2>
                  </hedline>
                  <byline>By <person>Morag Finlay</person>, <byttl>Transport Correspondent</byttl></byline>
                  <dateline><location>SALTMERE</location>, Scotland</dateline>
                  <distributor>Harbour Gazette</distributor>
                </body.head>
                <body.content>
                  <p>The <em>harbour board</em> voted on Tuesday &amp; the fares stay.</p>
                  <hl2>What it costs</hl2>
                  <p>A return ticket is <b>&lt;£10</b>.</p>
                  <media media-type="image">
                    <media-reference source="ferry.jpg"/>
                    <media-caption>The morning ferry leaves Saltmere.</media-caption>
                    <media-producer>Ewan MacLeod</media-producer>
                  </media>
                  <ul><li>Cars pay more.</li></ul>
                </body.content>
                <body.end><tagline>Contact: desk@example.org</tagline></body.end>
              </body>
            </nitf>
            """;

    private static final String NEWSML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.org:1" version="2"
                standard="NewsML-G2" standardversion="2.28">
              <rightsInfo><copyrightHolder><name>Example Agency</name></copyrightHolder></rightsInfo>
              <itemMeta>
                <itemClass qcode="ninat:text"/>
                <provider qcode="nprov:EXA"/>
                <versionCreated>2024-03-06T08:00:00Z</versionCreated>
                <firstCreated>2024-03-05T07:15:00-05:00</firstCreated>
                <embargoed>2024-03-05T12:00:00Z</embargoed>
                <pubStatus qcode="stat:usable"/>
              </itemMeta>
              <contentMeta>
                <located><name>Berlin</name></located>
                <creator><name>Meredith Jameson</name></creator>
                <subject qcode="medtop:04000000"><name>economy, business and finance</name></subject>
                <subject qcode="medtop:20000523"/>
                <keyword>central banks</keyword>
                <headline rank="2">Kicker</headline>
                <headline rank="1">Fed to halt QE to avert "bubble"</headline>
                <description role="drol:summary">The central bank ends its programme.</description>
                <dateline>WASHINGTON (Example) - </dateline>
              </contentMeta>
              <contentSet>
                <inlineXML contenttype="application/xhtml+xml">
                  <html xmlns="http://www.w3.org/1999/xhtml">
                    <head><title>Fed to halt QE</title></head>
                    <body>
                      <header><h1>Fed to halt QE to avert "bubble"</h1><p class="byline">By Meredith Jameson</p></header>
                      <p>The Fed said on Wednesday <script>alert(1)</script>it would stop.</p>
                      <h2>Markets</h2>
                      <p>Shares rose.</p>
                    </body>
                  </html>
                </inlineXML>
              </contentSet>
            </newsItem>
            """;

    @Nested
    class Nitf {

        @Test
        void mapsHeadlineDeckBylineDatelineDatesTagsAndSource() {
            Article a = article("world/ferry-fares.xml", SourceFormat.NITF, NITF);
            assertThat(a.format()).isEqualTo(SourceFormat.NITF);
            assertThat(a.title()).isEqualTo("Harbour board votes: ferry fares frozen");
            assertThat(a.summary()).isEqualTo("Island residents will pay the same next year");
            assertThat(a.authors()).containsExactly("Morag Finlay");
            assertThat(a.dateline()).isEqualTo("SALTMERE, Scotland");
            assertThat(a.date().value().toInstant()).hasToString("2024-03-05T08:30:00Z");
            assertThat(a.updated().value().toInstant()).hasToString("2024-03-06T12:00:00Z");
            assertThat(a.tags()).containsExactly("Ferries", "Harbours", "Transport");
            assertThat(a.source()).isEqualTo("Saltmere Wire");
            assertThat(a.section()).isEqualTo("World");
            assertThat(a.slug()).isEqualTo("ferry-fares");
        }

        @Test
        void bodyIsEscapedParagraphsSubheadingsAndCaptions() {
            assertThat(body("world/ferry-fares.xml", SourceFormat.NITF, NITF)).isEqualTo("""
                    <p>The harbour board voted on Tuesday &amp; the fares stay.</p>
                    <h2>What it costs</h2>
                    <p>A return ticket is &lt;£10.</p>
                    <p class="wire-caption">The morning ferry leaves Saltmere. Credit: Ewan MacLeod</p>
                    <p>Cars pay more.</p>
                    <p>Contact: desk@example.org</p>
                    """);
        }

        @Test
        void theBodyReadAgainAtRenderTimeIsTheBodyReadFirst() throws Exception {
            ReadResult first = read("world/ferry-fares.xml", SourceFormat.NITF, NITF);
            assertThat(READER.bodyHtml(first.article(), "content/world/ferry-fares.xml", NITF, url -> url))
                    .isEqualTo(first.bodyHtml());
        }

        @Test
        void aBylineWithoutPeopleLosesItsByAndTitle() {
            Article a = article("a.xml", SourceFormat.NITF, """
                    <nitf><body><body.head><hedline><hl1>Spacewalk</hl1></hedline>
                    <byline>By Alan Karben, <byttl>EP Aerospace Writer</byttl>.</byline></body.head>
                    <body.content><p>Text.</p></body.content></body></nitf>
                    """);
            assertThat(a.authors()).containsExactly("Alan Karben");
            assertThat(a.isDated()).isFalse();
        }

        @Test
        void theHeadTitleIsTheHeadlineWhenThereIsNoHl1() {
            Article a = article("a.xml", SourceFormat.NITF, """
                    <nitf><head><title>Only a title</title></head><body><body.content><p>Text.</p></body.content></body></nitf>
                    """);
            assertThat(a.title()).isEqualTo("Only a title");
        }

        @Test
        void theIptcSampleReadsInFull() {
            Article a = article("weather/norfolk.xml", SourceFormat.NITF, specimen("nitf/iptc-nitf-fishing-sample.xml"));
            assertThat(a.title()).isEqualTo("Weather and Tide Updates for Norfolk");
            assertThat(a.summary()).isEqualTo("A sample, fictitious NITF article");
            assertThat(a.date().value().toInstant()).hasToString("2002-02-25T19:30:00Z");
            assertThat(a.tags()).contains("fishing", "lures", "tides", "Fishing Industry");
            assertThat(a.wordCount()).isGreaterThan(300);
        }

        @Test
        void theGuardianAndNitfrSamplesRead() {
            Article guardian = article("space/walk.xml", SourceFormat.NITF, specimen("nitf/guardian-nitf-example-3.6.xml"));
            assertThat(guardian.title()).isEqualTo("Astronauts take spacewalk No. 3 after suit snag");
            assertThat(guardian.authors()).containsExactly("Alan Karben");
            assertThat(guardian.dateline()).isEqualTo("CAPE CANAVERAL, Fla.");
            assertThat(guardian.source()).isEqualTo("EP");
            assertThat(guardian.date().value().toInstant()).hasToString("2009-11-23T11:44:28Z");

            Article full = article("test/full.xml", SourceFormat.NITF, specimen("nitf/nitfr-full_featured.xml"));
            assertThat(full.title()).isEqualTo("Full Featured Headline");
            assertThat(full.summary()).isEqualTo("With Secondary Headline");
            assertThat(full.authors()).containsExactly("John Author");
            assertThat(full.dateline()).isEqualTo("NEW YORK, Dec 15");
            assertThat(full.tags()).containsExactly("Testing", "test", "full", "featured");
            assertThat(full.source()).isEqualTo("Test Corp");
            assertThat(body("test/full.xml", SourceFormat.NITF, specimen("nitf/nitfr-full_featured.xml")))
                    .contains("<p>Cell 1 | Cell 2</p>", "<p>A famous quote for testing.</p>",
                            "<p class=\"wire-caption\">Test caption Credit: Test photographer</p>", "<p>Second note.</p>")
                    .doesNotContain("<p>Test photographer</p>");
        }
    }

    @Nested
    class NewsMlG2 {

        @Test
        void mapsHeadlineDescriptionCreatorDatelineDatesSubjectsAndRights() {
            Article a = article("economy/fed.xml", SourceFormat.NEWSML_G2, NEWSML);
            assertThat(a.format()).isEqualTo(SourceFormat.NEWSML_G2);
            assertThat(a.title()).isEqualTo("Fed to halt QE to avert \"bubble\"");
            assertThat(a.summary()).isEqualTo("The central bank ends its programme.");
            assertThat(a.authors()).containsExactly("Meredith Jameson");
            assertThat(a.dateline()).isEqualTo("WASHINGTON (Example)");
            assertThat(a.date().value().toInstant()).hasToString("2024-03-05T12:15:00Z");
            assertThat(a.updated().value().toInstant()).hasToString("2024-03-06T08:00:00Z");
            assertThat(a.embargo()).hasToString("2024-03-05T12:00:00Z");
            assertThat(a.tags()).containsExactly("economy, business and finance", "central banks");
            assertThat(a.source()).isEqualTo("Example Agency");
            assertThat(a.draft()).isFalse();
        }

        @Test
        void anXhtmlBodyLeavesOutItsHeaderAndScripts() {
            assertThat(body("economy/fed.xml", SourceFormat.NEWSML_G2, NEWSML)).isEqualTo("""
                    <p>The Fed said on Wednesday it would stop.</p>
                    <h2>Markets</h2>
                    <p>Shares rose.</p>
                    """);
        }

        @Test
        void aWithheldItemIsADraftAndAProviderCodeIsTheSource() {
            Article a = article("a.xml", SourceFormat.NEWSML_G2, """
                    <newsItem><itemMeta><provider qcode="nprov:REUTERS"/><pubStatus qcode="stat:withheld"/>
                    <versionCreated>2024-01-02T03:04:05Z</versionCreated></itemMeta>
                    <contentMeta><headline>Held</headline></contentMeta>
                    <contentSet><inlineData>First paragraph
                    wraps here.

                    Second.</inlineData></contentSet></newsItem>
                    """);
            assertThat(a.draft()).isTrue();
            assertThat(a.source()).isEqualTo("REUTERS");
            assertThat(a.date().value().toInstant()).hasToString("2024-01-02T03:04:05Z");
            assertThat(a.updated()).isNull();
            assertThat(body("a.xml", SourceFormat.NEWSML_G2, """
                    <newsItem><contentMeta><headline>Held</headline></contentMeta>
                    <contentSet><inlineData>First paragraph
                    wraps here.

                    Second.</inlineData></contentSet></newsItem>
                    """)).isEqualTo("<p>First paragraph wraps here.</p>\n<p>Second.</p>\n");
        }

        @Test
        void theIptcTextDocumentReadsItsInlineNitf() {
            String text = specimen("newsml-g2/iptc-LISTING_2_NewsML-G2_Text_Document.xml");
            Article a = article("economy/fed.xml", SourceFormat.NEWSML_G2, text);
            assertThat(a.title()).isEqualTo("Fed to halt QE to avert \"bubble\"");
            assertThat(a.authors()).containsExactly("Meredith Jameson");
            assertThat(a.source()).isEqualTo("Acme News and Media LLC");
            assertThat(a.dateline()).isEqualTo("New York, NY");
            assertThat(a.tags()).containsExactly("economy, business and finance", "central bank", "money and monetary policy");
            assertThat(a.date().value().toInstant()).hasToString("2016-11-21T20:21:06Z");
            assertThat(a.updated().value().toInstant()).hasToString("2017-11-21T21:25:32Z");
            assertThat(body("economy/fed.xml", SourceFormat.NEWSML_G2, text)).startsWith("<p>(New York, NY - October 21) Et, sent");
        }

        @Test
        void theIptcSportsStoryAndTheDpaMessageRead() {
            Article sports = article("sport/preview.xml", SourceFormat.NEWSML_G2,
                    specimen("newsml-g2/iptc-LISTING_22_Sports_story_in_NewsML-G2NITF.xml"));
            assertThat(sports.title()).startsWith("Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24)");
            assertThat(sports.authors()).containsExactly("The Sports Network");
            assertThat(sports.tags()).contains("Baseball", "Philadelphia Phillies", "Doug Davis");
            assertThat(sports.summary()).startsWith("A pair of teams coming off big weekend sweeps will square off");

            String dpaText = specimen("newsml-g2/dpa-with_dateline.xml");
            Article dpa = article("wirtschaft/deepseek.xml", SourceFormat.NEWSML_G2, dpaText);
            assertThat(dpa.title()).isEqualTo("DeepSeek-Schock aus China: Zeichen für KI-Zeitenwende?");
            assertThat(dpa.authors()).containsExactly("Andrej Sokolow, dpa");
            assertThat(dpa.dateline()).isEqualTo("New York (dpa)");
            assertThat(dpa.source()).isEqualTo("dpa");
            assertThat(dpa.tags()).contains("USA", "Internet", "Börse");
            String html = body("wirtschaft/deepseek.xml", SourceFormat.NEWSML_G2, dpaText);
            assertThat(html).contains("<h2>Kalte Füße an der Wall Street</h2>")
                    // Editors' notes (one with a reporter's phone number) are not for publication.
                    .doesNotContain("+49", "Notizblock");
        }

        @Test
        void theIptcNewsItemWithoutABodyIsAHeadlineOnlyArticle() {
            Article a = article("economy/fed-item.xml", SourceFormat.NEWSML_G2,
                    specimen("newsml-g2/iptc-LISTING_1_A_NewsML-G2_News_Item.xml"));
            assertThat(a.title()).isEqualTo("Fed to halt QE to avert \"bubble\"");
            assertThat(a.dateline()).isEqualTo("Berlin");
            assertThat(a.source()).isEqualTo("Example Enews LLP");
            assertThat(a.embargo()).hasToString("2018-10-23T12:00:00Z");
        }
    }

    @Nested
    class Problems {

        @Test
        void anItemWithoutAHeadlineNamesWhereToPutOne() {
            List<Problem> problems = read("a.xml", SourceFormat.NEWSML_G2, "<newsItem>\n<contentMeta/>\n</newsItem>\n").problems();
            assertThat(problems).extracting(Problem::describe).containsExactly(
                    "content/a.xml:1: the NewsML-G2 item has no headline\n    Give it one in contentMeta/headline.");
        }

        @Test
        void aDateInNoKnownFormNamesItsLine() {
            List<Problem> problems = read("a.xml", SourceFormat.NITF, """
                    <nitf>
                    <head><docdata>
                    <date.issue norm="last tuesday"/>
                    </docdata></head>
                    <body><body.head><hedline><hl1>H</hl1></hedline></body.head></body></nitf>
                    """).problems();
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).line()).isEqualTo(3);
            assertThat(problems.get(0).message()).contains("last tuesday");
        }

        @Test
        void aMessageOfSeveralItemsAsksToSplitIt() {
            List<Problem> problems = read("a.xml", SourceFormat.NEWSML_G2, """
                    <newsMessage><itemSet>
                    <newsItem/><newsItem/>
                    </itemSet></newsMessage>
                    """).problems();
            assertThat(problems).extracting(Problem::message)
                    .containsExactly("the NewsML-G2 message holds 2 news items; Dateline reads one article per file");
        }

        @Test
        void brokenXmlNamesTheLineAndNoJavaClass() {
            Problem problem = read("a.xml", SourceFormat.NITF, "<nitf>\n<body>\n<p>unclosed\n</body>\n</nitf>\n").problems().get(0);
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).startsWith("the XML is not well-formed: ").doesNotContain("Exception", "javax");
        }
    }
}
