package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.testing.NodeScript;
import org.dateline.testing.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme speaks the site's language: its words from the language's messages, its dates in the
 * language's patterns and month names, plural forms as the language has them, and, for a language
 * written right to left, {@code dir="rtl"}. A site's own messages file changes what it names.
 */
class ThemeLanguagesTest {

    // jsoup gives a no-break space (written before French colons) as a plain space in text and titles; attributes keep it.

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void writeArticles() {
        project = new TestProject(dir);
        project.article("world/talks.md", "---\ntitle: Talks resume\ndate: 2024-03-05T09:00:00Z\nauthor: Ana Ruiz\n"
                + "tags: [Diplomacy]\naliases: [\"/old/talks/\"]\n---\n\nTalks resumed in Geneva on Tuesday.\n");
        project.article("world/vote.md", "---\ntitle: Vote delayed\ndate: 2024-03-05T18:30:00Z\n"
                + "authors: [Ana Ruiz, Bo Li, Cy Ng]\nsource: Wire\n---\n\nThe vote was put off by a week.\n");
        project.article("business/fares.md", "---\ntitle: Fares frozen\ndate: 2021-03-05T12:00:00Z\n---\n\nFares stay.\n");
        project.article("world/notes.md", "---\ntitle: Notes from the desk\n---\n\nNo date on this one.\n");
    }

    private void settings(String language) {
        project.file("dateline.yml", "title: Desk\nbaseUrl: https://example.org/\nlanguage: " + language
                + "\ntimeZone: Europe/Paris\npageSize: 2\n");
    }

    @Test
    void aFrenchSiteSaysEverythingInFrench() throws Exception {
        settings("fr");
        project.build();

        Document home = project.page("");
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(home.selectFirst("html").hasAttr("dir")).isFalse();
        assertThat(home.selectFirst(".skip-link").text()).isEqualTo("Aller au contenu");
        assertThat(home.selectFirst(".site-search button").text()).isEqualTo("Rechercher");
        assertThat(home.selectFirst("nav.sections").attr("aria-label")).isEqualTo("Rubriques");
        assertThat(home.select("nav.browse a").eachText()).containsExactly("Archives", "Mots-clés", "Auteurs", "Sources");
        assertThat(home.selectFirst("h1").text()).isEqualTo("Dernières nouvelles");
        assertThat(home.selectFirst(".listing-head .count").text()).isEqualTo("4 articles dans les archives");
        assertThat(home.select(".card-meta time").eachText())
                .containsExactly("5 mars 2024 à 19h30 CET", "5 mars 2024 à 10h00 CET");
        assertThat(home.selectFirst("nav.pager").attr("aria-label")).isEqualTo("Pagination\u00a0: Dernières nouvelles");
        assertThat(home.select("nav.pager a[rel]").eachText()).containsExactly("Plus anciens ›", "Dernière »");
        assertThat(home.selectFirst("#on-this-day").text()).isEqualTo("Ce jour-là, les années précédentes");
        assertThat(home.selectFirst(".side script").data()).contains("link.textContent = \"Ce jour-l\\xE0, en \" + (");
        assertThat(home.selectFirst(".site-footer .generator").text()).isEqualTo("Réalisé avec Dateline.");

        Document article = project.page("world/vote/");
        assertThat(article.selectFirst(".byline").text()).isEqualTo("Par Ana Ruiz, Bo Li et Cy Ng");
        assertThat(article.selectFirst(".reading-time").text()).isEqualTo("1 min de lecture");
        assertThat(article.selectFirst(".source").text()).isEqualTo("Source : Wire");
        assertThat(article.select("nav.breadcrumbs a").eachText()).containsExactly("Accueil", "World");
        assertThat(article.selectFirst("nav.neighbours").attr("aria-label")).isEqualTo("Aussi dans la rubrique World");
        assertThat(article.select("nav.neighbours .label").eachText()).containsExactly("Plus ancien");
        assertThat(project.page("world/notes/").selectFirst(".when .undated").text()).isEqualTo("Sans date");

        Document month = project.page("2024/03/");
        assertThat(month.title()).isEqualTo("mars 2024 · Desk");
        assertThat(month.selectFirst(".listing-head .count").text())
                .isEqualTo("2 articles. Les articles de mars 2024, du plus récent au plus ancien.");
        assertThat(month.select("nav.periods a").eachText()).containsExactly("5 mars 2024");
        assertThat(month.select("nav.breadcrumbs a").eachText()).containsExactly("Accueil", "Archives", "2024");
        assertThat(project.page("2024/03/05/").selectFirst(".undated-link a").text()).isEqualTo("Le 5 mars, les autres années");

        Document archive = project.page("archive/");
        assertThat(archive.selectFirst(".listing-head .count").text()).isEqualTo("4 articles, par année et par mois.");
        assertThat(archive.select("#y2024 + .months .m").eachText()).startsWith("janv.", "févr.", "mars");
        assertThat(archive.select("#y2024 + .months .visually-hidden").get(2).text()).isEqualTo("mars 2024 : 2 articles");
        assertThat(archive.selectFirst("p.undated-link").text()).isEqualTo("1 article sans date est classé à part, par titre.");

        Document day = project.page("on-this-day/03-05/");
        assertThat(day.title()).isEqualTo("Ce jour-là : 5 mars · Desk");
        assertThat(day.select("section.on-this-day-year h2").eachText()).containsExactly("5 mars 2024", "5 mars 2021");
        assertThat(project.page("tags/").selectFirst(".listing-head .count").text()).isEqualTo("1 mot-clé.");
        assertThat(project.page("404.html").selectFirst("h1").text()).isEqualTo("Page introuvable");
        assertThat(project.page("old/talks/").selectFirst("main p").text()).isEqualTo("Cet article a été déplacé : Talks resume.");

        String feed = Files.readString(project.site().resolve("world/feed.xml"));
        assertThat(Jsoup.parse(feed, "", Parser.xmlParser()).selectFirst("channel > description").text())
                .isEqualTo("Les derniers articles : World – Desk");
    }

