package org.dateline.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.model.SourceFormat;
import org.dateline.parse.ArticleReader;
import org.dateline.parse.FrontMatter;
import org.dateline.parse.FrontMatterSplitter;
import org.dateline.parse.Markdown;
import org.dateline.parse.ReadResult;
import org.dateline.parse.WireCopyReader;
import org.dateline.parse.WireStory;
import org.dateline.text.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Property tests (jqwik) of the readers: for any text at all they give a result or a problem a
 * person can act on, never an exception, and what they give obeys the readers' own rules. The
 * inputs that once broke them are kept as {@link Example}s at the end.
 */
class ParseFuzzTest {

    private static final String FILE = "content/world/story.md";
    private static final ArticleReader READER = new ArticleReader(ZoneId.of("Europe/Paris"), new Markdown(false));
    private static final Pattern SOURCE_LINE = Pattern.compile("(?is)^sources?:.*"); // a line may hold U+2028

    // --- (a) FrontMatterSplitter.split ---

    @Property(tries = 5000)
    void splitGivesPartsOfTheTextInOrderOrAProblem(@ForAll("frontMatterText") String text) {
        checkSplit(text);
    }

    private static void checkSplit(String text) {
        FrontMatter parts;
        try {
            parts = FrontMatterSplitter.split(text, FILE);
        } catch (ProblemException e) {
            assertThat(e.problems()).isNotEmpty();
            for (Problem problem : e.problems()) {
                assertThat(problem.file()).isEqualTo(FILE);
                assertThat(problem.line()).isGreaterThanOrEqualTo(1);
                assertThat(problem.message()).isNotBlank();
                assertThat(problem.hint()).isNotBlank();
            }
            return;
        }
        String yaml = parts.yaml();
        String body = parts.body();
        assertThat(text).endsWith(body);
        int bodyStart = text.length() - body.length();
        if (parts.kind() == FrontMatter.Kind.JSON) {
            assertThat(text).startsWith(parts.yaml());
            assertThat(parts.yaml()).startsWith("{").endsWith("}");
        } else if (parts.present()) {
            assertThat(parts.yamlFirstLine()).isEqualTo(2);
            // The front matter starts on the line after the opening fence and ends before the body.
            int yamlStart = text.indexOf('\n') + 1;
            assertThat(yamlStart).isPositive();
            assertThat(text.startsWith(yaml, yamlStart)).as("the YAML is the text after the first line").isTrue();
            assertThat(yamlStart + yaml.length()).isLessThanOrEqualTo(bodyStart);
            assertThat(text.substring(0, yamlStart).stripTrailing()).isEqualTo(parts.kind() == FrontMatter.Kind.TOML ? "+++" : "---");
        } else {
            assertThat(parts.yamlFirstLine()).isZero();
            assertThat(yaml).isEmpty();
            assertThat(body).isEqualTo(text);
        }
        // The body's first line is the line it starts on; an empty body after a closing fence that ends
        // the file without a line break is on the line after the fence.
        long linesBefore = text.substring(0, bodyStart).chars().filter(c -> c == '\n').count();
        boolean afterLastLine = parts.present() && body.isEmpty() && !text.endsWith("\n");
        assertThat(parts.bodyFirstLine()).isEqualTo(linesBefore + (afterLastLine ? 2 : 1));
    }

