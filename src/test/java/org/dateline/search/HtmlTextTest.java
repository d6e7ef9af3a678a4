package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

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
}
