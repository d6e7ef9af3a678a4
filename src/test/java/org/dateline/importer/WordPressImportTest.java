package org.dateline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.pipeline.BuildResult;
import org.dateline.testing.SiteChecks;
import org.dateline.testing.TestProject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A WordPress export imported into content/ and built: every post a page, with its date, section, tags and redirects. */
class WordPressImportTest {

    @TempDir
    Path dir;

    TestProject project;

    static final String EXPORT = WordPressImportTestExport.TEXT;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
    }

    private WordPressImport.Report importExport(String text) throws Exception {
        Path export = dir.resolve("export.xml");
        Files.writeString(export, text);
        return WordPressImport.run(export, "export.xml", project.root().resolve("content"));
    }

    @Test
    void everyPostIsAnArticleWithItsFrontMatter() throws Exception {
        WordPressImport.Report report = importExport(EXPORT);
        assertThat(report.written()).containsExactly("island-news/ferry-fares-frozen.md", "island-news/harbour-wall.md",
                "unfinished-thoughts.md");
        assertThat(report.drafts()).isEqualTo(1);
        assertThat(report.notes()).anyMatch(note -> note.startsWith("not imported: 1 page, 1 post in trash"))
                .anyMatch(note -> note.startsWith("1 attachment is listed by URL"))
                .anyMatch(note -> note.startsWith("1 link in the bodies led to pages of the old site"))
                .anyMatch(note -> note.startsWith("shortcodes kept as text (they need WordPress): 1 [gallery];"));
        assertThat(Files.readString(dir.resolve("content/island-news/ferry-fares-frozen.md"))).isEqualTo("""
                ---
                title: "Ferry fares frozen: \\"a relief\\""
                date: 2024-03-05T09:30:00Z
                updated: 2024-03-06T10:00:00Z
                author: "Morag Finlay"
                section: "Island News"
                tags:
                  - "Ferries"
                  - "Transport"
                summary: "Island residents will pay the same."
                image: "https://gazette.example.org/news/wp-content/uploads/2024/03/ferry.jpg"
                aliases:
                  - "/2024/03/05/ferry-fares-frozen/"
                attachments:
                  - "https://gazette.example.org/news/wp-content/uploads/2024/03/ferry.jpg"
                wordpress_id: 12
                ---

                The harbour board voted on Tuesday \\& the fares **stay**.\s\s
                A second line.

                See [the repairs](/island-news/harbour-wall.md), [again](/island-news/harbour-wall.md) and [us](https://gazette.example.org/about/).

                ![The ferry](https://gazette.example.org/news/wp-content/uploads/2024/03/ferry.jpg)
                """);
        assertThat(Files.readString(dir.resolve("content/unfinished-thoughts.md")))
                .contains("date: 2024-03-08 12:00:00\n", "draft: true\n").doesNotContain("aliases");
    }

    @Test
    void theImportedSiteBuildsWithDatesSectionsTagsAndRedirects() throws Exception {
        importExport(EXPORT);
        BuildResult result = project.build();
        assertThat(result.articlesPublished()).isEqualTo(2);

        Document ferry = project.page("island-news/ferry-fares-frozen/");
        assertThat(ferry.selectFirst("h1").text()).isEqualTo("Ferry fares frozen: \"a relief\"");
        assertThat(ferry.selectFirst("time").attr("datetime")).isEqualTo("2024-03-05T09:30:00Z");
        assertThat(ferry.select("p.byline").text()).isEqualTo("By Morag Finlay");
        assertThat(ferry.select("ul.tags li").eachText()).containsExactly("Ferries", "Transport");
        assertThat(ferry.select("article strong").text()).isEqualTo("stay");
        // Links to other posts reach their new pages; one to a page not imported goes on to the old site.
        assertThat(ferry.select(".story-body a").eachAttr("href"))
                .containsExactly("../../island-news/harbour-wall/", "../../island-news/harbour-wall/", "https://gazette.example.org/about/");

        Document wall = project.page("island-news/harbour-wall/");
        assertThat(wall.select(".story-body h2").eachText()).contains("What closes");
        assertThat(wall.select(".story-body li").eachText()).containsExactly("The slipway", "The car park");
        // A [caption] is a picture and its caption; a [gallery] needs WordPress, so it stays as text for an editor to see.
        assertThat(wall.select(".story-body img").attr("alt")).isEqualTo("The wall");
        assertThat(wall.select(".story-body").text()).contains("The old wall, in 1920", "[gallery ids=“13,14”]");
        assertThat(project.page("island-news/").select("a").eachText()).contains("Ferry fares frozen: \"a relief\"", "Harbour wall repairs: Q&A – what’s next");

        // The old permalink redirects to the new page.
        Document redirect = project.page("2024/03/05/ferry-fares-frozen/");
        assertThat(redirect.select("meta[http-equiv=refresh]").attr("content")).contains("island-news/ferry-fares-frozen/");
        assertThat(project.exists("unfinished-thoughts/index.html")).isFalse();
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        project.article("island-news/harbour-wall.md", "---\ntitle: Mine\n---\n\nMy own text.\n");
        WordPressImport.Report report = importExport(EXPORT);
        assertThat(report.kept()).containsExactly("island-news/harbour-wall.md");
        assertThat(Files.readString(dir.resolve("content/island-news/harbour-wall.md"))).contains("My own text.");
        assertThat(report.written()).hasSize(2);
    }

    @Test
    void aRealWordPressComExportImportsAndBuilds() throws Exception {
        WordPressImport.Report report = importExport(specimen("wordpress-com-export.xml"));
        assertThat(report.written()).containsExactly("uncategorized/the-art-of-connection.md",
                "uncategorized/beyond-the-obstacle.md", "uncategorized/growth-unlocked.md",
                "uncategorized/collaboration-magic.md", "uncategorized/teamwork-triumphs.md",
                "uncategorized/adaptive-advantage.md", "foo/blog-post-1.md");
        assertThat(report.notes()).contains("not imported: 1 page, 1 wp_global_styles, 1 wp_navigation (Dateline imports"
                + " posts; a page's text is in the export if you want it as an article)");
        assertThat(report.notes()).anyMatch(note -> note.startsWith("6 attachments are listed by URL"));
        assertThat(Files.readString(dir.resolve("content/uncategorized/the-art-of-connection.md")))
                .contains("image: \"https://jekyllbot.wordpress.com/wp-content/uploads/2025/01/0565b-tt4_post_1.jpg\"\n",
                        "aliases:\n  - \"/2025/01/18/the-art-of-connection/\"\n", "author: \"jekyllbot\"\n")
                .doesNotContain("wp:paragraph");

        BuildResult result = project.build();
        assertThat(result.articlesPublished()).isEqualTo(7);
        Document post = project.page("foo/blog-post-1/");
        assertThat(post.selectFirst("time").attr("datetime")).isEqualTo("2025-01-19T02:39:44Z");
        assertThat(post.select(".breadcrumbs, nav").text()).contains("Foo");
        assertThat(post.select("ul.tags li").eachText()).containsExactly("code", "ruby", "ship", "stars");
        assertThat(post.select(".story-body pre code").text()).startsWith("query = \"Generate an image");
        assertThat(post.select(".story-body img").attr("src"))
                .isEqualTo("https://parkrmoore.wordpress.com/wp-content/uploads/2025/01/a-bright-night-sky-full-of-stars-and-the-milky.png");
        assertThat(project.page("uncategorized/").select("a").eachText()).contains("The Art of Connection", "Adaptive Advantage");
        assertThat(project.page("2025/01/18/blog-post-1/").select("meta[http-equiv=refresh]").attr("content"))
                .contains("foo/blog-post-1/");
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }

    private static String specimen(String name) throws java.io.IOException {
        try (InputStream in = WordPressImportTest.class.getResourceAsStream("/specimens/wxr/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void theGhostSampleWithBareAmpersandsImportsAndBuilds() throws Exception {
        WordPressImport.Report report = importExport(specimen("tryghost-mg-wp-xml-sample.xml"));
        assertThat(report.written()).containsExactly("company-news/draft-post.md", "company-news/basic-post.md",
                "company-news/another-post.md");
        assertThat(report.notes()).anyMatch(note -> note.contains("bare '&' were read as '&amp;'"))
                .anyMatch(note -> note.startsWith("not imported: 1 page"));
        String basic = Files.readString(dir.resolve("content/company-news/basic-post.md"));
        assertThat(basic).contains("author: \"Hermione Granger\"", "aliases:\n  - \"/blog/basic-post.html\"",
                "image: \"https://images.unsplash.com/photo-1601276861758-2d9c5ca69a17?ixlib=rb-1.2.1&ixid=");

        project.build();
        Document page = project.page("company-news/basic-post/");
        assertThat(page.selectFirst("time").attr("datetime")).isEqualTo("2013-06-07T03:00:44Z");
        assertThat(page.select("ul.tags li").eachText()).containsExactly("Has Images", "Programming");
        assertThat(project.exists("blog/basic-post.html")).isTrue();
        assertThat(SiteChecks.brokenLinks(project.site())).isEmpty();
    }

    @Test
    void aFileThatIsNotAnExportIsAProblemAndWritesNothing() throws Exception {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> importExport("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>A feed</title></channel></rss>\n"));
        assertThat(e.problems()).extracting(Problem::describe).containsExactly(
                "export.xml:2: this is not a WordPress export (WXR): it has no <rss><channel> with a <wp:wxr_version>\n"
                        + "    Export from WordPress with Tools → Export → All content, and import that file.");
        try (var files = Files.list(dir.resolve("content"))) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void oldPermalinksBecomePathsUnderTheBlog() {
        assertThat(PostFiles.oldPath("https://example.org/blog/2019/05/old/", "https://example.org/blog")).isEqualTo("/2019/05/old/");
        assertThat(PostFiles.oldPath("https://example.org/2019/05/old/", "https://example.org")).isEqualTo("/2019/05/old/");
        assertThat(PostFiles.oldPath("https://example.org/?p=12", "https://example.org")).isNull();
        assertThat(PostFiles.oldPath("/blog/a.html", "")).isEqualTo("/blog/a.html");
        assertThat(List.of(HtmlToMarkdown.paragraphs("One\ntwo\n\n<p>Three</p>"))).containsExactly("<p>One<br>two</p>\n\n<p>Three</p>\n\n");
    }
}