    @Provide
    Arbitrary<String> frontMatterText() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("---\n", "\n---\n", "---", "--- \n", "----\n", "...\n", "\n...", "+++", "+++\n",
                        "\r", "\r\n", "\n", "\n\n", "title: x\n", "date: 2024-03-05\n", "é", "東京", "😀",
                        "\u2028", "\uFEFF", "\u0000", " ", "\t", "#", ":", "\"", "'"),
                Arbitraries.strings().all().ofMaxLength(6));
        Arbitrary<String> joined = fragment.list().ofMaxSize(20).map(list -> String.join("", list));
        return Arbitraries.oneOf(
                joined,
                joined.map(s -> "---\n" + s),
                joined.map(s -> "---" + s),
                joined.map(s -> "+++" + s),
                Arbitraries.strings().all().ofMaxLength(120));
    }

    // --- (b) WireCopyReader.read ---

    @Property(tries = 5000)
    void wireCopyIsAlwaysReadByItsRules(@ForAll("wireText") String text) {
        checkWire(text);
    }

    private static void checkWire(String text) {
        WireStory story = WireCopyReader.read(text);
        List<String> lines = Arrays.asList(text.split("\n", -1));
        String headline = story.headline();
        if (!headline.isEmpty()) {
            assertThat(headline).isEqualTo(headline.strip());
            assertThat(lines).as("the headline is a line of the text").anySatisfy(
                    line -> assertThat(line.strip()).isEqualTo(headline));
            assertThat(story.headlineLine()).isBetween(1, lines.size());
            assertThat(lines.get(story.headlineLine() - 1).strip()).isEqualTo(headline);
        } else {
            assertThat(story.blocks()).isEmpty();
        }
        for (WireStory.Block block : story.blocks()) {
            assertThat(block.text()).as("block %s", block).isNotBlank();
        }
        if (!story.source().isEmpty()) {
            assertThat(lines).as("the source came from a 'Source:' line").anySatisfy(line -> {
                assertThat(line.strip()).matches(SOURCE_LINE);
                assertThat(line).contains(story.source());
            });
        }
        story.header().forEach((key, value) -> {
            int line = story.headerLines().get(key);
            assertThat(lines.get(line - 1)).contains(value);
        });
        assertThat(WireCopyReader.read(text)).as("deterministic").isEqualTo(story);
    }

    @Provide
    Arbitrary<String> wireText() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("\n", "\n\n", "\n \n", " ", "\t", "Date: 2024-03-05\n", "Source: Agency\n",
                        "\nSource: Agency", "sources: x", "Source:", "Title: T\n", "By: A\n", "Keywords: a, b\n",
                        "Headline\n", "A sentence.\n", "A sentence.", "Subheading\n", "Caption line\nCaption line\n",
                        ".", "!", "?", "\"", "”", "…", ":", "é", "東京", "\u2028", "\u00A0", "\r", "\u0000", "😀"),
                Arbitraries.strings().all().ofMaxLength(8));
        return Arbitraries.oneOf(
                fragment.list().ofMaxSize(30).map(list -> String.join("", list)),
                Arbitraries.strings().all().ofMaxLength(150));
    }

    // --- (c) Slugs.of ---

    @Property(tries = 10000)
    void slugsAreSafeTidyLowerCaseAndIdempotent(@ForAll("names") String name) {
        checkSlug(name);
    }

    private static void checkSlug(String name) {
        String slug = Slugs.of(name);
        assertThat(slug).doesNotContain("/", "\\", ".", "%", "--");
        assertThat(slug.codePoints().filter(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT)).isEmpty();
        assertThat(slug).doesNotStartWith("-").doesNotEndWith("-");
        assertThat(Slugs.of(slug)).as("idempotent").isEqualTo(slug);
        assertThat(slug).isEqualTo(slug.toLowerCase(Locale.ROOT));
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("Café", "ÉCOLE", "Straße", "ẞ", "İstanbul", "ı", "ΣΊΣΥΦΟΣ", "ﬁnance", "Ĳssel", "ǅ",
                        "ŉ", "Ω", "K", "Å", "東京", "한국", "Ελλάδα", "Москва", "١٢٣", "½", "²", "Ⅻ", "ﷺ", "㈱", "👩‍💻",
                        "..", ".", "/", "\\", "%2e", "%2F", "%", "-", "--", "_", " ", "\t", "\n", "\u0000", "\u200B",
                        "\u200D", "\u00AD", "\uFEFF", "\u2028", "'", "’", "\u0301", "\u20DD", "\uD800", "\uDC00"),
                Arbitraries.strings().all().ofMaxLength(5));
        return Arbitraries.oneOf(
                fragment.list().ofMaxSize(8).map(list -> String.join("", list)),
                Arbitraries.strings().all().ofMaxLength(40));
    }

    // --- (d) ArticleReader.read ---

    @Property(tries = 3000, shrinking = ShrinkingMode.BOUNDED)
    void anyMarkdownArticleIsReadOrRefusedNeverBoth(@ForAll("markdownArticles") String text,
                                                    @ForAll("sourcePaths") String path) {
        checkArticle(path, SourceFormat.MARKDOWN, text);
    }

    @Property(tries = 2000, shrinking = ShrinkingMode.BOUNDED)
    void anyWireArticleIsReadOrRefusedNeverBoth(@ForAll("wireText") String text) {
        checkArticle("world/story.txt", SourceFormat.WIRE, text);
    }

    private static void checkArticle(String path, SourceFormat format, String text) {
        String file = "content/" + path;
        List<String> urls = new ArrayList<>();
        ReadResult result = READER.read(path, file, format, text, article -> url -> {
            urls.add(url);
            return url;
        });
        assertThat(result.article() == null).as("an article or problems").isEqualTo(!result.problems().isEmpty());
        if (result.ok()) {
            Article article = result.article();
            assertThat(result.bodyHtml()).isNotNull();
            assertThat(article.title()).isNotBlank();
            assertThat(article.title().length()).isLessThanOrEqualTo(400);
            assertThat(article.slug()).isNotEmpty().isEqualTo(Slugs.of(article.slug()));
            assertThat(article.sectionSlug()).isEqualTo(Slugs.of(article.sectionSlug()));
            for (Element element : Jsoup.parseBodyFragment(result.bodyHtml()).select("[href], [src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                assertThat(HostileTextTest.isScriptOrDataUrl(url)).as("%s in %s", url, result.bodyHtml()).isFalse();
            }
            assertThat(Jsoup.parseBodyFragment(result.bodyHtml()).select("script, iframe, [onclick], [onerror]"))
                    .isEmpty();
        } else {
            for (Problem problem : result.problems()) {
                assertThat(problem.file()).isEqualTo(file);
                assertThat(problem.line()).isGreaterThanOrEqualTo(0);
                assertThat(problem.message()).isNotBlank();
                assertThat(problem.hint()).isNotBlank();
            }
        }
    }

    @Provide
    Arbitrary<String> sourcePaths() {
        return Arbitraries.of("world/story.md", "story.md", "world/story/index.md", "index.md", "world/_index.md",
                "middle-east/東京-news.md", "world/---.md", "world/con.md", "a b/c d.markdown");
    }

    private static final List<String> KEYS = List.of("title", "date", "updated", "lastmod", "author", "authors",
            "source", "section", "tags", "summary", "description", "excerpt", "dateline", "image", "caption", "slug",
            "aliases", "draft", "embargo", "corrections", "layout", "weight", "categories");

    @Provide
    Arbitrary<String> markdownArticles() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("Harbour fares frozen", "\"Quoted: title\"", "2024-03-05", "2024-03-05 14:30",
                        "2024-03-05T09:30:00+01:00", "2024-02-30", "2024-09-12 08:15:00 +0200",
                        "Tue, 5 Mar 2024 09:30:00 GMT", "yesterday", "05/03/2024", "true", "false", "maybe", "5",
                        "-1", "1e400", ".nan", "null", "~", "''", "\"\"", "[a, b]", "[1, [2]]", "{a: b}", "[]", "{}",
                        "[{date: 2024-01-01, note: fixed}]", "[{note: [1], date: [2]}]", "[{}]", "[null]",
                        "&a [*a]", "&a [{k: *a}]", "&a {k: [*a]}", "!!binary aGVsbG8=", "!!str 5", "!!set {a}",
                        "!foo bar", "|\n  block\n  text", ">\n  folded", "\"unclosed", "'single'", "../../etc",
                        "/etc/passwd", "\"%2e%2e\"", "\"a\\0b\"", "con", "nul", "page", "2024", "javascript:alert(1)",
                        "\" JaVaScRiPt:alert(1)\"", "\"data:text/html,x\"", "photo.jpg", "\n  - a\n  - b",
                        "\n  - date: 2024-01-01\n    note: fixed", "\"" + "x".repeat(500) + "\"", "é 東京 😀",
                        "\"<script>alert(1)</script>\""),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30)
                        .map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
                Arbitraries.strings().all().ofMaxLength(15));
        Arbitrary<String> frontMatter = Arbitraries.maps(Arbitraries.of(KEYS), value).ofMaxSize(8).map(ParseFuzzTest::yaml);
        Arbitrary<String> bodyFragment = Arbitraries.oneOf(
                Arbitraries.of("# Headline\n\n", "## Sub\n", "Some words here.", "\n\n", "\n", "[x](javascript:alert(1))",
                        "[x](&#106;avascript:alert(1))", "[x](java&#x09;script:x)", "![i](data:image/png;base64,AA==)",
                        "<javascript:alert(1)>", "[r][ref]\n\n[ref]: &#x4A;avascript:x\n", "[ok](https://example.org/)",
                        "[rel](other.md)", "![pic](photo.jpg)", "<script>alert(1)</script>", "<div onclick=x>y</div>",
                        "<img src=x onerror=alert(1)>", "| a | b |\n|---|---|\n| 1 | 2 |\n", "> quote\n", "* item\n",
                        "1. item\n", "```\ncode\n```\n", "`code`", "**bold**", "~~gone~~", "www.example.org",
                        "a@b.org", "---\n", "***\n", "&amp;", "&#0;", "\\", "é 東京 😀", "\u0000", "\r", "\t"),
                Arbitraries.strings().all().ofMaxLength(10));
        Arbitrary<String> body = bodyFragment.list().ofMaxSize(15).map(list -> String.join("", list));
        return Combinators.combine(Arbitraries.of(true, true, false), frontMatter, body)
                .as((present, yaml, text) -> present ? "---\n" + yaml + "---\n" + text : text);
    }

    private static String yaml(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((key, value) -> out.append(key).append(": ").append(value).append('\n'));
        return out.toString();
    }

    // --- Inputs that broke a reader once, kept as examples ---

    /** A file that is only "---": the opening fence was also taken as the closing one. */
    @Example
    void aLoneOpeningFenceIsAnUnclosedFrontMatter() {
        ProblemException refused = org.assertj.core.api.Assertions.catchThrowableOfType(ProblemException.class,
                () -> FrontMatterSplitter.split("---", FILE));
        assertThat(refused).isNotNull();
        assertThat(refused.problems()).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.api.Assertions.tuple(1, "the front matter opened on line 1 is never closed"));
        checkSplit("---");
        checkSplit("---   ");
    }

    /** A YAML alias inside its own anchor made a value that contains itself: printing it overflowed the stack. */
    @Example
    void aValueThatContainsItselfIsAProblem() {
        for (String key : List.of("draft", "tags", "date", "layout")) {
            for (String value : List.of("&a [*a]", "&a [{k: *a}]", "&a {k: [*a]}")) {
                String text = "---\ntitle: T\n" + key + ": " + value + "\n---\n\nText.\n";
                ReadResult result = READER.read("world/story.md", FILE, SourceFormat.MARKDOWN, text);
                assertThat(result.ok()).as(text).isFalse();
                assertThat(result.problems()).extracting(Problem::line, Problem::message).containsExactly(
                        org.assertj.core.api.Assertions.tuple(3, "the value of '" + key
                                + "' contains itself (an alias '*' inside the anchor '&' it names)"));
                assertThat(result.problems().get(0).hint())
                        .isEqualTo("Write the value out in full instead of referring to it from inside itself.");
            }
        }
        // The same alias used twice side by side, not inside itself, is fine.
        ReadResult shared = READER.read("world/story.md", FILE, SourceFormat.MARKDOWN,
                "---\ntitle: T\nlayout: {a: &x [1, 2], b: *x}\n---\n\nText.\n");
        assertThat(shared.problems()).isEmpty();
        assertThat(shared.article().extra()).containsKey("layout");
    }

    /** Flexmark's text collector mixed markup into the text of a paragraph with indented lines, or threw. */
    @Example
    void indentedParagraphsGiveTheirTextNotTheirMarkup() {
        ReadResult garbled = READER.read("world/story.md", FILE, SourceFormat.MARKDOWN,
                "---\ntitle: T\n---\n\n Lead line\n[a link](https://example.org/)\nand **more**\n");
        assertThat(garbled.article().excerpt()).isEqualTo("Lead line a link and more");
        assertThat(garbled.article().wordCount()).isEqualTo(6);
        ReadResult threw = READER.read("world/story.md", FILE, SourceFormat.MARKDOWN,
                "---\ntitle: T\n---\n\nx\n \n`\n x\n`\n");
        assertThat(threw.ok()).isTrue();
        assertThat(threw.article().wordCount()).isEqualTo(2);
        checkArticle("world/story.md", SourceFormat.MARKDOWN, " Some words here.## Sub\n[x](javascript:alert(1))\n"
                + "Some words here.# Headline\n# Headline\n");
    }

    /** Link targets whose script scheme Flexmark's own check did not see (entities, tabs, spaces, controls). */
    @Example
    void disguisedScriptLinksAreNotWritten() {
        for (String body : List.of("[x](&#106;avascript:alert(1))", "[x](javascript&colon;alert(1))",
                "[x](java&#x09;script:alert(1))", "[x](&#x20;javascript:alert(1))", "[x](&#1;javascript:alert(1))",
                "[x](&Tab;javascript:alert(1))", "[x][r]\n\n[r]: &#x4A;avascript:x", "![x](&#100;ata:image/png,AA)")) {
            ReadResult result = READER.read("world/story.md", FILE, SourceFormat.MARKDOWN,
                    "---\ntitle: T\n---\n\nText " + body + "\n", article -> UnaryOperator.identity());
            assertThat(result.ok()).isTrue();
            assertThat(Jsoup.parseBodyFragment(result.bodyHtml()).select("a, img")).as(body).isEmpty();
            checkArticle("world/story.md", SourceFormat.MARKDOWN, "---\ntitle: T\n---\n\nText " + body + "\n");
        }
    }
}
