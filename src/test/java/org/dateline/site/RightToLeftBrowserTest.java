package org.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.testing.BrowserCheck;
import org.dateline.testing.StaticServer;
import org.dateline.testing.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default theme in a real browser on a site in English, French and Arabic: axe-core
 * ({@code src/test/browser/a11y-check.mjs}, WCAG 2.0 to 2.2 A and AA and axe's best practices) finds
 * no violation on the Arabic home, article, archive, section, tag and search pages, in light and dark
 * colours and at a phone's width, nor on the English and French articles; the Arabic pages read
 * right to left, the Arabic article is laid out as the English one in a mirror, and no page scrolls
 * sideways. With {@code -Dscreenshots.dir=docs/screenshots} it also
 * saves the Arabic home and article pages as PNGs, at 1280 and 390 pixels wide, for a person to look
 * at. Skipped, saying why, where Node.js, Chromium, playwright-core or axe-core is missing
 * ({@code src/test/browser/install.sh} installs them).
 */
class RightToLeftBrowserTest {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    static final Map<String, Integer> DESKTOP = Map.of("width", 1280, "height", 800);
    static final Map<String, Integer> PHONE = Map.of("width", 390, "height", 844);

    static final String AR_HOME = "ar/";
    static final String AR_ARTICLE = "ar/العالم/geneva-talks/";
    static final String AR_ARCHIVE = "ar/archive/";
    static final String AR_SECTION = "ar/العالم/";
    static final String AR_TAG = "ar/tags/سوريا/";
    static final String AR_SEARCH = "ar/search/";
    static final String EN_ARTICLE = "world/geneva-talks/";
    static final String FR_ARTICLE = "fr/monde/pourparlers-geneve/";

    /** What turns over between directions, looked at on the Arabic and the English article. */
    static final List<Map<String, Object>> PROBES = List.of(
            probe(".skip-link"),
            probe("nav.sections"),
            probe("nav.languages"),
            probe("nav.languages a", "font-family", "text-decoration-line"),
            probe("p.translations a", "unicode-bidi"),
            probe(".story-body blockquote", "border-left-width", "border-right-width", "padding-left",
                    "padding-right", "font-style"),
            probe(".story-body ul", "padding-left", "padding-right"));

    @TempDir
    static Path dir;

    /** What a11y-check.mjs found on each page it was given, in the order given. */
    static List<JsonNode> pages;
    static JsonNode control;
    static List<String> checked;
    /** Why the one run of the browser failed or was skipped, told again to each test. */
    static Throwable failed;

    /**
     * One build and one browser run for every test, made by the first; per test (not in
     * {@code @BeforeAll}) so that a skip is reported on each test, with its reason.
     */
    @BeforeEach
    void buildServeAndCheckOnce() throws Throwable {
        BrowserCheck.assumeInstalled("the right-to-left accessibility checks", "playwright-core", "axe-core");
        if (pages == null && failed == null) {
            try {
                buildServeAndCheck();
            } catch (Throwable e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private static void buildServeAndCheck() throws Exception {
        TestProject project = new TestProject(dir.resolve("project"));
        writeSite(project);
        project.build();

        String shots = System.getProperty("screenshots.dir", "");
        List<Map<String, Object>> specPages = new ArrayList<>();
        checked = new ArrayList<>();
        // A control, first: a page with faults axe must find, so that "no violation" below means it looked.
        Path faulty = dir.resolve("faulty.html");
        Files.writeString(faulty, "<!DOCTYPE html><html><head><title>Faulty</title></head><body><main><h1>Faulty</h1>"
                + "<p style=\"color:#bbb;background:#fff\">Too faint to read.</p><img src=\"data:,\"></main></body></html>");
        specPages.add(new LinkedHashMap<>(Map.of("url", faulty.toUri().toString())));
        try (StaticServer server = StaticServer.serve(project.site(), "/")) {
            add(specPages, server, AR_HOME, DESKTOP, "light", null, shot(shots, "rtl-home-1280.png"));
            add(specPages, server, AR_HOME, PHONE, "light", null, shot(shots, "rtl-home-390.png"));
            add(specPages, server, AR_HOME, DESKTOP, "dark", null, null);
            add(specPages, server, AR_ARTICLE, DESKTOP, "light", null, shot(shots, "rtl-article-1280.png"))
                    .put("probes", PROBES);
            add(specPages, server, AR_ARTICLE, PHONE, "light", null, shot(shots, "rtl-article-390.png"));
            add(specPages, server, AR_ARTICLE, DESKTOP, "dark", null, null);
            add(specPages, server, AR_ARCHIVE, DESKTOP, "light", null, null);
            add(specPages, server, AR_SECTION, DESKTOP, "light", null, null);
            add(specPages, server, AR_TAG, PHONE, "light", null, null);
            // With a query in the address, so axe also sees the results the script writes into the page.
            add(specPages, server, AR_SEARCH + "?q=" + URLEncoder.encode("جنيف", StandardCharsets.UTF_8), DESKTOP,
                    "light", "#search-results > li .snippet[data-ready]", null);
            add(specPages, server, AR_SEARCH, PHONE, "dark", null, null);
            add(specPages, server, EN_ARTICLE, DESKTOP, "light", null, null).put("probes", PROBES);
            add(specPages, server, FR_ARTICLE, DESKTOP, "light", null, null);
            add(specPages, server, FR_ARTICLE, PHONE, "dark", null, null);

            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("tags", TAGS);
            spec.put("pages", specPages);
            JsonNode out = BrowserCheck.run("a11y-check.mjs", spec, dir, 600);
            assertThat(out.get("pages")).hasSameSizeAs(specPages);
            control = out.get("pages").get(0);
            pages = new ArrayList<>();
            out.get("pages").forEach(pages::add);
            pages.remove(0);
        }
    }

    private static Map<String, Object> add(List<Map<String, Object>> spec, StaticServer server, String path,
            Map<String, Integer> viewport, String colorScheme, String waitFor, Path screenshot) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("url", server.url(path));
        page.put("viewport", viewport);
        page.put("colorScheme", colorScheme);
        if (waitFor != null) {
            page.put("waitFor", waitFor);
        }
        if (screenshot != null) {
            page.put("screenshot", screenshot.toString());
        }
        spec.add(page);
        checked.add(path);
        return page;
    }

    private static Map<String, Object> probe(String selector, String... properties) {
        return Map.of("selector", selector, "properties", List.of(properties));
    }

    private static Path shot(String folder, String name) {
        return folder.isEmpty() ? null : Path.of(folder).toAbsolutePath().resolve(name);
    }

    @Test
    void axeFindsTheFaultsOfTheControlPage() {
        List<String> ids = new ArrayList<>();
        control.get("violations").forEach(v -> ids.add(v.get("id").asText()));
        assertThat(ids).contains("html-has-lang", "image-alt", "color-contrast");
    }

    @Test
    void axeFindsNoViolationOnAnyPage() {
        List<String> found = new ArrayList<>();
        for (JsonNode page : pages) {
            for (JsonNode v : page.get("violations")) {
                List<String> targets = new ArrayList<>();
                v.get("nodes").forEach(n -> targets.add(n.get("target").toString() + " " + n.get("html").asText()));
                found.add(where(page) + ": " + v.get("id").asText() + " (" + v.get("impact").asText() + ") "
                        + v.get("help").asText() + " at " + String.join("; ", targets));
            }
        }
        assertThat(found).as("axe-core's violations (%s)", TAGS).isEmpty();
    }

    @Test
    void theArabicPagesReadRightToLeftAndTheOthersLeftToRight() {
        for (int i = 0; i < pages.size(); i++) {
            JsonNode page = pages.get(i);
            boolean arabic = checked.get(i).startsWith("ar/");
            assertThat(page.get("lang").asText()).as(where(page)).isEqualTo(arabic ? "ar"
                    : checked.get(i).startsWith("fr/") ? "fr" : "en");
            assertThat(page.get("dir").asText()).as(where(page)).isEqualTo(arabic ? "rtl" : "");
            assertThat(page.get("direction").asText()).as(where(page)).isEqualTo(arabic ? "rtl" : "ltr");
            assertThat(page.get("rtl").asBoolean()).as(where(page)).isEqualTo(arabic);
        }
    }

    @Test
    void theArabicArticleIsTheEnglishOneInAMirror() {
        Map<String, JsonNode> ar = probes(AR_ARTICLE);
        Map<String, JsonNode> en = probes(EN_ARTICLE);
        double width = DESKTOP.get("width");

        // The skip link at the start edge: the right in Arabic, the left in English.
        assertThat(rect(ar, ".skip-link", "left")).isGreaterThan(width / 2);
        assertThat(rect(en, ".skip-link", "right")).isLessThan(width / 2);
        // The sections start the navigation row and the language menu ends it, on either side.
        assertThat(rect(ar, "nav.sections", "left")).isGreaterThan(rect(ar, "nav.languages", "right"));
        assertThat(rect(en, "nav.sections", "right")).isLessThan(rect(en, "nav.languages", "left"));
        // The language menu as the browse links are: the theme's sans-serif, not underlined.
        for (Map<String, JsonNode> page : List.of(ar, en)) {
            assertThat(value(page, "nav.languages a", "font-family")).startsWith("system-ui");
            assertThat(value(page, "nav.languages a", "text-decoration-line")).isEqualTo("none");
            assertThat(value(page, "p.translations a", "unicode-bidi")).isEqualTo("isolate");
        }
        // A quotation's rule and a list's indent on the side the lines start.
        assertThat(value(ar, ".story-body blockquote", "border-right-width")).isEqualTo("4px");
        assertThat(value(ar, ".story-body blockquote", "border-left-width")).isEqualTo("0px");
        assertThat(value(ar, ".story-body blockquote", "padding-right")).isEqualTo("20px");
        assertThat(value(ar, ".story-body blockquote", "padding-left")).isEqualTo("0px");
        assertThat(value(ar, ".story-body blockquote", "font-style")).as("Arabic has no italics").isEqualTo("normal");
        assertThat(value(en, ".story-body blockquote", "border-left-width")).isEqualTo("4px");
        assertThat(value(en, ".story-body blockquote", "border-right-width")).isEqualTo("0px");
        assertThat(value(en, ".story-body blockquote", "padding-left")).isEqualTo("20px");
        assertThat(value(en, ".story-body blockquote", "font-style")).isEqualTo("italic");
        assertThat(value(ar, ".story-body ul", "padding-right")).isEqualTo("22.4px");
        assertThat(value(ar, ".story-body ul", "padding-left")).isEqualTo("0px");
        assertThat(value(en, ".story-body ul", "padding-left")).isEqualTo("22.4px");
        assertThat(value(en, ".story-body ul", "padding-right")).isEqualTo("0px");
    }

    private static Map<String, JsonNode> probes(String path) {
        JsonNode page = pages.get(checked.indexOf(path));
        Map<String, JsonNode> bySelector = new LinkedHashMap<>();
        page.get("probes").forEach(p -> {
            assertThat(p.get("found").asBoolean()).as(where(page) + " has " + p.get("selector").asText()).isTrue();
            bySelector.put(p.get("selector").asText(), p);
        });
        return bySelector;
    }

    private static double rect(Map<String, JsonNode> probes, String selector, String edge) {
        return probes.get(selector).get("rect").get(edge).asDouble();
    }

    private static String value(Map<String, JsonNode> probes, String selector, String property) {
        return probes.get(selector).get("values").get(property).asText();
    }

    @Test
    void noPageScrollsSidewaysOrFailsToLoadAnything() {
        for (JsonNode page : pages) {
            assertThat(page.get("horizontalOverflow").asBoolean()).as(where(page) + " is wider than the screen")
                    .isFalse();
            assertThat(page.get("errors")).as(where(page) + ": page errors").isEmpty();
            assertThat(page.get("failedRequests")).as(where(page) + ": failed requests").isEmpty();
        }
    }

    @Test
    void theScreenshotsAreSavedWhenAskedFor() {
        String shots = System.getProperty("screenshots.dir", "");
        for (JsonNode page : pages) {
            if (page.has("screenshot")) {
                Path file = Path.of(page.get("screenshot").asText());
                assertThat(file).as(where(page)).isRegularFile();
                assertThat(file.getParent()).isEqualTo(Path.of(shots).toAbsolutePath());
            }
        }
        assertThat(pages.stream().filter(p -> p.has("screenshot")).count())
                .as("screenshots with -Dscreenshots.dir, none without").isEqualTo(shots.isEmpty() ? 0 : 4);
    }

    private static String where(JsonNode page) {
        return page.get("url").asText() + " at " + page.get("viewport").get("width").asInt() + " px, "
                + page.get("colorScheme").asText();
    }

    /**
     * English at the root, French and Arabic in their folders; the same three stories in each
     * language, tied by translationKey, and one Arabic story with no translation. The Arabic ones
     * have what turns over in a right-to-left page: a dateline, a quote, a list, a table, tags,
     * an author, and neighbours in their section.
     */
    static void writeSite(TestProject project) {
        project.file("dateline.yml", """
                title: Global Desk
                description: News from around the world
                baseUrl: https://example.org/
                language: en
                languages:
                  en: English
                  fr: {name: Français, title: "Le Bureau mondial", description: "L'actualité du monde entier"}
                  ar: {name: العربية, title: "المكتب العالمي", description: "أخبار من أنحاء العالم"}
                """);
        project.article("world/geneva-talks.md", story("Geneva talks on Syria resume", "2016-03-05T10:00:00Z",
                "World", "Sara Haddad", "[Syria, Diplomacy]", "GENEVA", "geneva-2016", """
                Talks resumed in Geneva on Saturday, with delegations of the government and the opposition.

                > We hope this round will be different from the last ones.

                The special envoy said the parties had agreed on a three-point agenda:

                - a ceasefire;
                - aid to the besieged towns;
                - a timetable for elections.
                """));
        project.article("world/election.md", story("Voters go to the polls in the capital", "2016-03-06T09:00:00Z",
                "World", "Omar Khalil", "[Elections]", "BEIRUT", "election-2016",
                "Voters in the capital went to the polls on Sunday morning."));
        project.article("business/oil-prices.md", story("Oil prices rise for a third week", "2016-03-04T08:00:00Z",
                "Business", "Lina Nasser", "[Oil, Markets]", "", "oil-2016",
                "Crude oil prices rose for the third week in a row as stocks fell."));

        project.article("fr/monde/pourparlers-geneve.md", story("Reprise des pourparlers de Genève sur la Syrie",
                "2016-03-05T11:00:00Z", "Monde", "Sara Haddad", "[Syrie, Diplomatie]", "GENÈVE", "geneva-2016", """
                Les pourparlers ont repris samedi à Genève, en présence des délégations du gouvernement et de
                l'opposition.

                > Nous espérons que cette session sera différente des précédentes.
                """));
        project.article("fr/monde/election.md", story("Les électeurs aux urnes dans la capitale",
                "2016-03-06T09:30:00Z", "Monde", "Omar Khalil", "[Élections]", "BEYROUTH", "election-2016",
                "Les électeurs de la capitale se sont rendus aux urnes dimanche matin."));
        project.article("fr/economie/petrole.md", story("Le pétrole monte pour la troisième semaine",
                "2016-03-04T08:30:00Z", "Économie", "Lina Nasser", "[Pétrole]", "", "oil-2016",
                "Les cours du brut ont progressé pour la troisième semaine consécutive."));

        project.article("ar/world/geneva-talks.md", story("استئناف محادثات جنيف بشأن سوريا", "2016-03-05T12:00:00Z",
                "العالم", "سارة حداد", "[سوريا, دبلوماسية]", "جنيف", "geneva-2016", """
                استؤنفت المحادثات في جنيف يوم السبت بحضور وفدي الحكومة والمعارضة، بعد توقف دام أسابيع.

                > نأمل أن تكون هذه الجولة مختلفة عن سابقاتها.

                وقال المبعوث الخاص إن الأطراف اتفقت على جدول أعمال من ثلاث نقاط:

                - وقف إطلاق النار؛
                - إيصال المساعدات إلى المدن المحاصرة؛
                - جدول زمني للانتخابات.

                | الوفد | عدد الأعضاء |
                |---|---:|
                | الحكومة | 15 |
                | المعارضة | 12 |
                """));
        project.article("ar/world/election.md", story("الناخبون يتوجهون إلى صناديق الاقتراع في العاصمة",
                "2016-03-06T10:00:00Z", "العالم", "عمر خليل", "[انتخابات]", "بيروت", "election-2016",
                "توجه الناخبون في العاصمة إلى صناديق الاقتراع صباح الأحد وسط إجراءات أمنية مشددة."));
        project.article("ar/world/refugees.md", story("آلاف اللاجئين يعودون إلى قراهم", "2016-03-07T10:00:00Z",
                "العالم", "سارة حداد", "[سوريا, لاجئون]", "عمّان", "",
                "عاد آلاف اللاجئين إلى قراهم في الجنوب بعد أشهر من النزوح."));
        project.article("ar/business/oil.md", story("أسعار النفط ترتفع للأسبوع الثالث", "2016-03-04T09:00:00Z",
                "اقتصاد", "لينا ناصر", "[نفط, أسواق]", "", "oil-2016",
                "ارتفعت أسعار النفط الخام للأسبوع الثالث على التوالي مع تراجع المخزونات."));
    }

    private static String story(String title, String date, String section, String author, String tags,
            String dateline, String key, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\nsection: " + section + "\nauthor: " + author
                + "\ntags: " + tags + "\n" + (dateline.isEmpty() ? "" : "dateline: " + dateline + "\n")
                + (key.isEmpty() ? "" : "translationKey: " + key + "\n") + "---\n\n" + body + "\n";
    }
}
