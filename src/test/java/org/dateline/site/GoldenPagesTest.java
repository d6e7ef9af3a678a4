package org.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.dateline.parse.FrontMatterSplitter;
import org.dateline.parse.Markdown;
import org.dateline.parse.fast.PlainParagraphs;
import org.dateline.parse.fast.ProseHtml;
import org.dateline.pipeline.BuildOptions;
import org.dateline.pipeline.SiteBuilder;
import org.dateline.testing.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole pages of the sample site, as a reader's browser gets them, kept in
 * {@code src/test/resources/golden/} and compared whole: an article of each body path (Flexmark's
 * renderer, {@code ProseHtml}, {@code PlainParagraphs}, wire copy), a month, the home page, a feed
 * entry and an article's JSON-LD. Only the fingerprints in asset names are normalised, so a change
 * to the style sheet alone does not touch them.
 *
 * <p>After an intended change to the output, write them anew and review the diff:
 * {@code mvn -q test -Dtest=GoldenPagesTest -Dgolden.update=true}.
 */
class GoldenPagesTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path GOLDEN = PROJECT.resolve("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    /** The sample's dates are years old; a fixed "now" keeps the news sitemap, and so nothing here, from moving. */
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    /** As published: canonical links, Open Graph and JSON-LD then hold absolute addresses. */
    private static final String BASE_URL = "https://news.example.org/archive/";

    @TempDir
    static Path out;

    @BeforeAll
    static void buildBoth() throws Exception {
        SiteBuilder.build(BuildOptions.forProject(PROJECT).withOutput(out.resolve("sample")).withCache(null).withNow(NOW)
                .withBaseUrl(BASE_URL));
        Path plain = GOLDEN.resolve("plain-site");
        SiteBuilder.build(BuildOptions.forProject(plain).withTemplates(PROJECT.resolve("templates"))
                .withOutput(out.resolve("plain")).withCache(null).withNow(NOW).withBaseUrl(BASE_URL));
    }

    @Test
    void anArticleWrittenByFlexmarksRenderer() throws Exception {
        String source = "content/business/cocoa-prices-squeeze-small-chocolatiers.md";
        assertThat(bodyPath(PROJECT.resolve(source))).isEqualTo("flexmark");
        assertGolden("article-flexmark.html", page("sample", "business/cocoa-prices-squeeze-small-chocolatiers/index.html"));
    }

    @Test
    void anArticleOfProseWrittenByProseHtml() throws Exception {
        String source = "content/world/harbour-board-freezes-ferry-fares.md";
        assertThat(bodyPath(PROJECT.resolve(source))).isEqualTo("prose");
        assertGolden("article-prose.html", page("sample", "world/harbour-board-freezes-ferry-fares/index.html"));
    }

    @Test
    void anArticleOfPlainParagraphsReadWithoutFlexmark() throws Exception {
        Path source = GOLDEN.resolve("plain-site/content/world/ferry-timetable-returns.md");
        assertThat(bodyPath(source)).isEqualTo("plain");
        assertGolden("article-plain.html", page("plain", "world/ferry-timetable-returns/index.html"));
    }

    @Test
    void theSeedWireStory() throws IOException {
        assertGolden("article-wire.html", page("sample", "world/kerry-geneva-syria/index.html"));
    }

    @Test
    void theSeedWireStorysJsonLd() throws IOException {
        Document page = Jsoup.parse(page("sample", "world/kerry-geneva-syria/index.html"));
        String jsonLd = page.selectFirst("script[type=application/ld+json]").data();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        assertGolden("article-wire.jsonld", json.writeValueAsString(json.readTree(jsonLd)) + "\n");
    }

    @Test
    void aMonth() throws IOException {
        assertGolden("month-2024-03.html", page("sample", "2024/03/index.html"));
    }

    @Test
    void theHomePage() throws IOException {
        assertGolden("home.html", page("sample", "index.html"));
    }

    @Test
    void theSeedWireStorysEntryInTheHomeFeed() throws IOException {
        Document feed = Jsoup.parse(page("sample", "feed.xml"), "", Parser.xmlParser());
        String entry = feed.select("item").stream()
                .filter(item -> item.selectFirst("link").text().endsWith("/world/kerry-geneva-syria/"))
                .findFirst().orElseThrow().outerHtml();
        assertGolden("feed-entry.xml", entry + "\n");
    }

    /** Which of the three ways the body of the Markdown file at {@code source} is written to HTML. */
    private static String bodyPath(Path source) throws Exception {
        String body = FrontMatterSplitter.split(Files.readString(source), source.toString()).body();
        if (PlainParagraphs.read(body) != null) {
            return "plain";
        }
        return ProseHtml.write(new Markdown(false).parse(body), UnaryOperator.identity()) != null ? "prose" : "flexmark";
    }

    private static String page(String site, String file) throws IOException {
        return Files.readString(out.resolve(site).resolve(file));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        String normalised = TestProject.withoutAssetFingerprints(actual);
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.writeString(file, normalised, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file " + name + " (write it with -Dgolden.update=true)").exists();
        assertThat(normalised)
                .as("%s differs from the golden page; if the change is intended, run"
                        + " mvn -q test -Dtest=GoldenPagesTest -Dgolden.update=true and review the diff", name)
                .isEqualTo(Files.readString(file));
    }
}
