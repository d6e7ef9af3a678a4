package org.dateline.parse.fast;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.dateline.parse.Markdown;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProseHtmlTest {

    private static final Markdown MARKDOWN = new Markdown(false);
    /** Flexmark's parser and renderer alone: what the fast paths must give the same bytes as. */
    private static final Markdown FLEXMARK_ONLY = new Markdown(false, false);

    /** Relative links move up two folders, as on a page two levels deep; one address turns into a script. */
    private static final UnaryOperator<String> REWRITER =
            url -> url.equals("evil") ? "javascript:alert(1)" : url.contains(":") ? url : "../../" + url;

    private static String prose(String markdown) {
        Document document = MARKDOWN.parse(markdown);
        return ProseHtml.write(document, REWRITER);
    }

    @Test
    void writesProseAsFlexmarkDoes() {
        assertThat(prose("# Head\n\nOne *two* **three** ~~four~~ `five  six`.\nSeven  \nEight\n\n> \"Nine\" -- ten...\n\n---\n"))
                .isEqualTo("""
                        <h1>Head</h1>
                        <p>One <em>two</em> <strong>three</strong> <del>four</del> <code>five six</code>.
                        Seven<br />
                        Eight</p>
                        <blockquote>
                        <p>&ldquo;Nine&rdquo; &ndash; ten&hellip;</p>
                        </blockquote>
                        <hr />
                        """);
    }

    @Test
    void linksAreRewrittenAndEscaped() {
        assertThat(prose("See [the *map*](maps/a.png \"A & B\") and [x](evil) and [y](https://x.org/?a=1&b=2).\n"))
                .isEqualTo("<p>See <a href=\"../../maps/a.png\" title=\"A &amp; B\">the <em>map</em></a> and "
                        + "<a href=\"./javascript:alert(1)\">x</a> and <a href=\"https://x.org/?a=1&amp;b=2\">y</a>.</p>\n");
    }

    @Test
    void leavesAnythingButProseToFlexmark() {
        for (String body : new String[] {"3. third\n", "| a | b |\n|---|---|\n| 1 | 2 |\n", "    code\n",
                "```\nfenced\n```\n", "<div>raw</div>\n", "a <b>raw</b> inline\n", "![pic](p.jpg)\n",
                "[ref]\n\n[ref]: https://x.org/\n", "see https://x.org/ now\n", "mail a@b.org\n",
                "[x](javascript:alert(1))\n"}) {
            assertThat(prose(body)).as(body).isNull();
        }
    }

    /**
     * On random bodies of prose, with the markup, escapes, entities, quotes and line breaks that trip a
     * writer up, and with things only Flexmark writes, every body this writer takes must come out as
     * Flexmark's renderer writes it, and most bodies made only of prose pieces must be taken.
     */
    @Test
    void writesWhatFlexmarkWritesOnRandomBodies() {
        String[] pieces = {"word", "two words", "a < b > c", "\"quoted\"", "'single'", "don't", "&", "&amp;", "&copy;",
                "&#233;", "&#x27;", "&bogus;", "\\*", "\\\\", "\\&", "\\[", "*emph*", "**strong**", "***both***",
                "*a **b** c*", "_under_", "`code <x>`", "`` a  ` b ``", "~~gone~~", "~single~", "--", "---", "...",
                "<<", ">>", "é ü 😀", "\t", "   ", "\n", "\n\n", "  \n", "\n   indented", "\n\t tabbed", "\\\n",
                "\n> quote \"q\"\n", "\n> > deep\n", ">", "\n## Head <h>\n", "\n# Top\n", "\nSetext\n===\n",
                "\nSub\n---\n", "\n***\n", "\n#\n", "[link \"t\"](https://x.org/a?b=1&c=2 \"title\")", "[rel](a/b.html)",
                "[evil](evil)", "[empty]()", "[esc](a\\)b 'it''s')", "[t](<a b> (paren))", "[*x*](y \"&amp;\")",
                "[unclosed", "]", "*", "_", "`", "~~", "[1]", "[sic]", "[*a* b]", "[a\\]b]", "[]", "[x][y]", "[x][]", "[evil]", "[rel.html]",
                "\n- item\n", "\n* one\n* two\n", "\n- a\n\n- b\n", "\n1. first\n2. second\n",
                "\n- a\n  - nested\n", "\n- [ ] task\n", "\n-\n", "\n- > quoted\n", "\n1) x\n",
                // from here on, what only Flexmark writes
                "\n2. two\n", "| a |", "<span>raw</span>", "![pic](p.jpg)",
                "<https://x.org/>", "www.example.org"};
        Random random = new Random(7);
        int taken = 0;
        int proseOnly = 0;
        for (int run = 0; run < 6_000; run++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(14);
            boolean onlyProse = true;
            for (int i = 0; i < count; i++) {
                int piece = random.nextInt(pieces.length);
                onlyProse &= piece < pieces.length - 6;
                text.append(pieces[piece]).append(random.nextBoolean() ? " " : "");
            }
            Document ours = MARKDOWN.parse(text.toString());
            Document theirs = MARKDOWN.parse(text.toString());
            String expected = FLEXMARK_ONLY.render(theirs, REWRITER);
            String written = MARKDOWN.render(ours, REWRITER);
            assertThat(written).as(text.toString()).isEqualTo(expected);
            boolean prose = ProseHtml.write(MARKDOWN.parse(text.toString()), REWRITER) != null;
            taken += prose ? 1 : 0;
            proseOnly += onlyProse ? 1 : 0;
        }
        // prose pieces can still add up to an indented code block or inline HTML ("<h>" after a "#")
        assertThat(taken).as("bodies written without Flexmark's renderer").isGreaterThan(proseOnly * 8 / 10);
    }
}
