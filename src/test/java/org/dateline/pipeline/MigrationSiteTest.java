package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dateline.cli.Main;
import org.dateline.model.ProblemException;
import org.dateline.testing.SiteChecks;
import org.dateline.testing.TestProject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole archives from Jekyll and Hugo, real specimens among them, built as they are. */
class MigrationSiteTest {

    @TempDir
    Path dir;

    private TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
    }

    /** Copies a folder of src/test/resources/specimens into the project's content folder. */
    private void specimens(String from, String to) {
        try {
            Path source = Path.of(getClass().getResource("/specimens/" + from).toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    project.bytes("content/" + to + source.relativize(file).toString().replace('\\', '/'),
                            Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void jekyllArchive() {
        specimens("jekyll/_posts", "_posts/");
        // The pages of the Jekyll site the specimen posts link to, with the headings their links name.
        project.file("dateline.yml", "unsafeHtml: true\n")
                .markdown("docs/history.md", "History", null, "<h2 id=\"v1-0-0\">v1.0.0</h2>\n\nFirst.\n\n"
                        + "<h2 id=\"v3-3-0\">v3.3.0</h2>\n\nLater.\n")
                .markdown("docs/upgrading.md", "Upgrading", null, "Read this first.\n")
                .markdown("docs/themes.md", "Themes", null, "<h2 id=\"assets\">Assets</h2>\n\nAbout themes.\n")
                .article("_posts/2019-03-01-results.md", "---\ntitle: Results 2019\ncategories: sport\n---\n\n"
                        + "Tickets at www.arsenal.com and the list at example.com/fixtures/2019.\n\n![The ground](ground.jpg)\n")
                .bytes("content/_posts/ground.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9})
                .article("_posts/2020-03-01-results.md", "---\ntitle: Results 2020\ncategories: sport\n---\n\n"
                        + "Read [last year's]({% post_url 2019-03-01-results %}) and [the release]({% post_url"
                        + " 2013-05-06-jekyll-1-0-0-released %}). {% include ad.html %}\n")
                .article("_drafts/plans.md", "---\ntitle: Plans\n---\n\nNot yet.\n");
    }

    @Test
    void aJekyllArchiveBuildsWithEveryPostOnItsPage() throws Exception {
        jekyllArchive();

        BuildResult result = project.build();

        assertThat(result.articlesPublished()).isEqualTo(11);
        assertThat(result.notes()).anyMatch(note -> note.startsWith("1 draft left out"))
                .anyMatch(note -> note.contains("_posts/2020-03-01-results.md would share the URL sport/results/")
                        && note.contains("sport/results-2020-03-01/"))
                .anyMatch(note -> note.startsWith("3 Liquid tags and shortcodes were left as text in the articles read")
                        && note.contains("{{ page.date }} ×1"));

        Document release = project.page("release/jekyll-1-0-0-released/");
        assertThat(release.select("h1").text()).isEqualTo("Jekyll 1.0.0 Released");
        assertThat(release.select("time[datetime]").first().attr("datetime")).isEqualTo("2013-05-06T00:12:52Z");
        assertThat(release.select("a[href$=history/#v1-0-0]")).hasSize(1);

        Document zeroes = project.page("i-dont-like-zeroes/");
        assertThat(zeroes.select("h1").text()).isEqualTo("I Dont Like Zeroes");
        assertThat(zeroes.select("time[datetime]").first().attr("datetime")).startsWith("2017-02-05");
        assertThat(project.page("foo/array-categories/").select("a[href$=tags/bar/]")).isNotEmpty();
        assertThat(project.exists("2010/01/10/")).as("the front matter's date wins over the file name's").isTrue();

        assertThat(project.page("my_category/permalinked-post/").select("meta[http-equiv=refresh]").attr("content"))
                .endsWith("permalinked-post/");

        Document results2019 = project.page("sport/results/");
        assertThat(results2019.select("article a[href=https://www.arsenal.com]")).hasSize(1);
        assertThat(results2019.select("article a[href=https://example.com/fixtures/2019]")).hasSize(1);
        Element ground = results2019.select("article img").first();
        assertThat(project.site().resolve("sport/results/").resolve(ground.attr("src")).normalize()).exists();
        Document results2020 = project.page("sport/results-2020-03-01/");
        assertThat(results2020.select("article a:contains(last year)").attr("href")).isEqualTo("../../sport/results/");
        assertThat(results2020.select("article a:contains(the release)").attr("href"))
                .isEqualTo("../../release/jekyll-1-0-0-released/");

        Document release33 = project.page("release/jekyll-3-3-is-here/");
        assertThat(release33.select("pre code.language-liquid").first().text())
                .isEqualTo("{{ \"/docs/assets/\" | relative_url }} => /myproject/docs/assets");
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }

    @Test
    void aHugoSiteWithTomlJsonAndABundleBuilds() throws Exception {
        specimens("hugo/content/", "");
        project.article("post/harbour/index.md", "+++\ntitle = \"Harbour vote\"\ndate = 2024-03-05T09:30:00+01:00\n"
                        + "tags = [\"Ferries\"]\naliases = [\"/2024/03/harbour-vote/\"]\n+++\n\n"
                        + "The board voted.\n<!--more-->\n"
                        + "{{< figure src=\"harbour.jpg\" caption=\"The harbour at dawn\" >}}\n\n"
                        + "Watch {{< youtube w7Ft2ymGmfc >}}. Earlier: [the fares story]({{< ref \"post/fares.md\" >}}).\n")
                .bytes("content/post/harbour/harbour.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9})
                .article("post/fares.md", "{\n  \"title\": \"Fares frozen\",\n  \"date\": \"2024-03-01\",\n"
                        + "  \"slug\": \"fares-frozen\",\n  \"url\": \"/old/fares/\"\n}\n\nFares stay the same.\n")
                .article("post/later.md", "---\ntitle: Later\ndate: 2024-03-01\npublishDate: 2030-01-01\n---\n\nNot yet.\n");

        BuildResult result = project.build();

        assertThat(result.articlesPublished()).isEqualTo(3);
        Document harbour = project.page("post/harbour/");
        assertThat(harbour.select("h1").text()).isEqualTo("Harbour vote");
        Element figure = harbour.select("article img[alt=The harbour at dawn]").first();
        assertThat(project.site().resolve("post/harbour/").resolve(figure.attr("src")).normalize()).exists();
        assertThat(harbour.select("article em").text()).contains("The harbour at dawn");
        assertThat(harbour.select("article a[href=https://www.youtube.com/watch?v=w7Ft2ymGmfc]")).hasSize(1);
        String fares = harbour.select("article a:contains(the fares story)").attr("href");
        assertThat(project.site().resolve("post/harbour/").resolve(fares).normalize()).isEqualTo(project.site().resolve("post/fares-frozen"));
        assertThat(project.page("").text()).contains("The board voted.").doesNotContain("harbour at dawn");
        assertThat(project.page("2024/03/harbour-vote/").select("meta[http-equiv=refresh]").attr("content")).endsWith("post/harbour/");
        assertThat(project.page("old/fares/").select("meta[http-equiv=refresh]").attr("content")).endsWith("post/fares-frozen/");
        assertThat(project.page("shortcodes/include/").select("h1").text()).isEqualTo("Include");
        assertThat(project.exists("post/later/")).as("not before its publishDate").isFalse();
        // The specimen links to two pages of its own site (through its theme's link hook), which this site has not.
        assertThat(SiteChecks.brokenLinks(project.site())).containsExactly(
                "shortcodes/include/index.html: ../../shortcodes/include/authoring/frontmatter/linking#enabling-link-and-image-link-warnings (no such file)",
                "shortcodes/include/index.html: ../../shortcodes/include/shortcodes/openapi#enabling-link-warnings (no such file)");
    }

    @Test
    void aHugoSectionsIndexNamesAndDescribesTheSectionEverywhere() throws Exception {
        project.file("content/_index.md", "---\ntitle: Ignored\n---\n\nThe home page's text.\n")
                .file("content/post/_index.md", "+++\ntitle = \"Harbour news\"\ndescription = \"Ferries, fares and the port.\"\n+++\n")
                .file("content/world/_index.en.md", "---\ntitle: World\n---\n\nNews from *every* continent.\n")
                .article("post/harbour.md", "---\ntitle: Harbour vote\ndate: 2024-03-05\n---\n\nThe board voted.\n")
                .article("post/fares.md", "---\ntitle: Fares frozen\ndate: 2024-03-01\n---\n\nFares stay the same.\n")
                .article("world/summit.md", "---\ntitle: Summit\ndate: 2024-03-02\n---\n\nLeaders met.\n");

        BuildResult result = project.build();

        assertThat(result.articlesPublished()).as("an _index.md is no article").isEqualTo(3);
        Document section = project.page("post/");
        assertThat(section.select("h1").text()).isEqualTo("Harbour news");
        assertThat(section.select(".section-description").text()).isEqualTo("Ferries, fares and the port.");
        assertThat(section.select("meta[name=description]").attr("content")).isEqualTo("Ferries, fares and the port.");
        assertThat(section.select("nav.sections a").eachText()).containsExactly("Harbour news", "World");
        assertThat(section.select(".breadcrumbs li").eachText()).containsExactly("Home", "Harbour news");
        Document article = project.page("post/harbour/");
        assertThat(article.selectFirst("article .kicker a").text()).isEqualTo("Harbour news");
        assertThat(article.select(".breadcrumbs a").eachText()).contains("Harbour news");
        assertThat(project.page("").select(".kicker a").eachText()).contains("Harbour news", "World").doesNotContain("Post");
        Document world = project.page("world/");
        assertThat(world.select(".section-description").text()).isEqualTo("News from every continent.");
        assertThat(project.page("").select("meta[name=description]").attr("content"))
                .as("the site's description stays dateline.yml's").doesNotContain("home page's text");
        assertThat(project.exists("post/_index/")).isFalse();
    }

    @Test
    void aBrokenSectionIndexStopsTheBuildWithItsFileAndLine() throws Exception {
        project.file("content/post/_index.md", "---\ntitle: Harbour\ndescription: [open\n---\n")
                .article("post/harbour.md", "---\ntitle: Harbour vote\ndate: 2024-03-05\n---\n\nThe board voted.\n");

        assertThatThrownBy(project::build).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("content/post/_index.md");
                    assertThat(p.line()).isPositive();
                    assertThat(p.describe()).doesNotContain("Exception", "org.");
                }));
        assertThat(project.exists("index.html")).as("nothing written").isFalse();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "--content", dir.resolve("content").toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).as("check reads it too").isEqualTo(1);
        assertThat(err.toString()).contains("content/post/_index.md:").contains("1 problem would stop the build")
                .doesNotContain("Exception").doesNotContain("org.dateline");
    }

    @Test
    void checkReportsTheMigrationAndWritesNothing() throws Exception {
        jekyllArchive();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"check", "--content", dir.resolve("content").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains(
                "Articles read: 12\n",
                "  Jekyll post: 9\n",
                "  Markdown, YAML front matter: 3\n",
                "Dates taken from file names: 5\n",
                "Liquid tags and shortcodes left as text: 3\n",
                "  {% include %}: 1\n",
                "  {{ page.title }}: 1\n",
                "  layout: 2 articles\n",
                "  version: 2 articles\n",
                "_posts/2020-03-01-results.md would share the URL sport/results/",
                "The site would build: 11 articles published");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "dateline.yml");
        }
    }

    @Test
    void checkListsWhatWouldStopTheBuild() throws Exception {
        project.article("_posts/2024-01-02-bad.md", "---\ntitle: Bad\ndate: someday\n---\n\nText.\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"check", "--content", dir.resolve("content").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("Articles read: 0 (1 could not be read: see the problems below)");
        assertThat(err.toString()).contains("content/_posts/2024-01-02-bad.md:3: date 'someday' is not a date Dateline can read")
                .contains("1 problem would stop the build; nothing was written.")
                .doesNotContain("Exception").doesNotContain("org.dateline");
    }

    /** check takes the build's own steps: the same plan, theme files included, and templates that do not compile. */
    @Test
    void checkPlansWhatTheBuildMakesAndFindsTemplateProblems() throws Exception {
        jekyllArchive();
        SiteCheck.Result checked = SiteCheck.run(project.options());
        BuildResult built = project.build();
        assertThat(checked.pages()).isEqualTo(built.pagesPlanned());
        assertThat(checked.published()).isEqualTo(built.articlesPublished());

        project.file("templates/article.peb", "{% if article.title %}unclosed");
        assertThat(SiteCheck.run(project.options()).problems())
                .anySatisfy(p -> assertThat(p.file()).isEqualTo("templates/article.peb"));
    }
}
