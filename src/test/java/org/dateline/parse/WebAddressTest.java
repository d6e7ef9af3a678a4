package org.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebAddressTest {

    /** A page's rewriter as the build has it: anything relative is made relative to the page's folder. */
    private static final UnaryOperator<String> FROM_PAGE = url -> url.contains("://") ? url : "../" + url;

    private static String html(boolean fastPaths, String body) {
        Markdown markdown = new Markdown(false, fastPaths);
        return markdown.read(body).html(FROM_PAGE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "www.arsenal.com                 | https://www.arsenal.com",
            "WWW.Arsenal.com/tickets?x=1     | https://WWW.Arsenal.com/tickets?x=1",
            "example.com/path                | https://example.com/path",
            "news.bbc.co.uk/sport/football   | https://news.bbc.co.uk/sport/football",
            "example.org                     | https://example.org",
            "photo.jpg                       | photo.jpg",
            "other.md                        | other.md",
            "../world/story.md#top           | ../world/story.md#top",
            "/about/                         | /about/",
            "mailto:desk@example.com         | mailto:desk@example.com",
            "https://example.com/            | https://example.com/",
            "report.pdf                      | report.pdf"})
    void linkTargetsThatNameAnotherSiteGetAScheme(String url, String expected) {
        assertThat(WebAddress.withScheme(url)).isEqualTo(expected);
    }

    @Test
    void aBareWwwAddressInTheTextLinksToThatSite() {
        for (boolean fast : new boolean[] {true, false}) {
            assertThat(html(fast, "Tickets at www.arsenal.com from Monday.\n"))
                    .isEqualTo("<p>Tickets at <a href=\"https://www.arsenal.com\">www.arsenal.com</a> from Monday.</p>\n");
        }
    }

    @Test
    void aHostWithAPathInTheTextLinksToThatSite() {
        for (boolean fast : new boolean[] {true, false}) {
            assertThat(html(fast, "The list is at example.com/fixtures/2024, says the club.\n"))
                    .isEqualTo("<p>The list is at <a href=\"https://example.com/fixtures/2024\">example.com/fixtures/2024</a>,"
                            + " says the club.</p>\n");
        }
    }

    @Test
    void aLinkWrittenWithoutSchemeIsNotRelative() {
        assertThat(html(true, "See [the club](www.arsenal.com/news).\n"))
                .isEqualTo("<p>See <a href=\"https://www.arsenal.com/news\">the club</a>.</p>\n");
    }

    @Test
    void companyNamesCodeAndFileLinksAreLeftAlone() {
        assertThat(html(true, "Amazon.com said on Monday that sales rose.\n"))
                .isEqualTo("<p>Amazon.com said on Monday that sales rose.</p>\n");
        assertThat(html(true, "Run `curl example.com/api` to see.\n"))
                .isEqualTo("<p>Run <code>curl example.com/api</code> to see.</p>\n");
        assertThat(html(true, "![The ferry](ferry.jpg) and [the vote](vote.md)\n"))
                .isEqualTo("<p><img src=\"../ferry.jpg\" alt=\"The ferry\" /> and <a href=\"../vote.md\">the vote</a></p>\n");
        assertThat(html(true, "Mail desk@example.com/today or see 24/7 cover.\n")).doesNotContain("https://");
    }

    @Test
    void aLongWordDoesNotHideTheAddressesAfterIt() {
        String body = "a/b. " + "x".repeat(200_000) + " and example.com/x\n";

        assertThat(html(true, body)).contains("<a href=\"https://example.com/x\">example.com/x</a>");
    }

    @Test
    void bodiesWithoutAPathAfterADomainAreNotSearched() {
        assertThat(WebAddress.mayBeInText("Sales rose 3.5% in 2024/25, and/or fell. See page 12/3.")).isFalse();
        assertThat(WebAddress.mayBeInText("Amazon.com said so. Details at BBC.CO.UK/news today.")).isTrue();
        assertThat(WebAddress.mayBeInText("the ferry.online/timetable and more")).isTrue();
    }

    @Test
    void theQuickTestSaysWhatThePatternSaysOfAnyText() {
        String[] pieces = {"a", "Z", "7", ".", "/", " ", "com", "co", "uk", "news", "online", "jpg", "md", "www", "-",
            "@", ":", "_", "é", "\u212a", "dk", "example", "?", "#", "\n", "x.y", "a.b/"};
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261204);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(10); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(WebAddress.mayBeInText(text.toString())).as(text.toString())
                    .isEqualTo(WebAddress.IN_TEXT.matcher(text).find());
        }
    }
}
