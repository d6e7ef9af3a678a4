package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.model.ProblemException;
import org.dateline.testing.NodeScript;
import org.dateline.testing.SiteChecks;
import org.dateline.testing.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site in three languages, one of them written right to left: each language's pages under its
 * folder (the default's at the root), translations linked both ways for readers, search engines
 * and schema.org, sitemaps with alternates, and the root's files naming every language.
 */
class MultilingualSiteTest {

    static final String BASE = "https://example.org/news/";
    static final String SETTINGS = """
            title: Global Desk
            baseUrl: https://example.org/news/
            language: en
            languages:
              en: English
              fr: {name: Français, title: "Le Bureau mondial"}
              ar: {name: العربية, title: "المكتب العالمي"}
            """;

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void writeSite() {
        project = new TestProject(dir);
        project.file("dateline.yml", SETTINGS);
        // One story in three languages, in language folders, tied by a key written by hand.
        project.article("en/world/geneva-talks.md", story("Geneva talks on Syria resume", "2016-03-05T10:00:00Z",
                "translationKey: geneva-2016\ntags: [Syria]\n", "Talks resumed in Geneva on Saturday."));
        project.article("fr/monde/pourparlers-geneve.md", story("Reprise des pourparlers de Genève",
                "2016-03-05T11:00:00Z", "translationKey: geneva-2016\ntags: [Syrie]\n",
                "Les pourparlers ont repris samedi à Genève."));
        project.article("ar/world/geneva.md", story("استئناف محادثات جنيف", "2016-03-05T12:00:00Z",
                "translationKey: geneva-2016\n", "استؤنفت المحادثات في جنيف يوم السبت."));
        // One story in two languages by file suffix: the same path, so no key is needed.
        project.article("world/election.md", story("Election day in the capital", "2017-05-01T09:00:00Z", "",
                "Voters went to the polls."));
        project.article("world/election.fr.md", story("Jour d'élection dans la capitale", "2017-05-01T09:30:00Z", "",
                "Les électeurs se sont rendus aux urnes."));
        // In French by its front matter, and in no other language: not an error.
        project.article("world/markets.md", story("Les marchés reculent", "2017-06-01T09:00:00Z", "lang: fr\n",
                "La bourse a reculé."));
    }

    private static String story(String title, String date, String more, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\n" + more + "---\n\n" + body + "\n";
    }

    @Test
    void eachLanguageHasItsPagesUnderItsFolderTheDefaultAtTheRoot() throws Exception {
        project.build();

        assertThat(project.exists("world/geneva-talks/index.html")).isTrue();
        assertThat(project.exists("fr/monde/pourparlers-geneve/index.html")).isTrue();
        assertThat(project.exists("ar/world/geneva/index.html")).isTrue();
        assertThat(project.exists("world/election/index.html")).isTrue();
        assertThat(project.exists("fr/world/election/index.html")).isTrue();
        assertThat(project.exists("fr/world/markets/index.html")).isTrue();
        assertThat(project.exists("world/markets/index.html")).as("French only").isFalse();
        assertThat(project.exists("en/index.html")).as("the default language is at the root").isFalse();

        Document home = project.page("");
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(home.selectFirst("html").hasAttr("dir")).isFalse();
        assertThat(home.select(".card-title").eachText()).containsExactly("Election day in the capital",
                "Geneva talks on Syria resume");
        Document fr = project.page("fr/");
        assertThat(fr.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(fr.title()).contains("Le Bureau mondial");
        assertThat(fr.select(".card-title").eachText()).containsExactly("Les marchés reculent",
                "Jour d'élection dans la capitale", "Reprise des pourparlers de Genève");
        Document ar = project.page("ar/");
        assertThat(ar.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(ar.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(project.page("ar/world/geneva/").selectFirst("html").attr("dir")).isEqualTo("rtl");

        assertThat(project.exists("fr/feed.xml")).isTrue();
        assertThat(project.exists("fr/search/meta.js")).isTrue();
        assertThat(project.exists("fr/tags/syrie/index.html")).isTrue();
        assertThat(project.exists("fr/404.html")).as("a host shows the root's 404 page only").isFalse();
        assertThat(project.exists("fr/robots.txt")).isFalse();
    }

    @Test
    void everyLinkResolvesAndEveryPageIsValidHtml() throws Exception {
        project.build();

        assertThat(SiteChecks.brokenLinks(project.site(), "/news/")).isEmpty();
        assertThat(SiteChecks.htmlErrors(project.site())).isEmpty();
    }

    @Test
    void alternatesResolveAndAreReciprocalWithTheDefaultLanguageAsXDefault() throws Exception {
        project.build();

        Map<String, Map<String, String>> alternates = new TreeMap<>();
        for (Path file : SiteChecks.htmlFiles(project.site())) {
            String path = project.site().relativize(file).toString().replace('\\', '/');
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            Map<String, String> own = new TreeMap<>();
            for (Element link : page.select("link[rel=alternate][hreflang]")) {
                own.put(link.attr("hreflang"), link.attr("href"));
            }
            if (!own.isEmpty()) {
                alternates.put(BASE + path.replaceAll("index\\.html$", ""), own);
            }
        }
        assertThat(alternates).containsKeys(BASE + "world/geneva-talks/", BASE + "fr/monde/pourparlers-geneve/",
                BASE + "ar/world/geneva/", BASE + "world/election/", BASE + "fr/world/election/", BASE, BASE + "fr/",
                BASE + "ar/");
        assertThat(alternates.get(BASE + "fr/monde/pourparlers-geneve/")).isEqualTo(Map.of(
                "en", BASE + "world/geneva-talks/", "fr", BASE + "fr/monde/pourparlers-geneve/",
                "ar", BASE + "ar/world/geneva/", "x-default", BASE + "world/geneva-talks/"));
        assertThat(alternates.get(BASE + "fr/world/election/")).containsOnlyKeys("en", "fr", "x-default");
        assertThat(alternates).doesNotContainKey(BASE + "fr/world/markets/");

        alternates.forEach((page, links) -> links.forEach((lang, href) -> {
            assertThat(href).as(page + " → " + lang).startsWith(BASE);
            Path target = project.site().resolve(href.substring(BASE.length())).resolve("index.html");
            assertThat(target).as(page + " → " + lang).exists();
            if (!lang.equals("x-default")) {
                assertThat(alternates.get(href)).as("the way back from " + href).isEqualTo(links);
            }
        }));
    }

    @Test
    void readersSeeTheOtherLanguagesAndCanSwitchOnEveryPage() throws Exception {
        project.build();

        Document fr = project.page("fr/monde/pourparlers-geneve/");
        assertThat(fr.select("p.translations a").eachText()).containsExactly("English", "العربية");
        assertThat(fr.select("p.translations a").eachAttr("href"))
                .containsExactly("../../../world/geneva-talks/", "../../../ar/world/geneva/");
        assertThat(fr.select("p.translations a").eachAttr("lang")).containsExactly("en", "ar");

        Document markets = project.page("fr/world/markets/");
        assertThat(markets.select("p.translations")).as("no translation").isEmpty();
        assertThat(markets.select("nav.languages a").eachAttr("href")).as("to each language's home, and itself")
                .containsExactly("../../../", "../../world/markets/", "../../../ar/");
        assertThat(markets.select("nav.languages a[aria-current]").eachText()).containsExactly("Français");

        Document arHome = project.page("ar/");
        assertThat(arHome.select("nav.languages a").eachAttr("href")).containsExactly("../", "../fr/", "./");
    }

    @Test
    void schemaOrgNamesTheLanguageAndTheTranslations() throws Exception {
        project.build();

        String en = project.page("world/geneva-talks/").selectFirst("script[type=application/ld+json]").data();
        assertThat(en).contains("\"inLanguage\":\"en\"", "\"workTranslation\":[{\"@type\":\"NewsArticle\",\"@id\":\""
                + BASE + "fr/monde/pourparlers-geneve/\",\"inLanguage\":\"fr\"},{\"@type\":\"NewsArticle\",\"@id\":\""
                + BASE + "ar/world/geneva/\",\"inLanguage\":\"ar\"}]");
        String fr = project.page("fr/monde/pourparlers-geneve/").selectFirst("script[type=application/ld+json]").data();
        assertThat(fr).contains("\"inLanguage\":\"fr\"", "\"translationOfWork\":{\"@type\":\"NewsArticle\",\"@id\":\""
                + BASE + "world/geneva-talks/\",\"inLanguage\":\"en\"}");
        assertThat(fr).doesNotContain("workTranslation");
    }

    @Test
    void sitemapsCarryAlternatesAndRobotsNamesEveryLanguagesSitemap() throws Exception {
        project.build();

        assertThat(Files.readString(project.site().resolve("robots.txt"))).contains(
                "Sitemap: " + BASE + "sitemap.xml\n", "Sitemap: " + BASE + "fr/sitemap.xml\n",
                "Sitemap: " + BASE + "ar/sitemap.xml\n");
        Document sitemap = Jsoup.parse(Files.readString(project.site().resolve("fr/sitemap.xml")), "", Parser.xmlParser());
        Element url = sitemap.select("url").stream()
                .filter(u -> u.selectFirst("loc").text().equals(BASE + "fr/world/election/")).findFirst().orElseThrow();
        List<String> links = new ArrayList<>();
        for (Element link : url.getElementsByTag("xhtml:link")) {
            links.add(link.attr("hreflang") + " " + link.attr("href"));
        }
        assertThat(links).containsExactly("en " + BASE + "world/election/", "fr " + BASE + "fr/world/election/",
                "x-default " + BASE + "world/election/");
        assertThat(sitemap.selectFirst("urlset").attr("xmlns:xhtml")).isEqualTo("http://www.w3.org/1999/xhtml");
        Document root = Jsoup.parse(Files.readString(project.site().resolve("sitemap.xml")), "", Parser.xmlParser());
        assertThat(root.select("loc").eachText()).as("each language lists its own pages")
                .allMatch(loc -> !loc.startsWith(BASE + "fr/") && !loc.startsWith(BASE + "ar/"))
                .contains(BASE + "world/election/");
    }

    @Test
    void aKeyNoOtherLanguageSharesIsANoteAndAnUnknownLanguageAProblem() throws Exception {
        project.article("fr/monde/seul.md", story("Seul", "2018-01-01T09:00:00Z", "translationKey: lonely\n", "Texte."));
        BuildResult result = project.build();
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).isEqualTo("translationKey 'lonely'"
                + " (fr/monde/seul/) is shared by no article in another language: check its spelling, or leave it out"
                + " until the translation is written"));
        assertThat(result.notes()).noneMatch(note -> note.contains("markets"));

        project.article("world/de.md", story("Auf Deutsch", "2018-01-01T09:00:00Z", "lang: de\n", "Text."));
        assertThatThrownBy(project::build).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("content/world/de.md");
                    assertThat(p.line()).isEqualTo(4);
                    assertThat(p.message()).isEqualTo("lang 'de' is not one of the site's languages (ar, en, fr)");
                    assertThat(p.hint()).isEqualTo("Write one of them, or add 'de' to 'languages:' in dateline.yml.");
                }));
    }

    @Test
    void aRebuildAfterAnEditIsTheColdBuild() throws Exception {
        project.build();
        project.article("fr/monde/pourparlers-geneve.md", story("Reprise des pourparlers de Genève (mise à jour)",
                "2016-03-05T11:00:00Z", "translationKey: geneva-2016\ntags: [Syrie, Diplomatie]\n",
                "Les pourparlers ont repris samedi à Genève, a-t-on appris."));
        project.delete("content/world/election.fr.md");
        BuildResult rebuild = project.build();
        assertThat(rebuild.pagesRendered()).isLessThan(rebuild.pagesPlanned());
        Map<String, byte[]> rebuilt = TestProject.snapshot(project.site());

        Path cold = dir.resolve("cold");
        project.build(project.options().withOutput(cold).withCache(dir.resolve("cold-cache")));
        assertThat(rebuilt.keySet()).isEqualTo(TestProject.snapshot(cold).keySet());
        TestProject.assertSameFiles(cold, project.site());
        assertThat(project.page("world/election/").select("link[hreflang]")).as("its translation is gone").isEmpty();
    }

    @Test
    void eachLanguageIsSearchedWithItsOwnStemmerAndCommonWords() throws Exception {
        project.article("fr/monde/vote.md", story("Les électeurs aux urnes", "2018-04-01T09:00:00Z", "",
                "Les élections législatives ont lieu dimanche."));
        project.build();

        String meta = Files.readString(project.site().resolve("fr/search/meta.js"));
        assertThat(meta).contains("\"stopWords\":[\"a\",\"ai\",").contains("\"forms\":1");
        assertThat(Files.readString(project.site().resolve("search/meta.js"))).as("English: the browser stems")
                .doesNotContain("\"forms\"").contains("\"stopWords\":[\"a\",\"an\",\"and\",");
        String fr = project.site().resolve("fr/search").toString();
        JsonNode out = new NodeScript().call("searchSite", fr, "élection").call("searchSite", fr, "les électeur")
                .call("searchSite", project.site().resolve("search").toString(), "elections").run();
        assertThat(paths(out.get(0))).as("« élection » finds « d'élection » in a headline, « élections » in a body")
                .containsExactly("world/election/", "monde/vote/");
        assertThat(paths(out.get(1))).as("« les » is a French stop word").containsExactly("monde/vote/",
                "world/election/");
        assertThat(paths(out.get(2))).containsExactly("world/election/");
    }

    @Test
    void wireCopyTakesItsFoldersLanguage() throws Exception {
        project.article("fr/monde/depeche.txt", "Date: 2019-02-01 08:00\n\nLa dépêche du matin\n\nLe texte de la dépêche.\n");
        project.build();

        Document wire = project.page("fr/monde/depeche/");
        assertThat(wire.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(wire.selectFirst("h1").text()).isEqualTo("La dépêche du matin");
        assertThat(project.exists("monde/depeche/index.html")).isFalse();
    }

    @Test
    void aPageOfTheDefaultLanguageInAnotherLanguagesFolderIsAProblem() throws Exception {
        project.article("fr.md", story("France", "2019-02-01T08:00:00Z", "", "A story at the top called fr."));
        project.article("world/x.md", story("Sectioned", "2019-02-01T08:00:00Z", "section: ar\n", "Text."));

        assertThatThrownBy(project::build).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems())
                .extracting(p -> p.file() + ": " + p.message()).containsExactlyInAnyOrder(
                        "content/fr.md: its page would be at fr/, in the folder of the pages in Français",
                        "content/world/x.md: its section would be at ar/, in the folder of the pages in العربية"));
        assertThat(project.site()).doesNotExist();
    }

    @Test
    void twoArticlesOfOneLanguageWithOneKeyAreANoteAndOnlyTheFirstIsLinked() throws Exception {
        project.article("fr/monde/autre.md", story("Une autre dépêche", "2016-03-06T11:00:00Z",
                "translationKey: geneva-2016\n", "Autre texte."));
        BuildResult result = project.build();

        assertThat(result.notes()).contains("fr/monde/pourparlers-geneve.md and fr/monde/autre.md are both in"
                + " Français with the translation key 'geneva-2016': only fr/monde/autre.md is linked to its"
                + " translations; give one of them another translationKey");
        assertThat(project.page("fr/monde/autre/").select("p.translations a")).hasSize(2);
        assertThat(project.page("fr/monde/pourparlers-geneve/").select("p.translations")).isEmpty();
    }

    @Test
    void theRootsRedirectsNameEveryLanguagesAliases() throws Exception {
        project.article("fr/monde/pourparlers-geneve.md", story("Reprise des pourparlers de Genève",
                "2016-03-05T11:00:00Z", "translationKey: geneva-2016\naliases: [/ancien/geneve/]\n", "Texte."));
        project.article("world/election.md", story("Election day in the capital", "2017-05-01T09:00:00Z",
                "aliases: [/old/election/]\n", "Voters went to the polls."));
        project.build();

        String redirects = Files.readString(project.site().resolve("_redirects"));
        assertThat(redirects).contains("/news/old/election/ /news/world/election/",
                "/news/fr/ancien/geneve/ /news/fr/monde/pourparlers-geneve/");
        assertThat(project.exists("fr/_redirects")).isFalse();
        assertThat(project.exists("fr/ancien/geneve/index.html")).isTrue();
    }

    private static List<String> paths(JsonNode result) {
        List<String> paths = new ArrayList<>();
        result.get("paths").forEach(p -> paths.add(p.asText()));
        return paths;
    }
}
