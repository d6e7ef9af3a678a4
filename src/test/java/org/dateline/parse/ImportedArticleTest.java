package org.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.dateline.model.Article;
import org.dateline.model.SourceFormat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Articles written for Jekyll and Hugo, read as they are. */
class ImportedArticleTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final ArticleReader READER = new ArticleReader(ZONE, new Markdown(false));

    private static ReadResult read(String path, String text) {
        ReadResult result = READER.read(path, "content/" + path, SourceFormat.MARKDOWN, text, a -> UnaryOperator.identity());
        assertThat(result.problems()).as("problems of %s", path).isEmpty();
        return result;
    }

    @Nested
    class Jekyll {

        @Test
        void aPostsDateAndSlugComeFromItsFileName() {
            ReadResult result = read("_posts/2013-05-06-jekyll-1-0-0-released.markdown",
                    "---\nlayout: news_item\ntitle: \"Jekyll 1.0.0 Released\"\n---\n\nHi! 👋 Meet Jekyll 1.0.\n");
            Article article = result.article();

            assertThat(article.slug()).isEqualTo("jekyll-1-0-0-released");
            assertThat(article.section()).isEmpty();
            assertThat(article.date().value().toLocalDate()).hasToString("2013-05-06");
            assertThat(article.date().timeKnown()).isFalse();
            assertThat(article.extra()).containsOnlyKeys("layout");
            assertThat(result.facts()).isEqualTo(new SourceFacts("Jekyll post", true, Map.of()));
        }

        @Test
        void theFrontMattersDateWinsInAnyFormJekyllReads() {
            ReadResult result = read("_posts/2023-01-29-late.md",
                    "---\ntitle: Late\ndate: 2023-01-29 18:30:22 2023 -0800\n---\n\nText.\n");

            assertThat(result.article().date().value().toInstant()).isEqualTo(Instant.parse("2023-01-30T02:30:22Z"));
            assertThat(result.facts().dateFromFileName()).isFalse();
        }

        @Test
        void singleDigitMonthsAndDaysInTheName() {
            Article article = read("_posts/2017-2-5-i-dont-like-zeroes.md", "---\ntitle: Zeroes\n---\n\nText.\n").article();

            assertThat(article.date().value().toLocalDate()).hasToString("2017-02-05");
            assertThat(article.slug()).isEqualTo("i-dont-like-zeroes");
        }

        @Test
        void theFirstCategoryIsTheSectionTheOthersAreTags() {
            Article article = read("_posts/2009-01-27-array-categories.markdown",
                    "---\ntitle: Arrays\ncategories: [Harbours, Ferries]\ntags: fares winter\n---\n\nText.\n").article();

            assertThat(article.section()).isEqualTo("Harbours");
            assertThat(article.sectionSlug()).isEqualTo("harbours");
            assertThat(article.tags()).containsExactly("fares", "winter", "Ferries");
        }

        @Test
        void aCategoryInLowerCaseIsNamedAsAFolderIs() {
            Article article = read("_posts/2013-05-06-released.md",
                    "---\ntitle: Released\ncategories: [middle-east, release]\n---\n\nText.\n").article();

            assertThat(article.section()).isEqualTo("Middle East");
            assertThat(article.sectionSlug()).isEqualTo("middle-east");
            assertThat(article.tags()).containsExactly("release");
        }

        @Test
        void aFolderAbovePostsIsTheSectionAndCategoriesAreTags() {
            Article article = read("news/_posts/2009-01-27-ferry.md",
                    "---\ntitle: Ferry\ncategory: island life\n---\n\nText.\n").article();

            assertThat(article.section()).isEqualTo("News");
            assertThat(article.tags()).containsExactly("island", "life");
        }

        @Test
        void aPermalinkBecomesARedirectWithItsPlaceholdersFilledIn() {
            assertThat(read("_posts/2008-12-03-permalinked-post.markdown",
                    "---\ntitle: P\npermalink: /2008/12/03/permalinked-post/\n---\n\nText.\n").article().aliases())
                    .containsExactly("/2008/12/03/permalinked-post/");
            assertThat(read("_posts/2008-12-03-placed.md",
                    "---\ntitle: P\ncategories: blog\npermalink: /:categories/:year/:i_month/:title:output_ext\n---\n\nText.\n")
                    .article().aliases()).containsExactly("/blog/2008/12/placed.html");
        }

        @Test
        void aDraftIsADraft() {
            Article article = read("_drafts/plans.md", "---\ntitle: Plans\n---\n\nText.\n").article();

            assertThat(article.draft()).isTrue();
            assertThat(article.date()).isNull();
        }

        @Test
        void theExcerptEndsAtTheSeparatorWhichIsNotShown() {
            ReadResult result = read("_posts/2016-10-06-release.md",
                    "---\ntitle: R\nexcerpt_separator: <!--cut-->\n---\n\nFirst part *here*.\n\nStill excerpt.\n<!--cut-->\n\nMore.\n");

            assertThat(result.article().excerpt()).isEqualTo("First part here. Still excerpt.");
            assertThat(result.bodyHtml()).doesNotContain("cut").contains("<p>More.</p>");
            assertThat(READER.read("x.md", "x.md", SourceFormat.MARKDOWN, "# T\n\nA.\n\n<!--more-->\n\nB.\n").article().excerpt())
                    .isEqualTo("A.");
        }

        @Test
        void liquidTagsAreRenderedOrCounted() {
            ReadResult result = read("_posts/2013-05-06-tags.md", "---\ntitle: T\n---\n\n"
                    + "See [the guide]({{ site.baseurl }}/docs/) and {% include note.html %}.\n\n"
                    + "{% highlight ruby %}\nputs 1\n{% endhighlight %}\n");

            assertThat(result.bodyHtml()).contains("<a href=\"/docs/\">the guide</a>")
                    .contains("<pre><code class=\"language-ruby\">puts 1\n</code></pre>")
                    .contains("{% include note.html %}");
            assertThat(result.facts().leftAsText()).containsExactly(Map.entry("{% include %}", 1));
        }
    }

    @Nested
    class Hugo {

        @Test
        void tomlFrontMatterReadsAsYamlWould() {
            ReadResult result = read("post/harbour.md", "+++\ntitle = \"Harbour\"\ndate = 2024-03-05T09:30:00+01:00\n"
                    + "tags = [\"Ferries\", \"Fares\"]\ndraft = true\naliases = [\"/old/harbour/\"]\nslug = \"harbour-vote\"\n"
                    + "lastmod = 2024-03-06\nweight = 3\n\n[params]\nsubtitle = \"x\"\n+++\n\nThe board voted.\n");
            Article article = result.article();

            assertThat(article.title()).isEqualTo("Harbour");
            assertThat(article.date().value().toInstant()).isEqualTo(Instant.parse("2024-03-05T08:30:00Z"));
            assertThat(article.updated().value().toLocalDate()).hasToString("2024-03-06");
            assertThat(article.tags()).containsExactly("Ferries", "Fares");
            assertThat(article.draft()).isTrue();
            assertThat(article.aliases()).containsExactly("/old/harbour/");
            assertThat(article.slug()).isEqualTo("harbour-vote");
            assertThat(article.extra()).containsEntry("weight", 3).containsEntry("params", Map.of("subtitle", "x"));
            assertThat(result.facts().form()).isEqualTo("Markdown, TOML front matter");
        }

        @Test
        void jsonFrontMatter() {
            ReadResult result = read("post/json.md", "{\n  \"title\": \"From JSON\",\n  \"date\": \"2024-03-05\",\n"
                    + "  \"tags\": [\"a\"]\n}\n\nBody text.\n");

            assertThat(result.article().title()).isEqualTo("From JSON");
            assertThat(result.article().tags()).containsExactly("a");
            assertThat(result.facts().form()).isEqualTo("Markdown, JSON front matter");
        }

        @Test
        void publishDateIsTheDateOrTheEmbargoAndUrlARedirect() {
            Article undated = read("post/a.md", "---\ntitle: A\npublishDate: 2024-03-05\nurl: /2024/old-a/\n---\n\nText.\n").article();
            Article dated = read("post/b.md", "---\ntitle: B\ndate: 2024-03-01\npublishDate: 2024-03-05T12:00:00Z\n---\n\nText.\n").article();

            assertThat(undated.date().value().toLocalDate()).hasToString("2024-03-05");
            assertThat(undated.aliases()).containsExactly("/2024/old-a/");
            assertThat(dated.embargo()).isEqualTo(Instant.parse("2024-03-05T12:00:00Z"));
            assertThat(read("post/c.md", "---\ntitle: C\nurl: https://elsewhere.example/c\n---\n\nText.\n").article().extra())
                    .containsEntry("url", "https://elsewhere.example/c");
        }

        @Test
        void expiryDateInEitherSpellingIsWhenTheArticleExpires() {
            Article camel = read("post/a.md", "---\ntitle: A\ndate: 2024-03-01\nexpiryDate: 2024-04-01T00:00:00Z\n---\n\nText.\n").article();
            Article lower = read("post/b.md", "+++\ntitle = \"B\"\nexpirydate = 2024-04-02T00:00:00Z\n+++\n\nText.\n").article();

            assertThat(camel.expires()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
            assertThat(camel.extra()).doesNotContainKey("expiryDate");
            assertThat(lower.expires()).isEqualTo(Instant.parse("2024-04-02T00:00:00Z"));
            assertThat(read("post/c.md", "---\ntitle: C\n---\n\nText.\n").article().expires()).isNull();
        }

        @Test
        void anExpiryDateThatIsNoDateIsAProblemOnItsLine() {
            ReadResult result = READER.read("post/a.md", "content/post/a.md", SourceFormat.MARKDOWN,
                    "---\ntitle: A\nexpiryDate: next week\n---\n\nText.\n", a -> UnaryOperator.identity());

            assertThat(result.ok()).isFalse();
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.message()).contains("expiryDate");
            });
        }

        @Test
        void shortcodesAreRenderedOrCounted() {
            ReadResult result = read("post/bundle/index.md", "---\ntitle: S\n---\n\n"
                    + "{{< figure src=\"harbour.jpg\" caption=\"The harbour at dawn\" >}}\n\n"
                    + "Watch {{< youtube w7Ft2ymGmfc >}} and read [the vote]({{< ref \"post/vote.md\" >}}).\n\n"
                    + "{{< tweet user=\"x\" id=\"1\" >}}\n\n{{</* figure src=\"shown.jpg\" */>}}\n");

            assertThat(result.bodyHtml())
                    .contains("<p><img src=\"harbour.jpg\" alt=\"The harbour at dawn\" /></p>\n<p><em>The harbour at dawn</em></p>")
                    .contains("<a href=\"https://www.youtube.com/watch?v=w7Ft2ymGmfc\">Video on YouTube</a>")
                    .contains("<a href=\"/post/vote.md\">the vote</a>")
                    .contains("<p>{{&lt; tweet user=&ldquo;x&rdquo; id=&ldquo;1&rdquo; &gt;}}</p>")
                    .contains("<p>{{&lt; figure src=&ldquo;shown.jpg&rdquo; &gt;}}</p>");
            assertThat(result.facts().leftAsText()).containsExactly(Map.entry("{{< tweet >}}", 1));
        }
    }
}
