package org.dateline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dateline.model.ProblemException;
import org.dateline.testing.SiteChecks;
import org.dateline.testing.TestProject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Feeds, sitemaps, news metadata, redirects and the 404 page of a test-written site. */
class PublishingFilesTest {

    static final String BASE = "https://news.example.net/archive/";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
    }

    private void article(String path, String title, String date, String extra, String body) {
        project.article(path, "---\ntitle: \"" + title + "\"\n" + (date == null ? "" : "date: " + date + "\n") + extra
                + "---\n\n" + body + "\n");
    }

    private void writeArchive(String settings) throws Exception {
        project.file("dateline.yml", "title: The Test Gazette\nbaseUrl: " + BASE + "\nlanguage: en-GB\n" + settings);
        article("world/talks.md", "Talks & <b>resume</b>", "2026-01-14T09:30:00+01:00",
                "updated: 2026-01-15T08:00:00Z\nauthors: [Ana Ruiz, Ben Okafor]\ntags: [Diplomacy]\nsummary: Envoys met again.\n"
                        + "dateline: GENEVA\nimage: map.svg\nsource: Wire One\naliases: [\"/old/talks/\", \"/2019/talks.html\"]\n"
                        + "corrections:\n  - date: 2026-01-15\n    note: An earlier version misnamed the venue.\n",
                "Envoys met **again**. See ![the map](map.svg).");
        project.file("content/world/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>");
        article("world/rates.md", "Rates held", "2025-06-14", "tags: [Economy]\n", "The bank held rates.");
        article("science/comet.md", "Comet seen", null, "tags: [Diplomacy]\n", "A comet was seen.");
        project.build();
    }

    private SyndFeed parse(String path) throws Exception {
        try (XmlReader reader = new XmlReader(project.site().resolve(path).toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }

    /** The file in the site an absolute URL of the site names. */
    private Path fileOf(String url) {
        assertThat(url).startsWith(BASE);
        String path = url.substring(BASE.length());
        return project.site().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"feed.xml", "atom.xml", "world/feed.xml", "world/atom.xml", "tags/diplomacy/feed.xml",
            "authors/ana-ruiz/atom.xml", "sources/wire-one/feed.xml"})
    void rssAndAtomFeedsParseAndEveryItemLinksToABuiltPage(String feed) throws Exception {
        writeArchive("");
        SyndFeed parsed = parse(feed);
        assertThat(parsed.getFeedType()).startsWith(feed.endsWith("atom.xml") ? "atom_1.0" : "rss_2.0");
        assertThat(parsed.getEntries()).isNotEmpty();
        for (SyndEntry entry : parsed.getEntries()) {
            assertThat(fileOf(entry.getLink())).as(entry.getLink()).exists();
        }
        assertThat(fileOf(parsed.getLink())).exists();
    }

    @Test
    void theHomeFeedHoldsTheNewestFirstWithZonedDatesAndEscapedText() throws Exception {
        writeArchive("");
        SyndFeed rss = parse("feed.xml");
        assertThat(rss.getTitle()).isEqualTo("The Test Gazette");
        assertThat(rss.getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly("Talks & <b>resume</b>", "Rates held", "Comet seen");
        SyndEntry talks = rss.getEntries().get(0);
        assertThat(talks.getPublishedDate().toInstant()).hasToString("2026-01-14T08:30:00Z");
        assertThat(talks.getDescription().getValue()).isEqualTo("Envoys met again.");
        assertThat(talks.getCategories()).extracting(c -> c.getName()).containsExactly("Diplomacy");
        assertThat(rss.getEntries().get(2).getPublishedDate()).as("undated: no made-up date").isNull();

        SyndFeed atom = parse("atom.xml");
        assertThat(atom.getEntries().get(0).getUpdatedDate().toInstant()).hasToString("2026-01-15T08:00:00Z");
        assertThat(atom.getEntries().get(0).getAuthors()).extracting(a -> a.getName()).containsExactly("Ana Ruiz", "Ben Okafor");
        assertThat(Files.readString(project.site().resolve("atom.xml"))).contains("<id>" + BASE + "world/talks/</id>");
    }

    @Test
    void jsonFeedHasTheRequiredFields() throws Exception {
        writeArchive("");
        JsonNode feed = JSON.readTree(project.site().resolve("tags/diplomacy/feed.json").toFile());
        assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("title").asText()).isEqualTo("Tag: Diplomacy – The Test Gazette");
        assertThat(feed.get("home_page_url").asText()).isEqualTo(BASE + "tags/diplomacy/");
        assertThat(feed.get("feed_url").asText()).isEqualTo(BASE + "tags/diplomacy/feed.json");
        assertThat(feed.get("items")).hasSize(2);
        for (JsonNode item : feed.get("items")) {
            assertThat(item.get("id").asText()).isNotEmpty();
            assertThat(item.has("content_html") || item.has("content_text")).isTrue();
            assertThat(fileOf(item.get("url").asText())).exists();
        }
        assertThat(feed.get("items").get(0).get("date_published").asText()).isEqualTo("2026-01-14T09:30:00+01:00");
        assertThat(feed.get("items").get(1).has("date_published")).isFalse();
    }

    @Test
    void fullContentFeedsCarryTheBodyWithAbsoluteLinks() throws Exception {
        writeArchive("feedContent: full\nfeedSize: 1\n");
        SyndFeed rss = parse("feed.xml");
        assertThat(rss.getEntries()).hasSize(1);
        assertThat(rss.getEntries().get(0).getDescription().getValue())
                .contains("<strong>again</strong>", "src=\"" + BASE + "world/map.svg\"");
        JsonNode json = JSON.readTree(project.site().resolve("feed.json").toFile());
        assertThat(json.get("items").get(0).get("content_html").asText()).contains("<strong>again</strong>");
    }

    @Test
    void pagesAnnounceTheirFeeds() throws Exception {
        writeArchive("");
        assertThat(project.page("").select("link[rel=alternate]").eachAttr("href"))
                .containsExactly("feed.xml", "atom.xml", "feed.json");
        assertThat(project.page("tags/diplomacy/").select("link[rel=alternate]").eachAttr("type"))
                .containsExactly("application/rss+xml", "application/atom+xml", "application/feed+json");
        assertThat(project.page("world/talks/").select("link[rel=alternate]").eachAttr("href"))
                .containsExactly("../../feed.xml", "../../world/feed.xml");
    }

    @Test
    void sitemapListsEveryPageWithLastmodAndEveryLocResolves() throws Exception {
        writeArchive("");
        List<Element> urls = elements("sitemap.xml", "url");
        assertThat(root("sitemap.xml").getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        List<String> locs = new ArrayList<>();
        for (Element url : urls) {
            String loc = child(url, "loc");
            locs.add(loc);
            assertThat(fileOf(loc)).as(loc).exists();
        }
        assertThat(locs).contains(BASE, BASE + "world/talks/", BASE + "tags/diplomacy/", BASE + "archive/",
                BASE + "2026/01/14/", BASE + "undated/");
        assertThat(locs).doesNotContain(BASE + "old/talks/", BASE + "404.html");
        assertThat(locs).doesNotHaveDuplicates().hasSize(SiteChecks.htmlFiles(project.site()).size() - 4);
        Element talks = urls.get(locs.indexOf(BASE + "world/talks/"));
        assertThat(child(talks, "lastmod")).isEqualTo("2026-01-15T08:00:00Z");
        // A listing was last changed when the newest change among its articles was; an undated one never.
        assertThat(child(urls.get(locs.indexOf(BASE)), "lastmod")).isEqualTo("2026-01-15T08:00:00Z");
        assertThat(child(urls.get(locs.indexOf(BASE + "tags/economy/")), "lastmod")).startsWith("2025-06-14");
        assertThat(child(urls.get(locs.indexOf(BASE + "science/")), "lastmod")).isNull();
    }

    @Test
    void aSitemapAboveTheLimitBecomesAnIndexOfParts() throws Exception {
        writeArchive("sitemapSize: 5\n");
        assertThat(root("sitemap.xml").getLocalName()).isEqualTo("sitemapindex");
        List<String> parts = new ArrayList<>();
        for (Element sitemap : elements("sitemap.xml", "sitemap")) {
            parts.add(child(sitemap, "loc"));
        }
        int total = 0;
        for (int i = 0; i < parts.size(); i++) {
            assertThat(parts.get(i)).isEqualTo(BASE + "sitemap-" + (i + 1) + ".xml");
            List<Element> urls = elements("sitemap-" + (i + 1) + ".xml", "url");
            assertThat(urls).hasSizeBetween(1, 5);
            total += urls.size();
        }
        assertThat(parts).hasSize((total + 4) / 5);
        assertThat(total).isEqualTo(SiteChecks.htmlFiles(project.site()).size() - 4);
        assertThat(Files.readString(project.site().resolve("robots.txt"))).contains("Sitemap: " + BASE + "sitemap.xml\n");
    }

    @Test
    void theNewsSitemapHoldsOnlyTheLastTwoDays() throws Exception {
        writeArchive("");
        List<Element> urls = elements("news-sitemap.xml", "url");
        assertThat(urls).hasSize(1);
        assertThat(child(urls.get(0), "loc")).isEqualTo(BASE + "world/talks/");
        Element news = (Element) urls.get(0).getElementsByTagNameNS("http://www.google.com/schemas/sitemap-news/0.9", "news").item(0);
        assertThat(child(news, "publication_date")).isEqualTo("2026-01-14T09:30:00+01:00");
        assertThat(child(news, "title")).isEqualTo("Talks & <b>resume</b>");
        assertThat(child(news, "name")).isEqualTo("The Test Gazette");
        assertThat(child(news, "language")).isEqualTo("en");
        assertThat(Files.readString(project.site().resolve("robots.txt")))
                .isEqualTo("User-agent: *\nAllow: /\nSitemap: " + BASE + "sitemap.xml\nSitemap: " + BASE + "news-sitemap.xml\n");
    }

    @Test
    void articlePagesCarryCanonicalOpenGraphAndNewsArticleJsonLd() throws Exception {
        writeArchive("");
        Document page = project.page("world/talks/");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "world/talks/");
        assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).isEqualTo(BASE + "world/map.svg");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("Talks & <b>resume</b>");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.selectFirst("meta[property=article:published_time]").attr("content")).isEqualTo("2026-01-14T08:30:00Z");

        JsonNode ld = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asText()).isEqualTo("Talks & <b>resume</b>");
        assertThat(ld.get("datePublished").asText()).isEqualTo("2026-01-14T08:30:00Z");
        assertThat(ld.get("dateModified").asText()).isEqualTo("2026-01-15T08:00:00Z");
        assertThat(ld.get("author").findValuesAsText("name")).containsExactly("Ana Ruiz", "Ben Okafor");
        assertThat(ld.get("author").get(0).get("url").asText()).isEqualTo(BASE + "authors/ana-ruiz/");
        assertThat(ld.get("publisher").get("name").asText()).isEqualTo("The Test Gazette");
        assertThat(ld.get("image").get(0).asText()).isEqualTo(BASE + "world/map.svg");
        assertThat(ld.get("dateline").asText()).isEqualTo("GENEVA");
        assertThat(ld.get("articleSection").asText()).isEqualTo("World");
        assertThat(ld.get("keywords").get(0).asText()).isEqualTo("Diplomacy");
        assertThat(ld.get("correction").get(0).get("@type").asText()).isEqualTo("CorrectionComment");
        assertThat(ld.get("correction").get(0).get("text").asText()).isEqualTo("An earlier version misnamed the venue.");
        assertThat(page.selectFirst("script[type=application/ld+json]").data()).doesNotContain("<b>");
    }

    @Test
    void listingPagesCarryCollectionPageAndBreadcrumbs() throws Exception {
        writeArchive("");
        JsonNode ld = JSON.readTree(project.page("tags/diplomacy/").selectFirst("script[type=application/ld+json]").data());
        JsonNode graph = ld.get("@graph");
        assertThat(graph.get(0).get("@type").asText()).isEqualTo("CollectionPage");
        assertThat(graph.get(0).get("url").asText()).isEqualTo(BASE + "tags/diplomacy/");
        assertThat(graph.get(1).get("@type").asText()).isEqualTo("BreadcrumbList");
        assertThat(graph.get(1).get("itemListElement").findValuesAsText("name")).containsExactly("Home", "Tags", "Diplomacy");
        assertThat(graph.get(1).get("itemListElement").findValuesAsText("item"))
                .containsExactly(BASE, BASE + "tags/", BASE + "tags/diplomacy/");
    }

    @Test
    void aliasesRedirectToTheArticle() throws Exception {
        writeArchive("");
        Document moved = project.page("old/talks/");
        assertThat(moved.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../../world/talks/");
        assertThat(moved.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "world/talks/");
        assertThat(moved.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        Path target = Path.of(URI.create(moved.location()).resolve(moved.selectFirst("main a").attr("href")))
                .resolve("index.html");
        assertThat(target).exists();
        assertThat(target.toString()).endsWith("site/world/talks/index.html".replace('/', java.io.File.separatorChar));
        assertThat(project.page("2019/talks.html").selectFirst("meta[http-equiv=refresh]").attr("content"))
                .isEqualTo("0; url=../world/talks/");
        assertThat(Files.readString(project.site().resolve("_redirects"))).isEqualTo(
                "/archive/old/talks/ /archive/world/talks/ 301\n/archive/2019/talks.html /archive/world/talks/ 301\n");
    }

    @Test
    void anAliasThatLeavesTheSiteOrTakesAPageIsReported() {
        article("world/a.md", "A", "2024-01-01", "aliases: [\"../../etc/passwd\", \"/world/b/\"]\n", "a");
        article("world/b.md", "B", "2024-01-02", "", "b");
        assertThatThrownBy(project::build).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problems()).extracting(p -> p.file()).containsOnly("content/world/a.md");
            assertThat(e.problems()).extracting(p -> p.message()).anySatisfy(m -> assertThat(m).contains("not a path inside the site"));
            assertThat(e.problems()).extracting(p -> p.message()).anySatisfy(m -> assertThat(m).contains("world/b/index.html"));
        });
    }

    @Test
    void the404PageLinksFromTheSiteRootPathAndListsTheLatest() throws Exception {
        writeArchive("");
        Document page = project.page("404.html");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select(".card-title a").eachAttr("href"))
                .containsExactly("/archive/world/talks/", "/archive/world/rates/", "/archive/science/comet/");
        assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).startsWith("/archive/assets/style.");
        assertThat(SiteChecks.brokenLinks(project.site(), "/archive/")).isEmpty();
        assertThat(SiteChecks.htmlErrors(project.site())).isEmpty();
    }

    @Test
    void themeStyleSheetsAreFingerprintedAndCachedForEver() throws Exception {
        writeArchive("");
        String first = project.page("").selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(first).matches("assets/style\\.[0-9a-f]{10}\\.css");
        assertThat(Files.readString(project.site().resolve("_headers")))
                .isEqualTo("/archive/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n");

        project.file("templates/static/style.css", "body { color: navy; }\n");
        project.build();
        String second = project.page("").selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(second).matches("assets/style\\.[0-9a-f]{10}\\.css").isNotEqualTo(first);
        assertThat(project.exists(first)).as("the old fingerprinted file is removed").isFalse();
    }

    @Test
    void withoutABaseUrlTheBuildWorksAndSaysSoOnce() throws Exception {
        article("world/a.md", "A", "2024-01-01", "", "a");
        var result = project.build();
        assertThat(result.notes()).filteredOn(n -> n.contains("baseUrl")).hasSize(1);
        assertThat(Files.readString(project.site().resolve("robots.txt"))).doesNotContain("Sitemap:");
        assertThat(parse("feed.xml").getEntries().get(0).getLink()).isEqualTo("/world/a/");
    }

    private org.w3c.dom.Element root(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(project.site().resolve(file).toFile()).getDocumentElement();
    }

    private List<Element> elements(String file, String name) throws Exception {
        NodeList nodes = root(file).getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static String child(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
