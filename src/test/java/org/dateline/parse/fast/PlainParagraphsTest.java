package org.dateline.parse.fast;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.dateline.parse.Markdown;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainParagraphsTest {

    private static final Markdown MARKDOWN = new Markdown(false);
    /** Flexmark's parser and renderer alone: what the fast paths must give the same bytes as. */
    private static final Markdown FLEXMARK_ONLY = new Markdown(false, false);

    private static String html(String body) {
        PlainParagraphs plain = PlainParagraphs.read(body);
        return plain == null ? null : plain.html(UnaryOperator.identity());
    }

    @Test
    void writesParagraphsWithTypographicQuotesDashesAndEllipses() {
        assertThat(html("\n\"It's 'fine',\" he said -- twice... or . . . thrice --- no.\nNext line.\n\n\n2010 was 'the' year's end\n"))
                .isEqualTo("<p>&ldquo;It&rsquo;s &lsquo;fine&rsquo;,&rdquo; he said &ndash; twice&hellip; or &hellip; thrice &mdash; no.\n"
                        + "Next line.</p>\n<p>2010 was &lsquo;the&rsquo; year&rsquo;s end</p>\n");
    }

    @Test
    void anAmpersandThatStartsNoEntityIsText() {
        assertThat(html("AT&T and M & S: 'Q&A'\n")).isEqualTo("<p>AT&amp;T and M &amp; S: &lsquo;Q&amp;A&rsquo;</p>\n");
    }

    @Test
    void quotesThatPairWithNothingStayAsFlexmarkLeavesThem() {
        assertThat(html("a \"b c\n")).isEqualTo("<p>a &quot;b c</p>\n");
        assertThat(html("rock 'n' roll, the '90s, ''two'' and \"\"\n"))
                .isEqualTo("<p>rock &lsquo;n&rsquo; roll, the &rsquo;90s, &lsquo;&lsquo;two&rsquo;&rsquo; and &quot;&quot;</p>\n");
    }

    @Test
    void knowsTheTextOfItsParagraphs() {
        PlainParagraphs plain = PlainParagraphs.read("\n\nFirst  \"para\"\nline two.\n\nSecond one.\n");
        assertThat(plain.firstParagraphText()).isEqualTo("First \"para\" line two.");
        assertThat(plain.wordCount()).isEqualTo(6);
        assertThat(plain.firstBlockLine()).isEqualTo(2);
        assertThat(plain.leadingTitle()).isNull();
        assertThat(PlainParagraphs.read("").html(UnaryOperator.identity())).isEmpty();
        assertThat(PlainParagraphs.read("\n  \n").wordCount()).isZero();
    }

    @Test
    void leavesAnythingButPlainParagraphsToFlexmark() {
        for (String body : new String[] {"# Head\n", "a *b*\n", "a_b\n", "`c`\n", "~~x~~\n", "[sic]\n", "a <b>\n", "a > b\n",
                "&amp;\n", "&#233;\n", "&copy; 2005\n", "&x1;\n", "a | b\n", "mail a@b.org\n", "see https://x.org\n", "www.x.org\n", "a\\b\n", "  indented\n",
                "\tx\n", "trailing  \n", "a\r\nb\n", "- item\n", "+ item\n", "1. one\n", "2010) x\n", "Head\n===\n",
                "Head\n---\n", "x\u00a0\n", "\u2003x\n", "\u0000\n"}) {
            assertThat(PlainParagraphs.read(body)).as(body).isNull();
        }
    }

    /**
     * Runs that pair more than once, runs used as a closer and then as an opener, quotes beside
     * symbols that are neither punctuation nor letters, and quotes left between a pair.
     */
    @Test
    void pairsTheTrickyRunsAsFlexmarkDoes() {
        for (String body : new String[] {"\"a x\"\"© b\"\n", "\"\"a\"\"\n", "\"a\"b\"c\"\n", "'a \"b' c\"\n",
                "x'''y 'z'\n", "\"a 'b\" c'\n", "'\"a\"'\n", "€\"a\"€ and \"\"€b\"\n", "\"one\ntwo\"\n\n'three\n\nfour'\n"}) {
            assertSameAsFlexmark(body);
        }
    }

    private static void assertSameAsFlexmark(String body) {
        PlainParagraphs plain = PlainParagraphs.read(body);
        assertThat(plain).as(body).isNotNull();
        Document document = MARKDOWN.parse(body);
        assertThat(plain.leadingTitle()).as(body).isEqualTo(Markdown.leadingTitle(document));
        assertThat(plain.firstBlockLine()).as(body)
                .isEqualTo(document.getFirstChild() == null ? 0 : document.getFirstChild().getLineNumber());
        assertThat(plain.wordCount()).as(body).isEqualTo(Markdown.wordCount(document));
        assertThat(plain.firstParagraphText()).as(body).isEqualTo(Markdown.firstParagraphText(document));
        assertThat(plain.html(UnaryOperator.identity())).as(body)
                .isEqualTo(FLEXMARK_ONLY.render(document, UnaryOperator.identity()));
    }

    /**
     * On random bodies of paragraphs — quotes and apostrophes in every position, runs of them,
     * Unicode punctuation and spaces beside them, dots and dashes, line breaks and blank lines, and
     * now and then something that is markup — every body read as plain paragraphs must give the
     * HTML, words, first paragraph and first line Flexmark gives, and most bodies must be read so.
     */
    @Test
    void givesWhatFlexmarkGivesOnRandomBodies() {
        String[] pieces = {"word", "Word", "x9", "42", "é", "Ünïcode", "中文", "'", "'", "'", "\"", "\"", "\"", "''", "\"\"", "'''",
                "'\"", "\"'", ".", "..", "...", "....", ". . .", ". .", "-", "--", "---", "----", ",", "!", "?", "(", ")", ":",
                ";", "/", "%", "$", "#", "=", "+", "^", "{", "}", "’", "“", "”", "—", "–", "«", "»", "…", "\u2009", "\u00a0",
                "&", "&", "AT&T", "Q&A;", "&amp", "&x y;", "¿", "§", "😀", "©", "€", "°", "±", " ", " ", " ", "  ", "\n", "\n", "\n\n", "\n  \n", "\n\n\n",
                // markup, which Flexmark must read
                "*", "_", "[", "&", "<", "\n# ", "\n- ", "\n1. ", "\n  "};
        Random random = new Random(11);
        int taken = 0;
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(30);
            for (int i = 0; i < count; i++) {
                int piece = random.nextInt(random.nextInt(20) == 0 ? pieces.length : pieces.length - 9);
                text.append(pieces[piece]);
            }
            String body = text.toString();
            if (PlainParagraphs.read(body) != null) {
                taken++;
                assertSameAsFlexmark(body);
            }
        }
        assertThat(taken).as("bodies read as plain paragraphs").isGreaterThan(8_000);
    }
}
