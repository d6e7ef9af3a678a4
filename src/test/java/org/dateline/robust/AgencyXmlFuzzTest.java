package org.dateline.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.dateline.model.Problem;
import org.dateline.model.SourceFormat;
import org.dateline.parse.ArticleReader;
import org.dateline.parse.Markdown;
import org.dateline.parse.ReadResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Agency XML made of random pieces of NITF and NewsML-G2, well-formed or not: every file is an
 * article or problems naming the file, never an exception, and a body holds only paragraphs and
 * subheadings of escaped text.
 */
class AgencyXmlFuzzTest {

    private static final ArticleReader READER = new ArticleReader(ZoneId.of("UTC"), new Markdown(false));

    @Property(tries = 2000, shrinking = ShrinkingMode.BOUNDED)
    void anyNitfIsReadOrRefusedNeverBoth(@ForAll("agencyXml") String body) {
        check(SourceFormat.NITF, "<nitf><head><docdata>" + body + "</docdata></head><body><body.head>" + body
                + "</body.head><body.content>" + body + "</body.content></body></nitf>");
    }

    @Property(tries = 2000, shrinking = ShrinkingMode.BOUNDED)
    void anyNewsItemIsReadOrRefusedNeverBoth(@ForAll("agencyXml") String body) {
        check(SourceFormat.NEWSML_G2, "<newsItem><itemMeta>" + body + "</itemMeta><contentMeta>" + body
                + "</contentMeta><contentSet><inlineXML>" + body + "</inlineXML></contentSet></newsItem>");
    }

    private static void check(SourceFormat format, String text) {
        ReadResult result = READER.read("world/item.xml", "content/world/item.xml", format, text, article -> url -> url);
        assertThat(result.article() == null).isEqualTo(!result.problems().isEmpty());
        if (result.ok()) {
            assertThat(result.article().title()).isNotBlank();
            for (Element element : Jsoup.parseBodyFragment(result.bodyHtml()).body().children()) {
                assertThat(element.tagName()).as(result.bodyHtml()).isIn("p", "h2");
                assertThat(element.children()).as(result.bodyHtml()).isEmpty();
            }
        } else {
            for (Problem problem : result.problems()) {
                assertThat(problem.file()).isEqualTo("content/world/item.xml");
                assertThat(problem.message()).isNotBlank().doesNotContain("Exception");
                assertThat(problem.hint()).isNotBlank();
            }
        }
    }

    @Provide
    Arbitrary<String> agencyXml() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abc <>&;\"'é\n").ofMaxLength(12),
                Arbitraries.of("&amp;", "&lt;script&gt;", "&nbsp;", "&#160;", "<![CDATA[<b>x</b>]]>", "<!-- c -->"));
        Arbitrary<String> element = Arbitraries.of("hl1", "hl2", "headline", "hedline", "byline", "person", "byttl",
                "dateline", "p", "media-caption", "tr", "td", "script", "header", "h2", "firstCreated", "versionCreated",
                "subject", "name", "keyword", "description", "by", "inlineData", "nitf", "html", "body", "body.content");
        Arbitrary<String> piece = Arbitraries.oneOf(text,
                element.flatMap(name -> text.map(inner -> "<" + name + ">" + inner + "</" + name + ">")),
                Arbitraries.of("<date.issue norm=\"20240305T093000Z\"/>", "<date.issue norm=\"99999999\"/>",
                        "<doc.copyright holder=\"X\"/>", "<pubStatus qcode=\"stat:withheld\"/>", "<p>", "</p>",
                        "<meta name=\"keywords\" content=\"a, b\"/>", "<embargoed>soon</embargoed>"));
        return piece.list().ofMaxSize(12).map(list -> String.join("", list));
    }
}