    @Test
    void theSearchPageGivesItsScriptTheWordsOfTheLanguage() throws Exception {
        settings("fr");
        project.build();

        Document search = project.page("search/");
        assertThat(search.selectFirst("#search-input + button, .search-query button").text()).isEqualTo("Rechercher");
        assertThat(search.selectFirst("label[for=search-input]").text()).isEqualTo("Mots à chercher");
        String messages = search.getElementById("search-form").attr("data-messages");
        JsonNode words = new ObjectMapper().readTree(messages);
        assertThat(words.get("undated").asText()).isEqualTo("Sans date");
        assertThat(words.get("matches").get("other").asText()).isEqualTo("{0} articles correspondent à «\u00a0{1}\u00a0».");

        JsonNode said = new NodeScript()
                .call("say", messages, "fr", "matches", 1, "élection")
                .call("say", messages, "fr", "matches", 12, "élection")
                .call("say", messages, "fr", "undated")
                .call("say", "", "en", "matches", 12, "election")
                .call("say", "", "en", "some", 1)
                .run();
        assertThat(said.get(0).asText()).isEqualTo("1 article correspond à «\u00a0élection\u00a0».");
        assertThat(said.get(1).asText()).isEqualTo("12 articles correspondent à «\u00a0élection\u00a0».");
        assertThat(said.get(2).asText()).isEqualTo("Sans date");
        assertThat(said.get(3).asText()).as("the script's own English").isEqualTo("12 articles match “election”.");
        assertThat(said.get(4).asText()).isEqualTo("No article has every word; 1 article has some of them.");
    }

