package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void blocksBecomeLinesAndInlineTagsVanish() {
        assertThat(HtmlText.of("<h2>Talks</h2>\n<p>Kerry <em>met</em> Lavrov in <a href=\"x\">Geneva</a>.</p><ul><li>one</li><li>two</li></ul>"))
                .isEqualTo("Talks\nKerry met Lavrov in Geneva.\none\ntwo");
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(HtmlText.of("<p>Fish &amp; chips &lt;3 &#8212; caf&eacute; &#x41;&nbsp;B</p>"))
                .isEqualTo("Fish & chips <3 \u2014 caf&eacute; A B");
    }

    @Test
    void scriptsAndStylesAreNotText() {
        assertThat(HtmlText.of("<p>a</p><script>var x = '<p>';</script><style>p{}</style><p>b</p>")).isEqualTo("a\nb");
    }

    @Test
    void whiteSpaceIsCollapsedAndLinesStrippedAsBefore() {
        assertThat(HtmlText.of("<p>  a \t\r b&nbsp;&nbsp;</p>\n\n<p>\u2003 c \u2003</p><p> </p>x\u2003 y"))
                .isEqualTo("a b\nc\nx\u2003 y");
        assertThat(HtmlText.of("<p>one&#10;two</p>")).isEqualTo("one\ntwo");
        assertThat(HtmlText.of("")).isEmpty();
        assertThat(HtmlText.of(" \n <br> ")).isEmpty();
    }

    /** The one-pass writer against the split, regular expression and strip it replaced, on random text. */
    @Test
    void sameTextAsSplitRegexAndStripOnRandomInput() {
        Random random = new Random(22);
        String[] pieces = {"a", "Kerry", " ", "  ", "\t", "\r", "\n", "\u00a0", "&nbsp;", "\u2003", "\u2028", "\u001c",
            "\u000b", "\f", "<p>", "</p>", "<br>", "<em>", "</em>", "&amp;", "&#10;", "é", "\u3000", ".", "<li>"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder html = new StringBuilder();
            int length = random.nextInt(30);
            for (int k = 0; k < length; k++) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            String input = html.toString();
            assertThat(HtmlText.of(input)).as("%s", input.replace("\n", "\\n")).isEqualTo(asBefore(input));
        }
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");

    /** HtmlText as it was written before: the tags and entities, then each line's spaces by a regular expression. */
    private static String asBefore(String html) {
        // The raw text: tags that make blocks are line breaks, entities decoded, as HtmlText.of reads them.
        String raw = html.replace("<p>", "\n").replace("</p>", "\n").replace("<br>", "\n").replace("<li>", "\n")
                .replace("<em>", "").replace("</em>", "").replace("&nbsp;", "\u00a0").replace("&amp;", "&")
                .replace("&#10;", "\n");
        StringBuilder out = new StringBuilder();
        for (String line : raw.split("\n")) {
            String clean = SPACES.matcher(line).replaceAll(" ").strip();
            if (!clean.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(clean);
            }
        }
        return out.toString();
    }
}
