package org.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    private static final Markdown SAFE = new Markdown(false);
    private static final Markdown TRUSTING = new Markdown(true);

    private static String html(Markdown markdown, String text) {
        return markdown.render(markdown.parse(text), UnaryOperator.identity());
    }

    /**
     * Text is written by Dateline's own renderer when it has nothing to unescape, and a body is
     * parsed without the table or autolink extension when it cannot hold a table or an address: on
     * random bodies full of markup, entities, escapes, quotes, tables and addresses, the page must
     * be what Flexmark writes with every extension and its own renderer.
     */
    @Test
    void writesTextAsFlexmarksOwnRendererDoes() {
        String[] pieces = {"word", "two words", "<b>", "a < b > c", "\"quoted\"", "'single'", "&", "&amp;", "&copy;",
                "&#233;", "&bogus;", "\\*", "\\\\", "\\&", "*emph*", "**strong**", "`code <x>`", "~~gone~~",
                "[link \"t\"](https://x.org/a?b=1&c=2 \"title\")", "<https://x.org/>", "www.example.org", "a@b.org",
                "![pic <1>](p.jpg)", "--", "...", "é ü 😀", "\n", "\n\n", "  \n", "\n- item\n", "\n1. first\n",
                "\n> quote \"q\"\n", "\n## Head <h>\n", "\n| a | b |\n|---|---|\n| <c> | &d |\n", "\n    code < \n",
                "\n```\nfenced & <x>\n```\n", "<span>raw</span>", "line\\\nbreak", "a | b", "\n|---|\n", "x|y|z",
                "\na | b\n--|--\n1 | 2\n", "see http://x.org/p", "mail me@x.org"};
        java.util.Random random = new java.util.Random(11);
        for (Markdown markdown : new Markdown[] {SAFE, TRUSTING}) {
            boolean unsafe = markdown == TRUSTING;
            var everything = Markdown.options(unsafe, Markdown.extensions(true, true));
            com.vladsch.flexmark.html.HtmlRenderer flexmark = com.vladsch.flexmark.html.HtmlRenderer.builder(everything).build();
            com.vladsch.flexmark.parser.Parser parser = com.vladsch.flexmark.parser.Parser.builder(everything).build();
            for (int run = 0; run < 2_000; run++) {
                StringBuilder text = new StringBuilder();
                int count = 1 + random.nextInt(12);
                for (int i = 0; i < count; i++) {
                    text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
                }
                Document ours = markdown.parse(text.toString());
                Document theirs = parser.parse(text.toString());
                // A www. address is the one place Dateline writes otherwise: https://, not http:// (WebAddress).
                assertThat(markdown.render(ours, UnaryOperator.identity())).as(text.toString())
                        .isEqualTo(flexmark.render(theirs).replace("href=\"http://www.", "href=\"https://www."));
            }
        }
    }

    @Test
    void tablesRenderAsTables() {
        assertThat(html(SAFE, "| Port | Fare |\n|---|---|\n| North | 2.50 |\n")).isEqualTo("""
                <table class="table">
                <thead>
                <tr><th>Port</th><th>Fare</th></tr>
                </thead>
                <tbody>
                <tr><td>North</td><td>2.50</td></tr>
                </tbody>
                </table>
                """);
    }

    @Test
    void strikethroughRendersDel() {
        assertThat(html(SAFE, "Fares ~~rise~~ freeze.\n")).isEqualTo("<p>Fares <del>rise</del> freeze.</p>\n");
    }

    @Test
    void bareHttpsUrlsBecomeLinks() {
        assertThat(html(SAFE, "See https://example.org/fares for details.\n")).isEqualTo(
                "<p>See <a href=\"https://example.org/fares\">https://example.org/fares</a> for details.</p>\n");
    }

    @Test
    void straightQuotesBecomeTypographic() {
        assertThat(html(SAFE, "He said \"hello\" and 'bye' -- it's done...\n")).isEqualTo(
                "<p>He said &ldquo;hello&rdquo; and &lsquo;bye&rsquo; &ndash; it&rsquo;s done&hellip;</p>\n");
    }

    @Test
    void rawHtmlIsEscapedUnlessTheSiteTrustsItsAuthors() {
        String text = "Before\n\n<script>alert(1)</script>\n\nInline <b>bold</b> here.\n";

        assertThat(html(SAFE, text)).isEqualTo("""
                <p>Before</p>
                <p>&lt;script&gt;alert(1)&lt;/script&gt;</p>
                <p>Inline &lt;b&gt;bold&lt;/b&gt; here.</p>
                """);
        assertThat(html(TRUSTING, text)).isEqualTo("""
                <p>Before</p>
                <script>alert(1)</script>
                <p>Inline <b>bold</b> here.</p>
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[x](javascript:alert(1))", "[x](JavaScript:alert(1))", "[x]( javascript:alert(1))",
            "[x](vbscript:msgbox(1))", "[x](data:text/html,hi)", "[x][r]\n\n[r]: javascript:alert(1)",
            "![i](javascript:alert(1))"})
    void scriptLinksAreNeverRendered(String text) {
        for (Markdown markdown : new Markdown[] {SAFE, TRUSTING}) {
            String html = html(markdown, text + "\n");
            assertThat(html).doesNotContainIgnoringCase("javascript:").doesNotContainIgnoringCase("vbscript:")
                    .doesNotContain("href=\"data:");
        }
    }

    @Test
    void scriptAutolinkIsShownAsTextNeverAsALink() {
        for (Markdown markdown : new Markdown[] {SAFE, TRUSTING}) {
            assertThat(html(markdown, "<javascript:alert(1)>\n")).isEqualTo("<p>javascript:alert(1)</p>\n");
        }
    }

    @Test
    void suppressedLinkKeepsItsText() {
        assertThat(html(SAFE, "Click [here](javascript:alert(1)) now.\n")).isEqualTo("<p>Click here now.</p>\n");
    }

    @Test
    void topLevelHeadingsAreDemotedBelowThePagesHeadline() {
        assertThat(html(SAFE, "# Top\n\n## Sub\n\n###### Six\n")).isEqualTo("<h2>Top</h2>\n<h3>Sub</h3>\n<h6>Six</h6>\n");
    }

    @Test
    void bodyWithoutTopLevelHeadingsKeepsItsLevels() {
        assertThat(html(SAFE, "## Sub\n\n### Subsub\n")).isEqualTo("<h2>Sub</h2>\n<h3>Subsub</h3>\n");
    }

    @Test
    void headingsGetNoGeneratedIds() {
        assertThat(html(SAFE, "## Port news\n")).isEqualTo("<h2>Port news</h2>\n");
    }

    @Test
    void linkRewriterSeesLinksAndImages() {
        Document document = SAFE.parse("[Other](other.md#top) ![Photo](photo.jpg \"Dawn\")\n");

        String html = SAFE.render(document, url -> "../" + url);

        assertThat(html).isEqualTo(
                "<p><a href=\"../other.md#top\">Other</a> <img src=\"../photo.jpg\" alt=\"Photo\" title=\"Dawn\" /></p>\n");
    }

    /** "[sic]" is not a link to a file named "sic", even where the page rewrites relative links. */
    @Test
    void bracketedWordsThatNoReferenceDefinesStayText() {
        UnaryOperator<String> upTwo = url -> "../../" + url;
        for (String body : new String[] {"The [Lisbon] vision", "The [Lisbon] vision\n\n- item\n\n    code\n",
                "![photo] of [*the* summit][x]"}) {
            String html = SAFE.render(SAFE.parse(body), upTwo);
            assertThat(org.jsoup.Jsoup.parse(html).select("a, img")).as(html).isEmpty();
            assertThat(html).contains("[");
        }
        assertThat(SAFE.render(SAFE.parse("[Lisbon]\n\n[Lisbon]: lisbon.html\n"), upTwo))
                .isEqualTo("<p><a href=\"../../lisbon.html\">Lisbon</a></p>\n");
    }

    @Test
    void leadingTitleIsTakenOutOfTheDocumentOnlyWhenItIsTheHeadline() {
        Document document = SAFE.parse("# The *Title*\n\nFirst para.\n");

        assertThat(Markdown.leadingTitle(document)).isEqualTo("The Title");
        Markdown.removeLeadingTitle(document, "Another headline");
        assertThat(Markdown.leadingTitle(document)).isEqualTo("The Title");
        Markdown.removeLeadingTitle(document, "The Title");
        assertThat(SAFE.render(document, UnaryOperator.identity())).isEqualTo("<p>First para.</p>\n");
    }

    @Test
    void onlyALeadingFirstLevelHeadingIsATitle() {
        Document later = SAFE.parse("Intro.\n\n# Not first\n");
        Document second = SAFE.parse("## Level two\n\nText.\n");

        assertThat(Markdown.leadingTitle(later)).isNull();
        assertThat(Markdown.leadingTitle(second)).isNull();
        assertThat(SAFE.render(second, UnaryOperator.identity())).isEqualTo("<h2>Level two</h2>\n<p>Text.</p>\n");
    }

    @Test
    void firstParagraphTextIsPlainAndOnOneLine() {
        Document document = SAFE.parse("## Heading\n\n> quoted\n\nThe **first**\nparagraph [linked](x.md).\n\nSecond.\n");

        assertThat(Markdown.firstParagraphText(document)).isEqualTo("The first paragraph linked.");
        assertThat(Markdown.firstParagraphText(SAFE.parse("## Only a heading\n"))).isEmpty();
    }

    @Test
    void wordCountCountsEveryTableCell() {
        assertThat(Markdown.wordCount(SAFE.parse("Fares:\n\n| Port | Fare now |\n|---|---|\n| North | 2.50 |\n\nEnd.\n")))
                .isEqualTo(7);
    }

    @Test
    void wordCountCountsTheTextNotTheMarkup() {
        assertThat(Markdown.wordCount(SAFE.parse("One **two** [three](https://example.org/a-b-c).\n\n- four\n- five\n")))
                .isEqualTo(5);
    }
}
