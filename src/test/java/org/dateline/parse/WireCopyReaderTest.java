package org.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dateline.parse.WireStory.Paragraph;
import org.dateline.parse.WireStory.Subheading;
import org.junit.jupiter.api.Test;

class WireCopyReaderTest {

    /** The shape of agency copy: headline, a photo caption pasted twice, soft-wrapped text, a crosshead, a source line. */
    static final String STORY = """
            Harbour ferry fares frozen for a second year

            Commuters queue at the ferry terminal at dawn on Monday, March 4, 2024.
            Commuters queue at the ferry terminal at dawn on Monday, March 4, 2024.

            The city council voted on Tuesday to keep harbour ferry fares at
            their current level until the end of next year, citing a sharp rise
            in the number of daily passengers.

            "People need a reliable way to get to work," the transport chair said.

            Operators warn of rising costs

            Fuel and maintenance costs have climbed by a fifth since 2022, operators said.

            Source: City Wire and agencies
            """;

    @Test
    void readsHeadlineBodyAndSource() {
        WireStory story = WireCopyReader.read(STORY);

        assertThat(story.headline()).isEqualTo("Harbour ferry fares frozen for a second year");
        assertThat(story.headlineLine()).isEqualTo(1);
        assertThat(story.header()).isEmpty();
        assertThat(story.source()).isEqualTo("City Wire and agencies");
        assertThat(story.blocks()).containsExactly(
                new Paragraph("Commuters queue at the ferry terminal at dawn on Monday, March 4, 2024.", true),
                new Paragraph("The city council voted on Tuesday to keep harbour ferry fares at their current level"
                        + " until the end of next year, citing a sharp rise in the number of daily passengers.", false),
                new Paragraph("\"People need a reliable way to get to work,\" the transport chair said.", false),
                new Subheading("Operators warn of rising costs"),
                new Paragraph("Fuel and maintenance costs have climbed by a fifth since 2022, operators said.", false));
    }

    @Test
    void captionPastedTwiceWithoutClosingPunctuationStillAppearsOnce() {
        WireStory story = WireCopyReader.read("""
                Storm closes mountain passes

                Snow ploughs on the pass road near the border. Photograph: Ana Ruiz/Agency
                Snow ploughs on the pass road near the border. Photograph: Ana Ruiz/Agency

                Three passes were closed overnight.
                """);

        assertThat(story.blocks()).containsExactly(
                new Paragraph("Snow ploughs on the pass road near the border. Photograph: Ana Ruiz/Agency", true),
                new Paragraph("Three passes were closed overnight.", false));
    }

    @Test
    void captionRepeatedInSeparateBlocksAppearsOnce() {
        WireStory story = WireCopyReader.read("""
                Headline

                First paragraph.

                A view of the harbour

                Second paragraph.

                A view of the harbour

                Third paragraph.
                """);

        assertThat(story.blocks()).containsExactly(
                new Paragraph("First paragraph.", false),
                new Paragraph("A view of the harbour", true),
                new Paragraph("Second paragraph.", false),
                new Paragraph("Third paragraph.", false));
    }

