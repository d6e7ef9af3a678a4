package org.dateline.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dateline.testing.SiteChecks;
import org.dateline.testing.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.NodeList;

/**
 * Text that looks like markup stays text everywhere a site puts it: HTML pages, attributes, JSON-LD,
 * RSS, Atom, JSON Feed and the news sitemap. Markdown bodies escape raw HTML unless the site trusts
 * its authors, and never link to script or data URLs, however the URL is disguised.
 */
class HostileTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Markup, an event handler, quotes and an ampersand, in one string. */
    private static final String PAYLOAD = "<script>alert(1)</script> <img src=x onerror=alert(1)> \"quotes\" & co";
    private static final String PAYLOAD_ESCAPED =
            "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &quot;quotes&quot; &amp; co";

    private static final String HEADLINE = "Headline " + PAYLOAD;
    private static final String AUTHOR = "Author " + PAYLOAD;
    private static final String SOURCE = "Source " + PAYLOAD;
    private static final String TAG_ONE = "Tag one " + PAYLOAD;
    private static final String TAG_TWO = "Tag two " + PAYLOAD;
    private static final String SUMMARY = "Summary " + PAYLOAD;
    private static final String DATELINE = "Dateline " + PAYLOAD;
    private static final String CAPTION = "Caption " + PAYLOAD;
    private static final String CORRECTION = "Correction " + PAYLOAD;

    private static final String WIRE_HEADLINE = "Wire headline " + PAYLOAD;
    private static final String WIRE_AUTHOR = "Wire author " + PAYLOAD;
    private static final String WIRE_DATELINE = "Wire dateline " + PAYLOAD;
    private static final String WIRE_PARAGRAPH = "Police said " + PAYLOAD + " was found.";
    private static final String WIRE_SOURCE = "Wire source " + PAYLOAD;

    private static final String SITE_TITLE = "Hostile archive";
    private static final String BASE_URL = "https://news.example.org/archive/";

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
    }

    private void writeHostileProject() throws Exception {
        project.file("dateline.yml", "title: " + SITE_TITLE + "\nbaseUrl: " + BASE_URL + "\nfeedContent: full\n");
        project.article("world/hostile.md", "---\n"
                + "title: " + yaml(HEADLINE) + "\n"
                // Within the news sitemap's two days before TestProject.NOW, so it lists the headline too.
                + "date: 2026-01-15T08:00:00Z\n"
                + "author: " + yaml(AUTHOR) + "\n"
                + "source: " + yaml(SOURCE) + "\n"
                + "tags: [" + yaml(TAG_ONE) + ", " + yaml(TAG_TWO) + "]\n"
                + "summary: " + yaml(SUMMARY) + "\n"
                + "dateline: " + yaml(DATELINE) + "\n"
                + "image: photo.svg\n"
                + "caption: " + yaml(CAPTION) + "\n"
                + "corrections:\n"
                + "  - date: 2026-01-15\n"
                + "    note: " + yaml(CORRECTION) + "\n"
                + "---\n\nThe harbour board met on Tuesday.\n");
        project.file("content/world/photo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        project.article("world/wire.txt", "Date: 2026-01-14T10:00:00Z\n"
                + "Author: " + WIRE_AUTHOR + "\n"
                + "Dateline: " + WIRE_DATELINE + "\n\n"
                + WIRE_HEADLINE + "\n\n"
                + WIRE_PARAGRAPH + "\n\n"
                + "Source: " + WIRE_SOURCE + "\n");
        project.markdown("business/calm.md", "Rates held", "2024-03-05", "The bank held rates.");
        project.build();
    }

    @Test
    void noPageRunsAScriptOrHasAnEventHandler() throws Exception {
        writeHostileProject();

        List<Path> pages = SiteChecks.htmlFiles(project.site());
        assertThat(pages).hasSizeGreaterThan(10);
        int jsonLdBlocks = 0;
        for (Path file : pages) {
            String html = Files.readString(file);
            Document page = Jsoup.parse(html);
            String name = project.site().relativize(file).toString();
            for (Element script : page.select("script")) {
                if (name.equals("search/index.html") && script.hasAttr("src")) {
                    // the search page's one script: the theme's own file, no inline code
                    assertThat(script.attr("src")).matches("\\.\\./assets/search\\.[0-9a-f]{10}\\.js");
                    assertThat(script.html()).isEmpty();
                    continue;
                }
                assertThat(script.attr("type")).as("%s: %s", name, script).isEqualTo("application/ld+json");
                assertThat(script.hasAttr("src")).as(name).isFalse();
                jsonLdBlocks++;
            }
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as("%s: %s", name, element.tagName())
                            .doesNotStartWith("on");
                }
            }
            assertThat(page.select("img[src=x], iframe")).as(name).isEmpty();
            assertThat(html.toLowerCase(Locale.ROOT)).as(name).doesNotContain("<script>alert").doesNotContain("<img src=x");
        }
        assertThat(jsonLdBlocks).as("every page has its JSON-LD").isEqualTo(pages.size() - 2); // not the 404 and search pages
    }

    @Test
    void theArticlePageShowsEveryFieldAsText() throws Exception {
        writeHostileProject();

        Document page = project.page("world/hostile/");
        assertThat(page.title()).isEqualTo(HEADLINE + " · " + SITE_TITLE);
        assertThat(page.selectFirst("h1").text()).isEqualTo(HEADLINE);
        assertThat(page.selectFirst(".deck").text()).isEqualTo(SUMMARY);
        assertThat(page.selectFirst(".byline a.author").text()).isEqualTo(AUTHOR);
        assertThat(page.selectFirst(".source a").text()).isEqualTo(SOURCE);
        assertThat(page.selectFirst(".dateline").text()).isEqualTo(DATELINE + " —");
        assertThat(page.selectFirst("figcaption").text()).isEqualTo(CAPTION);
        assertThat(page.selectFirst(".lead-image img").attr("alt")).isEqualTo(CAPTION);
        assertThat(page.select(".corrections li").text()).endsWith(CORRECTION);
        assertThat(page.select(".tags a").eachText()).containsExactlyInAnyOrder(TAG_ONE, TAG_TWO);
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(HEADLINE);
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(SUMMARY);

        String html = Files.readString(project.site().resolve("world/hostile/index.html"));
        assertThat(html).contains("<h1>Headline " + PAYLOAD_ESCAPED + "</h1>");
        assertThat(html).contains(">Author " + PAYLOAD_ESCAPED + "</a>");
        // In attributes the quotes are escaped too, so no attribute can be closed early.
        assertThat(html).contains("content=\"Headline " + PAYLOAD_ESCAPED + "\"");

        Document wire = project.page("world/wire/");
        assertThat(wire.selectFirst("h1").text()).isEqualTo(WIRE_HEADLINE);
        assertThat(wire.select(".story-body p:not(.dateline)").eachText()).containsExactly(WIRE_PARAGRAPH);
        assertThat(wire.selectFirst(".dateline").text()).isEqualTo(WIRE_DATELINE + " —");
        assertThat(wire.selectFirst(".byline a.author").text()).isEqualTo(WIRE_AUTHOR);
        assertThat(wire.selectFirst(".source a").text()).isEqualTo(WIRE_SOURCE);
        String wireHtml = Files.readString(project.site().resolve("world/wire/index.html"));
        assertThat(wireHtml).contains("<p>Police said " + PAYLOAD_ESCAPED + " was found.</p>");
    }

    @Test
    void jsonLdHoldsTheOriginalStringsAndNeverClosesItsScript() throws Exception {
        writeHostileProject();

        for (Path file : SiteChecks.htmlFiles(project.site())) {
            for (Element script : Jsoup.parse(file.toFile(), "UTF-8").select("script[type=application/ld+json]")) {
                String data = script.data();
                assertThat(data.toLowerCase(Locale.ROOT)).as(file.toString())
                        .doesNotContain("</script").doesNotContain("<!--").doesNotContain("<");
                JSON.readTree(data); // parses
            }
        }
        JsonNode ld = jsonLd(project.page("world/hostile/"));
        assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.path("headline").asText()).isEqualTo(HEADLINE);
        assertThat(ld.path("description").asText()).isEqualTo(SUMMARY);
        assertThat(ld.path("author").get(0).path("name").asText()).isEqualTo(AUTHOR);
        assertThat(ld.path("sourceOrganization").path("name").asText()).isEqualTo(SOURCE);
        assertThat(ld.path("dateline").asText()).isEqualTo(DATELINE);
        assertThat(texts(ld.path("keywords"))).containsExactlyInAnyOrder(TAG_ONE, TAG_TWO);
        assertThat(ld.path("correction").get(0).path("text").asText()).isEqualTo(CORRECTION);

        JsonNode wire = jsonLd(project.page("world/wire/"));
        assertThat(wire.path("headline").asText()).isEqualTo(WIRE_HEADLINE);
        assertThat(wire.path("author").get(0).path("name").asText()).isEqualTo(WIRE_AUTHOR);
        assertThat(wire.path("sourceOrganization").path("name").asText()).isEqualTo(WIRE_SOURCE);

        // A tag's page names the tag in its CollectionPage and breadcrumbs.
        Document tagPage = Jsoup.parse(project.site().resolve(tagPagePath(TAG_ONE)).toFile(), "UTF-8");
        JsonNode collection = jsonLd(tagPage);
        assertThat(collection.path("@graph").get(0).path("name").asText()).contains(TAG_ONE);
    }

    @Test
    void everyRssAndAtomFeedCarriesTheTextAsText() throws Exception {
        writeHostileProject();

        List<Path> feeds = filesNamed("feed.xml", "atom.xml");
        assertThat(feeds).hasSizeGreaterThanOrEqualTo(2 * 6); // home, 2 sections, 2 tags, 2 authors, 2 sources
        Set<String> titles = Set.of(HEADLINE, WIRE_HEADLINE, "Rates held");
        boolean sawHostile = false;
        for (Path file : feeds) {
            String xml = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(xml.toLowerCase(Locale.ROOT)).as(file.toString()).doesNotContain("<script").doesNotContain("<img");
            SyndFeed feed = parseFeed(file);
            for (SyndEntry entry : feed.getEntries()) {
                assertThat(entry.getTitle()).as(file.toString()).isIn(titles);
                assertThat(entryHtml(entry)).as("the body is checked as HTML in %s", file).isNotEmpty();
                for (String html : entryHtml(entry)) {
                    assertHarmlessHtml(html, file + " " + entry.getTitle());
                }
                if (entry.getTitle().equals(HEADLINE)) {
                    sawHostile = true;
                    assertThat(entry.getCategories()).extracting(SyndCategory::getName)
                            .containsExactlyInAnyOrder(TAG_ONE, TAG_TWO);
                    assertThat(entry.getAuthors().isEmpty() ? entry.getAuthor() : entry.getAuthors().get(0).getName())
                            .isEqualTo(AUTHOR);
                }
            }
        }
        assertThat(sawHostile).isTrue();
        SyndFeed home = parseFeed(project.site().resolve("feed.xml"));
        assertThat(home.getEntries()).extracting(SyndEntry::getTitle).containsExactly(HEADLINE, WIRE_HEADLINE, "Rates held");
        SyndFeed tagAtom = parseFeed(project.site().resolve(tagPagePath(TAG_ONE)).resolveSibling("atom.xml"));
        assertThat(tagAtom.getTitle()).contains(TAG_ONE);
        assertThat(tagAtom.getEntries()).extracting(SyndEntry::getTitle).containsExactly(HEADLINE);
        // The wire body travels as HTML whose text is the paragraph, markup escaped.
        SyndEntry wire = home.getEntries().get(1);
        assertThat(Jsoup.parse(wire.getDescription().getValue()).select("p").eachText()).containsExactly(WIRE_PARAGRAPH);
    }

    @Test
    void summaryOnlyFeedsCarryTheSummaryAsText() throws Exception {
        writeHostileProject();
        project.file("dateline.yml", "title: " + SITE_TITLE + "\nbaseUrl: " + BASE_URL + "\n"); // feedContent: summary
        project.build();

        // RSS's <description> is HTML, so a text summary must reach the reader HTML-escaped.
        SyndEntry rss = parseFeed(project.site().resolve("feed.xml")).getEntries().get(0);
        assertThat(rss.getTitle()).isEqualTo(HEADLINE);
        assertHarmlessHtml(rss.getDescription().getValue(), "feed.xml");
        assertThat(Jsoup.parse(rss.getDescription().getValue()).text()).isEqualTo(SUMMARY);
        // Atom's <summary> is text (no type attribute): the summary as it is.
        SyndEntry atom = parseFeed(project.site().resolve("atom.xml")).getEntries().get(0);
        assertThat(atom.getDescription().getType()).as("no type attribute: Atom's text").isNull();
        assertThat(atom.getDescription().getValue()).isEqualTo(SUMMARY);
        assertThat(atom.getContents()).isEmpty();
        // JSON Feed: content_text is text.
        JsonNode json = JSON.readTree(project.site().resolve("feed.json").toFile()).path("items").get(0);
        assertThat(json.path("content_text").asText()).isEqualTo(SUMMARY);
        assertThat(json.has("content_html")).isFalse();
    }

    @Test
    void everyJsonFeedCarriesTheTextAsText() throws Exception {
        writeHostileProject();

        List<Path> feeds = filesNamed("feed.json");
        assertThat(feeds).hasSizeGreaterThanOrEqualTo(6);
        for (Path file : feeds) {
            JsonNode feed = JSON.readTree(file.toFile());
            for (JsonNode item : feed.path("items")) {
                assertThat(item.path("title").asText()).as(file.toString()).isIn(HEADLINE, WIRE_HEADLINE, "Rates held");
                assertHarmlessHtml(item.path("content_html").asText(), file.toString());
            }
        }
        JsonNode home = JSON.readTree(project.site().resolve("feed.json").toFile());
        JsonNode hostile = home.path("items").get(0);
        assertThat(hostile.path("title").asText()).isEqualTo(HEADLINE);
        assertThat(hostile.path("summary").asText()).isEqualTo(SUMMARY);
        assertThat(hostile.path("authors").get(0).path("name").asText()).isEqualTo(AUTHOR);
        assertThat(texts(hostile.path("tags"))).containsExactlyInAnyOrder(TAG_ONE, TAG_TWO);
        JsonNode wire = home.path("items").get(1);
        assertThat(wire.path("title").asText()).isEqualTo(WIRE_HEADLINE);
        assertThat(Jsoup.parse(wire.path("content_html").asText()).select("p").eachText()).containsExactly(WIRE_PARAGRAPH);
        String raw = Files.readString(project.site().resolve("feed.json"));
        assertThat(raw).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void theNewsSitemapCarriesTheHeadlineAsText() throws Exception {
        writeHostileProject();

        Path file = project.site().resolve("news-sitemap.xml");
        assertThat(Files.readString(file).toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList titles = factory.newDocumentBuilder().parse(file.toFile())
                .getElementsByTagNameNS("http://www.google.com/schemas/sitemap-news/0.9", "title");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        assertThat(texts).containsExactly(HEADLINE, WIRE_HEADLINE);
    }

    // --- Markdown bodies: raw HTML ---

    private static final String RAW_HTML_BODY = """
            Before the markup.

            <script>alert(1)</script>

            <iframe src="https://evil.example/"></iframe>

            <div onclick="alert(1)">Click me</div>

            Inline <img src=x onerror=alert(1)> image.
            """;

    @Test
    void rawHtmlInMarkdownIsShownAsTextByDefault() throws Exception {
        project.file("dateline.yml", "baseUrl: " + BASE_URL + "\nfeedContent: full\n");
        project.markdown("world/raw.md", "Raw", "2024-03-05", RAW_HTML_BODY);
        project.build();

        Element body = project.page("world/raw/").selectFirst(".story-body");
        assertThat(body.select("script, iframe, img")).isEmpty();
        assertThat(body.select("div")).containsExactly(body);
        assertThat(body.select("[onclick], [onerror]")).isEmpty();
        assertThat(body.select("p").eachText()).containsExactly(
                "Before the markup.",
                "<script>alert(1)</script>",
                "<iframe src=\"https://evil.example/\"></iframe>",
                "<div onclick=\"alert(1)\">Click me</div>",
                "Inline <img src=x onerror=alert(1)> image.");
        JsonNode item = JSON.readTree(project.site().resolve("feed.json").toFile()).path("items").get(0);
        assertHarmlessHtml(item.path("content_html").asText(), "feed.json");
        assertThat(Jsoup.parse(item.path("content_html").asText()).select("p").eachText())
                .contains("<script>alert(1)</script>");
    }

    @Test
    void rawHtmlInMarkdownPassesThroughOnlyWithUnsafeHtml() throws Exception {
        project.file("dateline.yml", "baseUrl: " + BASE_URL + "\nunsafeHtml: true\n");
        project.markdown("world/raw.md", "Raw", "2024-03-05", RAW_HTML_BODY);
        project.build();

        Element body = project.page("world/raw/").selectFirst(".story-body");
        assertThat(body.select("script")).hasSize(1);
        assertThat(body.selectFirst("script").data()).isEqualTo("alert(1)");
        assertThat(body.select("iframe[src=https://evil.example/]")).hasSize(1);
        assertThat(body.select("div[onclick]").text()).isEqualTo("Click me");
        assertThat(body.select("img[onerror]").attr("src")).isEqualTo("x");
        assertThat(body.text()).doesNotContain("<script>");
    }

    // --- Markdown bodies: script and data links ---

    /** Each disguise of a script or data URL, and the text of its link, which must survive as text. */
    private static final String SCRIPT_LINKS_BODY = """
            Links: [plain](javascript:alert(1)), [mixed case](JaVaScRiPt:alert(1)), [leading space]( javascript:alert(1)),
            ![image alt](javascript:alert(1)), <javascript:alert(1)>, [data url](data:text/html;base64,PHNjcmlwdD4=),
            [entity](&#106;avascript:alert(1)), [named colon](javascript&colon;alert(1)), [tab](java&#x09;script:alert(1)),
            [space entity](&#x20;javascript:alert(1)), [control](&#1;javascript:alert(1)), [vb](vbscript:msgbox(1)),
            [reference][evil], <DATA:text/html,x> and [safe](https://example.org/ok) and ![ok image](photo.svg).

            [evil]: &#x4A;avascript:alert(1)
            """;

    @ParameterizedTest(name = "unsafeHtml: {0}")
    @ValueSource(booleans = {false, true})
    void scriptAndDataLinksAreNeverWritten(boolean unsafeHtml) throws Exception {
        project.file("dateline.yml", "baseUrl: " + BASE_URL + "\nfeedContent: full\nunsafeHtml: " + unsafeHtml + "\n");
        project.markdown("world/links.md", "Links", "2024-03-05", SCRIPT_LINKS_BODY);
        project.file("content/world/photo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        project.build();

        List<String> urls = new ArrayList<>();
        for (Path file : SiteChecks.htmlFiles(project.site())) {
            urls.addAll(urlsIn(Jsoup.parse(file.toFile(), "UTF-8")));
        }
        for (Path file : filesNamed("feed.xml", "atom.xml")) {
            for (SyndEntry entry : parseFeed(file).getEntries()) {
                for (String html : entryHtml(entry)) {
                    urls.addAll(urlsIn(Jsoup.parse(html)));
                }
            }
        }
        for (Path file : filesNamed("feed.json")) {
            for (JsonNode item : JSON.readTree(file.toFile()).path("items")) {
                urls.addAll(urlsIn(Jsoup.parse(item.path("content_html").asText())));
            }
        }
        assertThat(urls).as("the check sees the links that are written").contains("https://example.org/ok");
        assertThat(urls).filteredOn(HostileTextTest::isScriptOrDataUrl).isEmpty();

        Element body = project.page("world/links/").selectFirst(".story-body");
        assertThat(body.select("a").eachAttr("href")).containsExactly("https://example.org/ok");
        assertThat(body.select("img").eachAttr("alt")).containsExactly("ok image");
        assertThat(body.text()).contains("plain", "mixed case", "leading space", "javascript:alert(1)", "data url",
                "entity", "named colon", "tab", "space entity", "control", "vb", "reference", "DATA:text/html,x");
        // Feeds carry the same body.
        JsonNode item = JSON.readTree(project.site().resolve("feed.json").toFile()).path("items").get(0);
        assertThat(Jsoup.parse(item.path("content_html").asText()).select("a").eachAttr("href"))
                .containsExactly("https://example.org/ok");
    }

    // --- helpers ---

    private static final Pattern CONTROLS_AND_SPACE = Pattern.compile("^[\\x00-\\x20]+");

    /** What a browser would take for a script or data URL: case ignored, tabs and line breaks dropped, trimmed. */
    static boolean isScriptOrDataUrl(String url) {
        String seen = CONTROLS_AND_SPACE.matcher(url.replaceAll("[\\t\\n\\r]", "")).replaceFirst("")
                .toLowerCase(Locale.ROOT);
        return seen.startsWith("javascript:") || seen.startsWith("vbscript:") || seen.startsWith("data:");
    }

    private static List<String> urlsIn(Document document) {
        List<String> urls = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            for (String attribute : List.of("href", "src", "action", "formaction", "poster", "srcset", "content")) {
                if (element.hasAttr(attribute)) {
                    urls.add(element.attr(attribute));
                }
            }
        }
        return urls;
    }

    private static void assertHarmlessHtml(String html, String where) {
        Document document = Jsoup.parse(html);
        assertThat(document.select("script, iframe, object, embed")).as(where).isEmpty();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as(where).doesNotStartWith("on");
            }
        }
    }

    /**
     * The parts of an entry a reader shows as HTML: RSS descriptions (ROME types them text/html), and
     * Atom summaries and contents of type html (ROME leaves the type null where the attribute is
     * absent, which in Atom means text).
     */
    private static List<String> entryHtml(SyndEntry entry) {
        List<SyndContent> parts = new ArrayList<>(entry.getContents());
        if (entry.getDescription() != null) {
            parts.add(entry.getDescription());
        }
        List<String> html = new ArrayList<>();
        for (SyndContent part : parts) {
            if (part.getValue() != null && part.getType() != null && part.getType().contains("html")) {
                html.add(part.getValue());
            }
        }
        return html;
    }

    private static SyndFeed parseFeed(Path file) throws Exception {
        try (XmlReader reader = new XmlReader(file.toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }

    private List<Path> filesNamed(String... names) {
        Set<String> wanted = Set.of(names);
        try (Stream<Path> walk = Files.walk(project.site())) {
            return walk.filter(p -> wanted.contains(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page of a tag, found from the article's tag links (the slug is the site's business). */
    private String tagPagePath(String tag) {
        Element link = project.page("world/hostile/").select(".tags a").stream()
                .filter(a -> a.text().equals(tag)).findFirst().orElseThrow();
        Path page = project.site().resolve("world/hostile/").resolve(link.attr("href")).normalize();
        return project.site().relativize(page.resolve("index.html")).toString();
    }

    private static JsonNode jsonLd(Document page) throws IOException {
        return JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    /** A YAML double-quoted scalar. */
    private static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