    @Test
    void anArabicSiteIsLaidOutRightToLeftWithArabicWordsDatesAndPlurals() throws Exception {
        settings("ar");
        project.build();

        Document home = project.page("");
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(home.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(home.selectFirst("h1").text()).isEqualTo("آخر الأخبار");
        assertThat(home.selectFirst(".listing-head .count").text()).as("3 to 10: few").isEqualTo("4 مقالات في الأرشيف");
        assertThat(home.select(".card-meta time").eachText()).containsExactly("5 مارس 2024، 19:30 CET", "5 مارس 2024، 10:00 CET");
        assertThat(home.select("nav.browse a").eachText()).containsExactly("الأرشيف", "الوسوم", "الكتّاب", "المصادر");

        Document article = project.page("world/vote/");
        assertThat(article.selectFirst(".byline").text()).isEqualTo("بقلم Ana Ruiz، Bo Li وCy Ng");
        assertThat(article.selectFirst(".reading-time").text()).as("one minute").isEqualTo("قراءة في دقيقة");
        assertThat(article.select("nav.breadcrumbs a").eachText()).containsExactly("الرئيسية", "World");

        Document month = project.page("2024/03/");
        assertThat(month.title()).isEqualTo("مارس 2024 · Desk");
        assertThat(month.selectFirst(".listing-head .count").text()).as("two: its own form")
                .startsWith("مقالان. مقالات مارس 2024");
        assertThat(project.page("archive/").select("#y2024 + .months .m").eachText())
                .startsWith("يناير", "فبراير", "مارس");
        assertThat(project.page("tags/").selectFirst(".listing-head .count").text()).isEqualTo("وسم واحد.");
        Document redirect = project.page("old/talks/");
        assertThat(redirect.selectFirst("html").attr("dir")).as("the page for a former address too").isEqualTo("rtl");
        assertThat(redirect.title()).isEqualTo("نُقل: Talks resume · Desk");
    }

    @Test
    void germanAndSpanishAndTurkishDatesAreWrittenTheirWay() throws Exception {
        settings("de");
        project.build();
        assertThat(project.page("2024/03/05/").selectFirst("h1").text()).isEqualTo("5. März 2024");
        assertThat(project.page("").selectFirst("h1").text()).isEqualTo("Schlagzeilen");

        settings("es");
        project.build();
        assertThat(project.page("2024/03/05/").selectFirst("h1").text()).isEqualTo("5 de marzo de 2024");
        assertThat(project.page("2024/03/").selectFirst("h1").text()).isEqualTo("marzo de 2024");

        settings("tr");
        project.build();
        assertThat(project.page("2024/03/05/").selectFirst("h1").text()).isEqualTo("5 Mart 2024");
        assertThat(project.page("").selectFirst(".side script").data()).as("the year comes first in Turkish")
                .contains("link.textContent = \"\" + (Number(years[0]) < now.getFullYear() ? years[0] : years[1]) + \" y\\u0131l\\u0131nda bug\\xFCn\";");
    }

    @Test
    void aSitesOwnMessagesFileChangesTheWordsItNamesAndARebuildFollowsIt() throws Exception {
        settings("fr");
        project.file("templates/messages/fr.properties", "listing.latest = À la une\n");
        project.build();
        assertThat(project.page("").selectFirst("h1").text()).isEqualTo("À la une");
        assertThat(project.page("").selectFirst(".skip-link").text()).as("the rest is the theme's French")
                .isEqualTo("Aller au contenu");

        project.file("templates/messages/fr.properties", "listing.latest = L’essentiel\n");
        project.build();
        assertThat(project.page("").selectFirst("h1").text()).isEqualTo("L’essentiel");
    }

    @Test
    void aLanguageTheThemeHasNoWordsForIsShownInEnglishWithANote() throws Exception {
        settings("pt");
        BuildResult result = project.build();
        assertThat(project.page("").selectFirst("html").attr("lang")).isEqualTo("pt");
        assertThat(project.page("").selectFirst("h1").text()).isEqualTo("Latest articles");
        assertThat(project.page("2024/03/05/").selectFirst("h1").text()).as("the language's month names")
                .isEqualTo("5 março 2024");
        assertThat(result.notes()).anySatisfy(note -> assertThat(note)
                .startsWith("the theme has no messages in 'pt', so pages show its words in English"));
    }

    @Test
    void anEnglishSiteIsAsItWas() throws Exception {
        settings("en");
        project.build();
        Document home = project.page("");
        assertThat(home.selectFirst("html").hasAttr("dir")).isFalse();
        assertThat(home.selectFirst(".side script").data())
                .contains("link.textContent = \"On this day in \" + (Number(years[0]) < now.getFullYear() ? years[0] : years[1]);");
        assertThat(project.page("search/").getElementById("search-form").hasAttr("data-messages"))
                .as("the script's built-in English").isFalse();
        assertThat(project.page("world/vote/").selectFirst(".byline").text()).isEqualTo("By Ana Ruiz, Bo Li and Cy Ng");
        assertThat(project.page("tags/").selectFirst(".listing-head .count").text()).isEqualTo("1 tag.");
    }

    @Test
    void theNamesFoundInTheTextAreToldOfInTheLanguage() throws Exception {
        project.file("dateline.yml", "language: de\nentities: true\n");
        for (int day = 1; day <= 3; day++) {
            project.markdown("world/geneva-" + day + ".md", "Talks, day " + day, "2024-03-0" + day + "T09:00:00Z",
                    "US Secretary of State John Kerry arrived in Geneva on Sunday. Kerry said talks would be hard.");
        }
        project.build();

        Document person = project.page("people/john-kerry/");
        assertThat(person.selectFirst("h1 .label").text()).isEqualTo("Person");
        assertThat(person.selectFirst(".listing-head .count").text()).startsWith("In 3 Artikeln genannt.");
        assertThat(person.select(".card-meta time").eachText()).containsExactly("3. März 2024, 09:00 Uhr UTC",
                "2. März 2024, 09:00 Uhr UTC", "1. März 2024, 09:00 Uhr UTC");
        Document article = project.page("world/geneva-1/");
        assertThat(article.selectFirst("#in-this-story-heading").text()).isEqualTo("In diesem Artikel");
        assertThat(article.select(".in-this-story dt").eachText()).containsExactly("Personen", "Orte");
        assertThat(project.page("places/").selectFirst("h1").text()).isEqualTo("Orte");
    }

    @Test
    void eachLanguageOfAMultilingualSiteHasItsOwnWords() throws Exception {
        project.file("dateline.yml", "title: Desk\nlanguage: en\nlanguages:\n  en: English\n  fr: Français\n  ar: العربية\n");
        project.article("world/talks.fr.md", "---\ntitle: Reprise des pourparlers\ndate: 2024-03-05T10:00:00Z\n---\n\nTexte.\n");
        project.article("world/talks.ar.md", "---\ntitle: استئناف المحادثات\ndate: 2024-03-05T11:00:00Z\n---\n\nنص.\n");
        project.build();
        assertThat(project.page("").selectFirst("h1").text()).isEqualTo("Latest articles");
        Document french = project.page("fr/");
        assertThat(french.selectFirst("h1").text()).isEqualTo("Dernières nouvelles");
        assertThat(french.selectFirst(".card-meta time").text()).isEqualTo("5 mars 2024 à 10h00 UTC");
        Document arabic = project.page("ar/");
        assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.selectFirst("h1").text()).isEqualTo("آخر الأخبار");
        assertThat(arabic.selectFirst("nav.languages").attr("aria-label")).isEqualTo("اللغات");
        assertThat(project.page("fr/world/talks/").selectFirst(".translations").text()).startsWith("Disponible aussi en : English");
    }
}