    @Test
    void headerBlockIsReadWithItsLines() {
        WireStory story = WireCopyReader.read("""
                Date: 2016-05-01
                Author: A. Writer
                Tags: diplomacy, talks
                Dateline: GENEVA

                Talks resume in Geneva

                Delegates met on Monday.
                """);

        assertThat(story.header()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "date", "2016-05-01", "author", "A. Writer", "tags", "diplomacy, talks", "dateline", "GENEVA"));
        assertThat(story.headerLines()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "date", 1, "author", 2, "tags", 3, "dateline", 4));
        assertThat(story.headline()).isEqualTo("Talks resume in Geneva");
        assertThat(story.headlineLine()).isEqualTo(6);
        assertThat(story.blocks()).containsExactly(new Paragraph("Delegates met on Monday.", false));
    }

    @Test
    void headerKeysAreCaseInsensitive() {
        WireStory story = WireCopyReader.read("HEADLINE: Upper\nBy: Someone\n\nBody text.\n\nMore text.\n");

        assertThat(story.header()).containsOnlyKeys("headline", "by");
        assertThat(story.headline()).isEqualTo("Body text.");
    }

    @Test
    void firstLineWithAColonButNoKnownKeyIsTheHeadline() {
        WireStory story = WireCopyReader.read("Breaking: fire at the city library\n\nCrews were called at noon.\n");

        assertThat(story.header()).isEmpty();
        assertThat(story.headline()).isEqualTo("Breaking: fire at the city library");
        assertThat(story.blocks()).containsExactly(new Paragraph("Crews were called at noon.", false));
    }

    @Test
    void aHeaderBlockWithAnUnknownKeyIsNotAHeader() {
        WireStory story = WireCopyReader.read("Date: 2016-05-01\nUpdate: later\n\nBody.\n");

        assertThat(story.header()).isEmpty();
        assertThat(story.headline()).isEqualTo("Date: 2016-05-01");
        assertThat(story.blocks()).containsExactly(
                new Paragraph("Update: later", false),
                new Paragraph("Body.", false));
    }

    @Test
    void aLoneKeyValueLineIsTheHeadlineNotAHeader() {
        WireStory story = WireCopyReader.read("Title: Only a line\n");

        assertThat(story.header()).isEmpty();
        assertThat(story.headline()).isEqualTo("Title: Only a line");
        assertThat(story.blocks()).isEmpty();
    }

    @Test
    void softWrappedLinesAreJoinedAndSentenceEndsSplitParagraphs() {
        WireStory story = WireCopyReader.read("""
                Headline
                The first line of the body runs on
                  over a second line and ends here.
                A new paragraph starts after a full stop.
                """);

        assertThat(story.blocks()).containsExactly(
                new Paragraph("The first line of the body runs on over a second line and ends here.", false),
                new Paragraph("A new paragraph starts after a full stop.", false));
    }

    @Test
    void subheadingLikeLineAtTheVeryEndIsAParagraph() {
        WireStory story = WireCopyReader.read("Headline\n\nFirst paragraph.\n\nWhat comes next\n");

        assertThat(story.blocks()).containsExactly(
                new Paragraph("First paragraph.", false),
                new Paragraph("What comes next", false));
    }

    @Test
    void shortLineStraightAfterTheHeadlineIsAParagraph() {
        WireStory story = WireCopyReader.read("Headline\n\nBy our reporter\n\nFirst paragraph.\n\nSecond paragraph.\n");

        assertThat(story.blocks()).first().isEqualTo(new Paragraph("By our reporter", false));
    }

    @Test
    void longLineWithoutPunctuationIsNotASubheading() {
        String longLine = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen";
        WireStory story = WireCopyReader.read("Headline\n\nFirst.\n\n" + longLine + "\n\nLast.\n");

        assertThat(story.blocks()).containsExactly(
                new Paragraph("First.", false),
                new Paragraph(longLine, false),
                new Paragraph("Last.", false));
    }

    @Test
    void looksLikeSubheadingRules() {
        assertThat(WireCopyReader.looksLikeSubheading("Operators warn of rising costs")).isTrue();
        assertThat(WireCopyReader.looksLikeSubheading("Operators warn of rising costs.")).isFalse();
        assertThat(WireCopyReader.looksLikeSubheading("Is this a question?")).isFalse();
        assertThat(WireCopyReader.looksLikeSubheading("He said: “no”")).isFalse();
        assertThat(WireCopyReader.looksLikeSubheading("x".repeat(101))).isFalse();
    }

    @Test
    void sourceLineOnlyCountsAtTheEnd() {
        WireStory story = WireCopyReader.read("Headline\n\nSource: officials at the port.\n\nLast paragraph.\n");

        assertThat(story.source()).isEmpty();
        assertThat(story.blocks()).containsExactly(
                new Paragraph("Source: officials at the port.", false),
                new Paragraph("Last paragraph.", false));
    }

    @Test
    void sourcesPluralIsASourceLineToo() {
        WireStory story = WireCopyReader.read("Headline\n\nBody.\n\nsources: Agencies\n");

        assertThat(story.source()).isEqualTo("Agencies");
        assertThat(story.blocks()).containsExactly(new Paragraph("Body.", false));
    }

    @Test
    void blankTextHasAnEmptyHeadline() {
        WireStory story = WireCopyReader.read("\n  \n\n");

        assertThat(story.headline()).isEmpty();
        assertThat(story.headlineLine()).isZero();
        assertThat(story.blocks()).isEmpty();
        assertThat(story.source()).isEmpty();
    }

    @Test
    void htmlRendersSubheadingsCaptionsAndEscapesEverything() {
        String html = WireHtml.render(WireCopyReader.read(STORY).blocks());

        assertThat(html).isEqualTo("""
                <p class="wire-caption">Commuters queue at the ferry terminal at dawn on Monday, March 4, 2024.</p>
                <p>The city council voted on Tuesday to keep harbour ferry fares at their current level until the end \
                of next year, citing a sharp rise in the number of daily passengers.</p>
                <p>&quot;People need a reliable way to get to work,&quot; the transport chair said.</p>
                <h2>Operators warn of rising costs</h2>
                <p>Fuel and maintenance costs have climbed by a fifth since 2022, operators said.</p>
                """);
    }

    @Test
    void htmlEscapesMarkupAndQuotes() {
        String html = WireHtml.render(WireCopyReader.read(
                "Headline\n\nHe typed <script>alert('x')</script> & \"left\".\n").blocks());

        assertThat(html).isEqualTo(
                "<p>He typed &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;left&quot;.</p>\n");
        assertThat(html).doesNotContain("<script>");
    }
}
