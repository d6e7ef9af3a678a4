package org.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.dateline.model.Article;
import org.dateline.model.Correction;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.model.Publication;
import org.dateline.model.SourceFormat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleReaderTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final ArticleReader READER = new ArticleReader(ZONE, new Markdown(false));

    private static Article markdown(String path, String text) {
        ReadResult result = READER.read(path, "content/" + path, SourceFormat.MARKDOWN, text);
        assertThat(result.problems()).as("problems of %s", path).isEmpty();
        return result.article();
    }

    private static List<Problem> markdownProblems(String path, String text) {
        ReadResult result = READER.read(path, "content/" + path, SourceFormat.MARKDOWN, text);
        assertThat(result.ok()).as("%s should not be read", path).isFalse();
        assertThat(result.article()).isNull();
        return result.problems();
    }

    private static Problem onlyProblem(String path, String text) {
        List<Problem> problems = markdownProblems(path, text);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Nested
    class FrontMatterStyles {

        @Test
        void hugoFrontMatterBuildsAsItIs() {
            Article a = markdown("books/reading-list.md", """
                    ---
                    title: "Autumn reading list"
                    date: 2023-11-02T18:00:00-05:00
                    draft: false
                    description: "Ten books for long evenings"
                    categories: ["Books"]
                    tags:
                      - fiction
                      - history
                    ---

                    The list opens with a novel.
                    """);

            assertThat(a.title()).isEqualTo("Autumn reading list");
            assertThat(a.date().value().toInstant()).isEqualTo(Instant.parse("2023-11-02T23:00:00Z"));
            assertThat(a.date().timeKnown()).isTrue();
            assertThat(a.draft()).isFalse();
            assertThat(a.summary()).isEqualTo("Ten books for long evenings");
            assertThat(a.excerpt()).isEqualTo("Ten books for long evenings");
            assertThat(a.tags()).containsExactly("fiction", "history");
            assertThat(a.extra()).containsExactly(Map.entry("categories", List.of("Books")));
            assertThat(a.section()).isEqualTo("Books");
            assertThat(a.sectionSlug()).isEqualTo("books");
            assertThat(a.slug()).isEqualTo("reading-list");
            assertThat(a.format()).isEqualTo(SourceFormat.MARKDOWN);
            assertThat(a.wordCount()).isEqualTo(6);
        }

        @Test
        void jekyllFrontMatterBuildsAsItIs() {
            Article a = markdown("_posts/2024-09-12-launch.md", """
                    ---
                    layout: post
                    title: Launch day
                    date: 2024-09-12 08:15:00 +0200
                    tags: [a, b]
                    ---
                    Hello world.
                    """);

            assertThat(a.title()).isEqualTo("Launch day");
            assertThat(a.date().value().toInstant()).isEqualTo(Instant.parse("2024-09-12T06:15:00Z"));
            assertThat(a.tags()).containsExactly("a", "b");
            assertThat(a.extra()).containsExactly(Map.entry("layout", "post"));
            assertThat(a.excerpt()).isEqualTo("Hello world.");
        }

        @Test
        void quotedTagsGiveTwoTags() {
            assertThat(markdown("x.md", "---\ntitle: T\ntags: [\"A\", \"B\"]\n---\nText.\n").tags())
                    .containsExactly("A", "B");
        }

        @Test
        void blockListsAndCommaSeparatedNamesAndDuplicatesDropped() {
            Article a = markdown("x.md", """
                    ---
                    title: T
                    authors:
                      - Ana Ruiz
                      - Ben Ode
                      - Ana Ruiz
                    tags: economy, ports ,  ferries
                    aliases:
                      - /old/ferries/
                    ---
                    Text.
                    """);

            assertThat(a.authors()).containsExactly("Ana Ruiz", "Ben Ode");
            assertThat(a.tags()).containsExactly("economy", "ports", "ferries");
            assertThat(a.aliases()).containsExactly("/old/ferries/");
        }

        @Test
        void singleAuthorKey() {
            assertThat(markdown("x.md", "---\ntitle: T\nauthor: Ana Ruiz\n---\nText.\n").authors())
                    .containsExactly("Ana Ruiz");
        }

        @Test
        void quotedStringsMayHoldColonSpaceAndHash() {
            Article a = markdown("x.md", """
                    ---
                    title: "Ferries: the #1 question"
                    summary: 'Why it matters: a # of reasons'
                    dateline: "PORT: NORTH"
                    ---
                    Text.
                    """);

            assertThat(a.title()).isEqualTo("Ferries: the #1 question");
            assertThat(a.summary()).isEqualTo("Why it matters: a # of reasons");
            assertThat(a.dateline()).isEqualTo("PORT: NORTH");
        }

        @Test
        void unknownKeysAreKeptForTemplates() {
            Article a = markdown("x.md", """
                    ---
                    title: T
                    layout: wide
                    weight: 3
                    params:
                      colour: red
                    ---
                    Text.
                    """);

            assertThat(a.extra()).containsOnly(
                    Map.entry("layout", "wide"),
                    Map.entry("weight", 3),
                    Map.entry("params", Map.of("colour", "red")));
        }

        @Test
        void imageCaptionSourceAndUpdated() {
            Article a = markdown("x.md", """
                    ---
                    title: T
                    date: 2024-03-05
                    lastmod: 2024-03-06 10:00
                    image: harbour.jpg
                    caption: The harbour at dawn
                    source: City Wire
                    ---
                    Text.
                    """);

            assertThat(a.image()).isEqualTo("harbour.jpg");
            assertThat(a.caption()).isEqualTo("The harbour at dawn");
            assertThat(a.source()).isEqualTo("City Wire");
            assertThat(a.date().value()).isEqualTo(ZonedDateTime.of(2024, 3, 5, 0, 0, 0, 0, ZONE));
            assertThat(a.date().timeKnown()).isFalse();
            assertThat(a.updated().value()).isEqualTo(ZonedDateTime.of(2024, 3, 6, 10, 0, 0, 0, ZONE));
        }
    }

    @Nested
    class BadValues {

        @Test
        void tagsAsANumberNameTheTagsLine() {
            Problem p = onlyProblem("x.md", "---\ntitle: T\ntags: 5\n---\nText.\n");

            assertThat(p.file()).isEqualTo("content/x.md");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("tags should be a list of names, but is a number ('5')");
        }

        @Test
        void unreadableDateNamesTheDateLineAndTheAcceptedFormats() {
            Problem p = onlyProblem("x.md", "---\ntitle: T\nauthor: A\ndate: yesterday\n---\nText.\n");

            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("date 'yesterday' is not a date Dateline can read");
            assertThat(p.hint()).isEqualTo("Write it as " + DateParser.FORMATS + ".");
        }

        @Test
        void dateAsAListIsAProblem() {
            Problem p = onlyProblem("x.md", "---\ntitle: T\ndate: [2024-03-05]\n---\nText.\n");

            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("date should be a date, but is a list ('[2024-03-05]')");
        }

        @Test
        void malformedYamlNamesTheFileLine() {
            Problem p = onlyProblem("x.md", "---\ntitle: T\ndate: 2024-03-05\n  summary: indented\n---\nText.\n");

            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("the YAML is not valid: ");
        }

        @Test
        void duplicateKeysAreAProblem() {
            Problem p = onlyProblem("x.md", "---\ntitle: T\ntitle: U\n---\nText.\n");

            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("duplicate key title");
        }

        @Test
        void titleAsAListIsAProblemAndLeavesNoHeadline() {
            List<Problem> problems = markdownProblems("x.md", "---\ntitle: [a, b]\n---\nText.\n");

            assertThat(problems).extracting(Problem::line, Problem::message).containsExactly(
                    tuple(2, "title should be text, but is a list"),
                    tuple(1, "the article has no headline"));
        }

        @Test
        void draftThatIsNotAFlagIsAProblem() {
            Problem p = onlyProblem("x.md", "---\ntitle: T\ndraft: maybe\n---\nText.\n");

            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("draft should be true or false, but is 'maybe'");
        }

        @Test
        void everyProblemOfAFileIsReportedInOnePass() {
            List<Problem> problems = markdownProblems("x.md",
                    "---\ntitle: T\ntags: 5\ndate: yesterday\ndraft: maybe\n---\nText.\n");

            assertThat(problems).extracting(Problem::line).containsExactlyInAnyOrder(3, 4, 5);
        }

        @ParameterizedTest
        @ValueSource(strings = {"../etc", "a/b", "a\\\\b", "%2e%2e", ".."})
        void slugThatWouldLeaveItsFolderIsAProblem(String slug) {
            Problem p = onlyProblem("x.md", "---\ntitle: T\nslug: \"" + slug + "\"\n---\nText.\n");

            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("slug '").contains("' cannot be used: ");
        }

        @Test
        void slugWithASlashSaysWhy() {
            Problem p = onlyProblem("x.md", "---\ntitle: T\nslug: ../etc\n---\nText.\n");

            assertThat(p.message()).isEqualTo(
                    "slug '../etc' cannot be used: it holds a slash, which would put the page in another folder");
            assertThat(p.hint()).isEqualTo("Use plain words joined by hyphens, e.g. 'slug: ferry-fares-frozen'.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"con", "CON", "nul", "com1", "lpt9", "aux.html"})
        void windowsReservedSlugIsAProblem(String slug) {
            Problem p = onlyProblem("x.md", "---\ntitle: T\nslug: " + slug + "\n---\nText.\n");

            assertThat(p.message()).isEqualTo(
                    "slug '" + slug + "' cannot be used: '" + slug + "' is a file name Windows reserves");
        }

        @Test
        void unsafeSectionIsAProblem() {
            Problem p = onlyProblem("x.md", "---\ntitle: T\nsection: ../up\n---\nText.\n");

            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo(
                    "section '../up' cannot be used: it holds a slash, which would put the page in another folder");
        }

        @Test
        void sectionWithoutALetterIsAProblem() {
            Problem p = onlyProblem("x.md", "---\ntitle: T\nsection: \"!!\"\n---\nText.\n");

            assertThat(p.message()).isEqualTo("section '!!' has no letter or digit to make a URL from");
        }

        @Test
        void fileNameWithoutLetterOrDigitIsAProblem() {
            Problem p = onlyProblem("world/!!!.md", "---\ntitle: T\n---\nText.\n");

            assertThat(p.line()).isZero();
            assertThat(p.message()).isEqualTo("the file name gives no usable URL (it has no letter or digit)");
        }

        @Test
        void badCorrectionIsAProblem() {
            Problem p = onlyProblem("x.md", "---\ntitle: T\ncorrections:\n  - 5\n---\nText.\n");

            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("a correction should be a note with an optional date, but one is '5'");
        }
    }

    @Nested
    class Headlines {

        @Test
        void missingTitleIsTakenFromALeadingHeadingWhichLeavesTheBody() throws ProblemException {
            String text = "---\ndate: 2024-03-05\n---\n# Ferry fares frozen\n\nThe council voted on Tuesday.\n";

            Article a = markdown("x.md", text);
            String html = READER.bodyHtml(a, "content/x.md", text, UnaryOperator.identity());

            assertThat(a.title()).isEqualTo("Ferry fares frozen");
            assertThat(a.wordCount()).isEqualTo(5);
            assertThat(html).isEqualTo("<p>The council voted on Tuesday.</p>\n");
        }

        @Test
        void headingWithoutFrontMatterIsTheTitle() {
            Article a = markdown("x.md", "# Only a heading title\n\nBody.\n");

            assertThat(a.title()).isEqualTo("Only a heading title");
            assertThat(a.excerpt()).isEqualTo("Body.");
        }

        @Test
        void frontMatterTitleWinsOverTheHeading() {
            assertThat(markdown("x.md", "---\ntitle: From YAML\n---\n# From heading\n\nBody.\n").title())
                    .isEqualTo("From YAML");
        }

        @Test
        void noTitleAndNoHeadingIsAProblem() {
            Problem p = onlyProblem("x.md", "---\ndate: 2024-03-05\n---\nJust text, no heading.\n");

            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("the article has no headline");
            assertThat(p.hint()).contains("'title: \"The headline\"'").contains("'# The headline'");
        }

        @Test
        void aSecondLevelHeadingIsNotATitle() {
            assertThat(onlyProblem("x.md", "## Subheading\n\nText.\n").message()).isEqualTo("the article has no headline");
        }

        @Test
        void headlineOverFourHundredCharactersIsAProblemOnTheTitleLine() {
            String title = "word ".repeat(81).strip();
            Problem p = onlyProblem("x.md", "---\ndate: 2024-03-05\ntitle: " + title + "\n---\nText.\n");

            assertThat(title).hasSize(404);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("the headline is 404 characters long (at most 400 fit a page)");
            assertThat(p.hint()).isEqualTo("Shorten the title; put the longer text in 'summary:'.");
        }

        @Test
        void headlineOfExactlyFourHundredCharactersIsFine() {
            String title = "x".repeat(400);
            assertThat(markdown("x.md", "---\ntitle: " + title + "\n---\nText.\n").title()).hasSize(400);
        }

        @Test
        void overlongHeadingHeadlineNamesTheHeadingsLine() {
            String title = "y".repeat(401);
            Problem p = onlyProblem("x.md", "---\ndate: 2024-03-05\n---\n\n# " + title + "\n\nText.\n");

            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).isEqualTo("the headline is 401 characters long (at most 400 fit a page)");
        }
    }

    @Nested
    class EmptyFiles {

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\n\n"})
        void emptyFileIsAProblem(String text) {
            Problem p = onlyProblem("x.md", text);

            assertThat(p.line()).isZero();
            assertThat(p.message()).isEqualTo("the file is empty");
        }

        @Test
        void frontMatterWithoutTextIsAProblemWhereTheTextShouldStart() {
            Problem p = onlyProblem("x.md", "---\ntitle: T\ndate: 2024-03-05\n---\n\n");

            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).isEqualTo("the article has front matter but no text");
        }

        @Test
        void frontMatterWithASummaryNeedsNoText() {
            Article a = markdown("x.md", "---\ntitle: T\nsummary: Just a deck.\n---\n");

            assertThat(a.summary()).isEqualTo("Just a deck.");
            assertThat(a.wordCount()).isZero();
        }

        @Test
        void unclosedFrontMatterIsReportedThroughTheReader() {
            Problem p = onlyProblem("x.md", "---\ntitle: T\n\nText.\n");

            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("the front matter opened on line 1 is never closed");
        }

        @Test
        void badTomlIsReportedWithItsLine() {
            Problem p = onlyProblem("x.md", "+++\ntitle = \"T\"\ndate = = 3\n+++\nText.\n");

            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("the TOML front matter is not valid: ");
        }
    }

    @Nested
    class Identity {

        @Test
        void sectionComesFromTheFirstFolder() {
            Article a = markdown("world/x.md", "---\ntitle: T\n---\nText.\n");

            assertThat(a.section()).isEqualTo("World");
            assertThat(a.sectionSlug()).isEqualTo("world");
            assertThat(a.slug()).isEqualTo("x");
            assertThat(a.sourcePath()).isEqualTo("world/x.md");
        }

        @Test
        void hyphenatedFolderIsHumanised() {
            Article a = markdown("middle-east/talks.md", "---\ntitle: T\n---\nText.\n");

            assertThat(a.section()).isEqualTo("Middle East");
            assertThat(a.sectionSlug()).isEqualTo("middle-east");
        }

        @Test
        void fileAtTheTopHasNoSection() {
            Article a = markdown("about.md", "---\ntitle: T\n---\nText.\n");

            assertThat(a.section()).isEmpty();
            assertThat(a.sectionSlug()).isEmpty();
            assertThat(a.slug()).isEqualTo("about");
        }

        @Test
        void sectionKeyOverridesTheFolder() {
            Article a = markdown("world/x.md", "---\ntitle: T\nsection: Opinion & Analysis\n---\nText.\n");

            assertThat(a.section()).isEqualTo("Opinion & Analysis");
            assertThat(a.sectionSlug()).isEqualTo("opinion-analysis");
        }

        @Test
        void pageBundleTakesItsFoldersName() {
            Article a = markdown("world/story/index.md", "---\ntitle: T\n---\nText.\n");

            assertThat(a.slug()).isEqualTo("story");
            assertThat(a.section()).isEqualTo("World");
            assertThat(a.sectionSlug()).isEqualTo("world");
        }

        @Test
        void slugKeyIsMadeIntoASlug() {
            assertThat(markdown("world/x.md", "---\ntitle: T\nslug: Ferry Fares, Frozen\n---\nText.\n").slug())
                    .isEqualTo("ferry-fares-frozen");
        }

        @Test
        void fileNameIsMadeIntoASlug() {
            assertThat(markdown("world/Café Culture.md", "---\ntitle: T\n---\nText.\n").slug())
                    .isEqualTo("cafe-culture");
        }
    }

    @Nested
    class Metadata {

        @Test
        void correctionsAreDatedNotes() {
            Article a = markdown("x.md", """
                    ---
                    title: T
                    corrections:
                      - date: 2024-06-02
                        note: The ferry's name was misspelt.
                      - date: 2024-06-03T10:00:00Z
                        text: A figure was wrong.
                      - An undated note
                    ---
                    Text.
                    """);

            List<Correction> corrections = a.corrections();
            assertThat(corrections).extracting(Correction::note).containsExactly(
                    "The ferry's name was misspelt.", "A figure was wrong.", "An undated note");
            assertThat(corrections.get(0).date().value()).isEqualTo(ZonedDateTime.of(2024, 6, 2, 0, 0, 0, 0, ZONE));
            assertThat(corrections.get(0).date().timeKnown()).isFalse();
            assertThat(corrections.get(1).date().value().toInstant()).isEqualTo(Instant.parse("2024-06-03T10:00:00Z"));
            assertThat(corrections.get(2).date()).isNull();
        }

        @Test
        void draftFlag() {
            assertThat(markdown("x.md", "---\ntitle: T\ndraft: true\n---\nText.\n").draft()).isTrue();
            assertThat(markdown("x.md", "---\ntitle: T\ndraft: \"false\"\n---\nText.\n").draft()).isFalse();
            assertThat(markdown("x.md", "---\ntitle: T\n---\nText.\n").draft()).isFalse();
        }

        @Test
        void jekyllsPublishedFalseIsADraft() {
            assertThat(markdown("x.md", "---\ntitle: T\npublished: false\n---\nText.\n").draft()).isTrue();
            assertThat(markdown("x.md", "---\ntitle: T\npublished: \"False\"\n---\nText.\n").draft()).isTrue();
            assertThat(markdown("x.md", "---\ntitle: T\npublished: true\n---\nText.\n").draft()).isFalse();
            assertThat(markdown("x.md", "---\ntitle: T\npublished: true\ndraft: true\n---\nText.\n").draft()).isTrue();
        }

        @Test
        void aPublishedValueThatIsNotAFlagStaysInExtra() {
            Article a = markdown("x.md", "---\ntitle: T\npublished: 2024-03-05\n---\nText.\n");
            assertThat(a.draft()).isFalse();
            assertThat(a.extra()).containsKey("published");
        }

        @Test
        void embargoIsAnInstant() {
            Article a = markdown("x.md", "---\ntitle: T\nembargo: 2024-06-02 10:00\n---\nText.\n");

            assertThat(a.embargo()).isEqualTo(Instant.parse("2024-06-02T08:00:00Z"));
            assertThat(new Publication(Instant.parse("2024-06-02T07:59:59Z"), false, false).publishes(a)).isFalse();
            assertThat(new Publication(Instant.parse("2024-06-02T08:00:00Z"), false, false).publishes(a)).isTrue();
        }

        @Test
        void noDateMeansUndated() {
            Article a = markdown("x.md", "---\ntitle: T\n---\nText.\n");

            assertThat(a.date()).isNull();
            assertThat(a.isDated()).isFalse();
            assertThat(a.updated()).isNull();
            assertThat(a.embargo()).isNull();
        }

        @Test
        void summaryWinsOverDescription() {
            Article a = markdown("x.md", "---\ntitle: T\nsummary: The summary.\ndescription: The description.\n---\nBody.\n");

            assertThat(a.summary()).isEqualTo("The summary.");
            assertThat(a.excerpt()).isEqualTo("The summary.");
        }

        @Test
        void descriptionIsUsedWithoutASummary() {
            Article a = markdown("x.md", "---\ntitle: T\ndescription: The description.\n---\nBody.\n");

            assertThat(a.summary()).isEqualTo("The description.");
        }

        @Test
        void excerptIsDerivedFromTheFirstParagraphWhenNoSummaryIsGiven() {
            Article a = markdown("x.md", "---\ntitle: T\n---\n## A subheading\n\nThe *first* paragraph\nwraps here.\n\nSecond.\n");

            assertThat(a.summary()).isEmpty();
            assertThat(a.excerpt()).isEqualTo("The first paragraph wraps here.");
        }

        @Test
        void derivedExcerptIsCutAt240Characters() {
            String body = "word ".repeat(100).strip();
            Article a = markdown("x.md", "---\ntitle: T\n---\n" + body + "\n");

            assertThat(a.excerpt()).isEqualTo("word ".repeat(47) + "word…");
            assertThat(a.excerpt()).hasSize(240);
        }

        @Test
        void wordCountIsTheBodyText() {
            Article a = markdown("x.md", """
                    ---
                    title: Not counted
                    ---
                    # Not counted

                    One two *three* [four](https://example.org).

                    | five | six |
                    |------|-----|
                    | seven | eight |
                    """);

            assertThat(a.wordCount()).isEqualTo(8);
        }
    }

    @Nested
    class Wire {

        private Article wire(String path, String text) {
            ReadResult result = READER.read(path, "content/" + path, SourceFormat.WIRE, text);
            assertThat(result.problems()).isEmpty();
            return result.article();
        }

        @Test
        void wireCopyGivesTitleSourceAndAnExcerptWithoutTheCaption() {
            Article a = wire("wire/ferries.txt", WireCopyReaderTest.STORY);

            assertThat(a.format()).isEqualTo(SourceFormat.WIRE);
            assertThat(a.title()).isEqualTo("Harbour ferry fares frozen for a second year");
            assertThat(a.source()).isEqualTo("City Wire and agencies");
            assertThat(a.excerpt()).isEqualTo("The city council voted on Tuesday to keep harbour ferry fares at their"
                    + " current level until the end of next year, citing a sharp rise in the number of daily passengers.");
            assertThat(a.date()).isNull();
            assertThat(a.isDated()).isFalse();
            assertThat(a.section()).isEqualTo("Wire");
            assertThat(a.slug()).isEqualTo("ferries");
            assertThat(a.extra()).isEmpty();
            assertThat(a.wordCount()).isEqualTo(8 + 13 + 31 + 13 + 5 + 13);
        }

        @Test
        void wireHeaderFillsTheArticle() {
            Article a = wire("world/geneva.txt", """
                    Date: 2016-05-01
                    Author: A. Writer
                    Tags: diplomacy, talks
                    Dateline: GENEVA

                    Talks resume in Geneva

                    Delegates met on Monday.
                    """);

            assertThat(a.title()).isEqualTo("Talks resume in Geneva");
            assertThat(a.date().value()).isEqualTo(ZonedDateTime.of(2016, 5, 1, 0, 0, 0, 0, ZONE));
            assertThat(a.authors()).containsExactly("A. Writer");
            assertThat(a.tags()).containsExactly("diplomacy", "talks");
            assertThat(a.dateline()).isEqualTo("GENEVA");
        }

        @Test
        void headerSourceWinsOverTheClosingSourceLine() {
            Article a = wire("x.txt", "Source: Header Agency\n\nHeadline\n\nBody.\n\nSource: Closing Agency\n");

            assertThat(a.source()).isEqualTo("Header Agency");
        }

        @Test
        void badHeaderDateNamesItsLine() {
            ReadResult result = READER.read("x.txt", "content/x.txt", SourceFormat.WIRE,
                    "Author: A\nDate: yesterday\n\nHeadline\n\nBody.\n");

            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.message()).isEqualTo("date 'yesterday' is not a date Dateline can read");
            });
        }

        @Test
        void blankWireCopyIsAProblem() {
            ReadResult result = READER.read("x.txt", "content/x.txt", SourceFormat.WIRE, "\n\n");

            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo("the file is empty");
                assertThat(p.hint()).isEqualTo("Put the headline on the first line, then a blank line, then the story.");
            });
        }

        @Test
        void overlongWireHeadlineNamesItsLineAndSaysWhy() {
            String glued = "A".repeat(300) + " " + "b".repeat(200);
            ReadResult result = READER.read("x.txt", "content/x.txt", SourceFormat.WIRE,
                    "Date: 2016-05-01\n\n" + glued + "\n\nBody.\n");

            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.message()).isEqualTo("the headline is 501 characters long (at most 400 fit a page)");
                assertThat(p.hint()).startsWith("The first line of wire copy is the headline");
            });
        }

        @Test
        void wireBodyHtmlIsEscaped() throws ProblemException {
            String text = "Headline\n\nHe wrote <script>alert(\"x\")</script> today.\n";
            Article a = READER.read("x.txt", "content/x.txt", SourceFormat.WIRE, text).article();
            String html = READER.bodyHtml(a, "content/x.txt", text, UnaryOperator.identity());

            assertThat(html).isEqualTo("<p>He wrote &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; today.</p>\n");
        }
    }

    @Test
    void aLeadingHeadingThatDiffersFromTheTitleStaysInTheBody() throws ProblemException {
        String text = "---\ntitle: Ferry fares frozen\n---\n# Background\n\nThe council voted.\n";
        String html = READER.bodyHtml(markdown("x.md", text), "content/x.md", text, UnaryOperator.identity());

        assertThat(html).isEqualTo("<h2>Background</h2>\n<p>The council voted.</p>\n");
    }

    @Test
    void aLeadingHeadingThatRepeatsTheTitleIsLeftOut() throws ProblemException {
        String text = "---\ntitle: Ferry fares frozen\n---\n# Ferry fares frozen\n\nThe council voted.\n";
        String html = READER.bodyHtml(markdown("x.md", text), "content/x.md", text, UnaryOperator.identity());

        assertThat(html).isEqualTo("<p>The council voted.</p>\n");
    }

    @Test
    void markdownBodyHtmlRewritesLinks() throws ProblemException {
        String text = "---\ntitle: T\n---\n![Harbour](harbour.jpg)\n";
        String html = READER.bodyHtml(markdown("world/x.md", text), "content/world/x.md", text, url -> "../" + url);

        assertThat(html).isEqualTo("<p><img src=\"../harbour.jpg\" alt=\"Harbour\" /></p>\n");
    }

    @Test
    void aBodyNestedMoreThanAHundredLevelsIsAProblemOnItsLine() {
        String ninety = "---\ntitle: T\n---\n\nFirst.\n\n" + "> ".repeat(90) + "deep\n";
        assertThat(markdown("x.md", ninety).wordCount()).isEqualTo(2);

        for (String deep : List.of("> ".repeat(5_000) + "deep", "*a ".repeat(5_000) + "x" + " a*".repeat(5_000))) {
            Problem problem = onlyProblem("x.md", "---\ntitle: T\n---\n\nFirst.\n\n" + deep + "\n");

            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.message()).isEqualTo("the text nests quotes, lists, links or emphasis more than 100 levels"
                    + " inside one another, more than Dateline reads");
            assertThat(problem.hint()).contains("no article needs more than a few levels");
        }
    }

    @Test
    void aRunOfMoreThanThreeHundredRuleMarksIsAProblemOnItsLine() {
        String rule = "---\ntitle: T\n---\n\nFirst.\n\n" + "-".repeat(300) + "\n\n" + "* ".repeat(300) + "\n\nLast.\n";
        assertThat(markdown("x.md", rule).wordCount()).isEqualTo(2);

        for (String run : List.of("*".repeat(5_000) + "x" + "*".repeat(5_000), "- ".repeat(301), "_".repeat(301))) {
            Problem problem = onlyProblem("x.md", "---\ntitle: T\n---\n\nFirst.\n\n" + run + "\n");

            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.message()).matches("the line holds more than 300 '[*_-]' in a row, more than Dateline reads");
            assertThat(problem.hint()).isEqualTo("Three '*', '-' or '_' on a line of their own draw a rule: shorten the run.");
        }
    }

    @Nested
    class TermLimits {

        private String withTags(String tags) {
            return "---\ntitle: T\ndate: 2024-03-05\ntags: " + tags + "\n---\n\nText.\n";
        }

        private String names(int count) {
            StringBuilder list = new StringBuilder("[");
            for (int i = 0; i < count; i++) {
                list.append(i == 0 ? "" : ", ").append("t").append(i);
            }
            return list.append("]").toString();
        }

        @Test
        void aThousandTagsAreReadAndAThousandAndOneAreAProblemOnTheirLine() {
            assertThat(markdown("x.md", withTags(names(1000))).tags()).hasSize(1000).startsWith("t0", "t1");

            Problem problem = onlyProblem("x.md", withTags(names(1001)));

            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).isEqualTo("tags lists 1001 names, more than one article can carry (1000)");
            assertThat(problem.hint()).isEqualTo("Each tag is a page of its own that lists the article: keep the ones"
                    + " readers would look for.");
        }

        @Test
        void namesRepeatedInTheListCountOnce() {
            String repeated = "[" + String.join(", ", java.util.Collections.nCopies(20_000, "Harbours")) + ", Ferries]";

            assertThat(markdown("x.md", withTags(repeated)).tags()).containsExactly("Harbours", "Ferries");
        }

        @Test
        void aTagOfTwoHundredCharactersIsReadAndOneMoreIsAProblem() {
            assertThat(markdown("x.md", withTags("[" + "a".repeat(200) + "]")).tags()).containsExactly("a".repeat(200));

            Problem problem = onlyProblem("x.md", withTags("[ok, " + "a".repeat(201) + "]"));

            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).isEqualTo("tag '" + "a".repeat(40) + "…' is 201 characters long, more than"
                    + " a name can be (200)");
            assertThat(problem.hint()).isEqualTo("Shorten it: a tag is a name shown on every page that lists the article.");
        }

        @Test
        void aNameWhoseUrlPartWouldNotFitAFolderNameIsAProblem() {
            assertThat(markdown("x.md", withTags("[" + "東".repeat(80) + "]")).tags()).containsExactly("東".repeat(80));

            Problem problem = onlyProblem("x.md", withTags("[" + "東".repeat(81) + "]"));

            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).isEqualTo("tag '" + "東".repeat(40) + "…' makes a URL part of 243 bytes,"
                    + " more than a folder name holds (240)");
            assertThat(problem.hint()).contains("fits in 80 characters");
        }

        @Test
        void authorsAndTheSourceHaveTheSameLimits() {
            String authors = "---\ntitle: T\nauthors: " + names(1001) + "\n---\n\nText.\n";
            assertThat(onlyProblem("x.md", authors).message()).isEqualTo("authors lists 1001 names, more than one"
                    + " article can carry (1000)");

            String author = "---\ntitle: T\nauthor: " + "b".repeat(201) + "\n---\n\nText.\n";
            assertThat(onlyProblem("x.md", author)).extracting(Problem::line, Problem::message).containsExactly(3,
                    "author '" + "b".repeat(40) + "…' is 201 characters long, more than a name can be (200)");

            String source = "---\ntitle: T\nsource: " + "c".repeat(201) + "\n---\n\nText.\n";
            assertThat(onlyProblem("x.md", source)).extracting(Problem::line, Problem::message).containsExactly(3,
                    "source '" + "c".repeat(40) + "…' is 201 characters long, more than a name can be (200)");
        }

        @Test
        void aWireStorysHeaderHasTheSameLimits() {
            String header = "Tags: " + String.join(", ", java.util.stream.IntStream.range(0, 1001)
                    .mapToObj(i -> "t" + i).toList()) + "\n\nHeadline\n\nThe story.\n";

            ReadResult result = READER.read("x.txt", "content/x.txt", SourceFormat.WIRE, header);

            assertThat(result.problems()).extracting(Problem::line, Problem::message).containsExactly(
                    org.assertj.core.api.Assertions.tuple(1, "tags lists 1001 names, more than one article can carry (1000)"));
        }
    }
}
