package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

class HtmlTest {

    @Test
    void escapesTheFiveMarkupCharacters() {
        assertThat(Html.escape("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    }

    @Test
    void textWithNothingToEscapeIsReturnedAsItIs() {
        String text = "Kerry met Lavrov in Genève — “at last”";
        assertThat(Html.escape(text)).isSameAs(text);
        assertThat(Html.escape("")).isEmpty();
    }

    @Test
    void appendsToABuilder() {
        StringBuilder out = new StringBuilder("x=");
        Html.escape("1<2", out);
        assertThat(out).hasToString("x=1&lt;2");
    }

    /** The templates' autoescaping used Pebble's html strategy: pages must keep the same bytes. */
    @Test
    void givesTheSameTextAsPebblesOwnHtmlStrategy() {
        Random random = new Random(22);
        String alphabet = "ab <>&\"'é—\u00a0\n\t;#x0123";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(20) == 0
                        ? Character.toChars(0x1F600 + random.nextInt(40))
                        : new char[] {alphabet.charAt(random.nextInt(alphabet.length()))});
            }
            String input = text.toString();
            assertThat(Html.escape(input)).as(input).isEqualTo(HtmlEscape.escapeHtml4Xml(input));
        }
    }
}
