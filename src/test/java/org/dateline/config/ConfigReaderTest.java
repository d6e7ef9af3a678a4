package org.dateline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.ZoneId;
import java.util.List;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.model.TermKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigReaderTest {

    private static final String FILE = "dateline.yml";

    private static SiteConfig read(String yaml) throws ProblemException {
        return ConfigReader.read(yaml, FILE);
    }

    private static List<Problem> problemsOf(String yaml) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> ConfigReader.read(yaml, FILE));
        assertThat(e).as("problems for %s", yaml).isNotNull();
        return e.problems();
    }

    private static Problem onlyProblem(String yaml) {
        List<Problem> problems = problemsOf(yaml);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void emptyFileGivesTheDefaults() throws ProblemException {
        SiteConfig config = read("");

        assertThat(config).isEqualTo(SiteConfig.defaults());
        assertThat(config.title()).isEqualTo("News archive");
        assertThat(config.description()).isEmpty();
        assertThat(config.baseUrl()).isEmpty();
        assertThat(config.language()).isEqualTo("en");
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.pageSize()).isEqualTo(20);
        assertThat(config.linkStyle()).isEqualTo(LinkStyle.PRETTY);
        assertThat(config.unsafeHtml()).isFalse();
    }

    @Test
    void commentsOnlyGiveTheDefaults() throws ProblemException {
        assertThat(read("# nothing set yet\n")).isEqualTo(SiteConfig.defaults());
    }

    @Test
    void everyKeyIsRead() throws ProblemException {
        SiteConfig config = read("""
                title: The Harbour Times
                description: "Every story since 1998: searchable"
                baseUrl: https://news.example.org/archive
                language: pt-BR
                timeZone: America/New_York
                pageSize: 10
                linkStyle: files
                unsafeHtml: true
                feedSize: 50
                feedContent: full
                sitemapSize: 1000
                """);

        assertThat(config).isEqualTo(SiteConfig.builder().title("The Harbour Times")
                .description("Every story since 1998: searchable").baseUrl("https://news.example.org/archive/")
                .language("pt-BR").timeZone(ZoneId.of("America/New_York")).pageSize(10).linkStyle(LinkStyle.FILES)
                .unsafeHtml(true).feedSize(50).fullContentFeeds(true).sitemapSize(1000).build());
        assertThat(config.basePath()).isEqualTo("/archive/");
        assertThat(config.absolute("world/")).isEqualTo("https://news.example.org/archive/world/");
        assertThat(config.locale().getLanguage()).isEqualTo("pt");
        assertThat(config.locale().getCountry()).isEqualTo("BR");
    }

    @Test
    void feedContentAndSitemapSizeAreChecked() {
        assertThat(problemsOf("feedContent: everything\nsitemapSize: 60000\n"))
                .extracting(Problem::line, Problem::message)
                .containsExactly(
                        tuple(1, "feedContent 'everything' is not known"),
                        tuple(2, "sitemapSize should be a whole number from 1 to 50000, but is '60000'"));
    }

    @Test
    void withoutABaseUrlPathsStayRootRelative() {
        assertThat(SiteConfig.defaults().basePath()).isEqualTo("/");
        assertThat(SiteConfig.defaults().absolute("world/")).isEqualTo("/world/");
    }

    @Test
    void baseUrlKeepsAnExistingTrailingSlash() throws ProblemException {
        assertThat(read("baseUrl: http://localhost:8080/\n").baseUrl()).isEqualTo("http://localhost:8080/");
    }

    @Test
    void prettyLinkStyleByName() throws ProblemException {
        assertThat(read("linkStyle: pretty\n").linkStyle()).isEqualTo(LinkStyle.PRETTY);
    }

    @Test
    void unknownKeyIsReportedWithItsLineAndTheKnownKeys() {
        Problem p = onlyProblem("title: T\npagesize: 10\n");

        assertThat(p.file()).isEqualTo(FILE);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).isEqualTo("unknown setting 'pagesize'");
        assertThat(p.hint()).isEqualTo("Did you mean 'pageSize'? Known settings: baseUrl, description, entities,"
                + " feedContent, feedSize, feeds, feedsFor, language, languages, linkStyle, listings, pageSize, search, sitemapSize, timeZone, title,"
                + " unsafeHtml.");
    }

    @Test
    void everyListingAndFeedByDefault() throws ProblemException {
        SiteConfig config = read("title: T\n");
        assertThat(config.dateListings()).isTrue();
        assertThat(config.termListings()).containsExactlyInAnyOrder(TermKind.values());
        assertThat(config.feedFormats()).containsExactly(FeedFormat.RSS, FeedFormat.ATOM, FeedFormat.JSON);
        assertThat(config.listingFeeds()).isTrue();
    }

    @Test
    void listingsAndFeedsAsChosen() throws ProblemException {
        SiteConfig config = read("listings: [tags, sources]\nfeeds: [json, rss]\nfeedsFor: home\n");
        assertThat(config.dateListings()).isFalse();
        assertThat(config.termListings()).containsExactlyInAnyOrder(TermKind.TAG, TermKind.SOURCE);
        assertThat(config.hasListings(TermKind.AUTHOR)).isFalse();
        // in the formats' own order, whatever the order written
        assertThat(config.feedFormats()).containsExactly(FeedFormat.RSS, FeedFormat.JSON);
        assertThat(config.listingFeeds()).isFalse();
        SiteConfig none = read("listings: []\nfeeds: []\n");
        assertThat(none.dateListings()).isFalse();
        assertThat(none.termListings()).isEmpty();
        assertThat(none.feedFormats()).isEmpty();
    }

    @Test
    void anUnknownListingOrFeedFormatIsReportedWithTheKnownOnes() {
        Problem listing = onlyProblem("title: T\nlistings: [dates, planets]\n");
        assertThat(listing.line()).isEqualTo(2);
        assertThat(listing.message()).isEqualTo("listings has 'planets', which is not known");
        assertThat(listing.hint()).startsWith("Known: dates, tags, authors, sources, people, places, organisations.");
        Problem feed = onlyProblem("feeds: rss\n");
        assertThat(feed.message()).isEqualTo("feeds should be a list, but is 'rss'");
        assertThat(feed.hint()).contains("'feeds: [rss]'", "Known: rss, atom, json.");
        Problem feedsFor = onlyProblem("feedsFor: sections\n");
        assertThat(feedsFor.message()).isEqualTo("feedsFor 'sections' is not known");
    }

    @Test
    void aKeyNothingLikeAKnownOneGetsNoGuess() {
        assertThat(onlyProblem("colour: blue\n").hint()).startsWith("Known settings: baseUrl,");
        assertThat(onlyProblem("tittle: X\n").hint()).startsWith("Did you mean 'title'?");
    }

    @Test
    void hugoAndJekyllNamesGetDatelinesName() {
        String known = " Known settings: baseUrl, description, entities, feedContent, feedSize, feeds, feedsFor, language, languages, linkStyle,"
                + " listings, pageSize, search, sitemapSize, timeZone, title, unsafeHtml.";
        assertThat(onlyProblem("paginate: 10\n").hint())
                .isEqualTo("Did you mean 'pageSize'? It is Dateline's name for Hugo's and Jekyll's 'paginate'." + known);
        assertThat(onlyProblem("baseurl: /archive\n").hint()).isEqualTo("Did you mean 'baseUrl'? It is Dateline's name for"
                + " Hugo's and Jekyll's 'baseurl'; it takes the whole address the site is published at, e.g."
                + " https://news.example.org/archive/." + known);
        assertThat(onlyProblem("baseURL: https://example.org/\n").hint()).startsWith("Did you mean 'baseUrl'? It is Dateline's"
                + " name for Hugo's and Jekyll's 'baseURL';");
        assertThat(onlyProblem("permalinks:\n  posts: /:year/:slug/\n").hint()).isEqualTo("Did you mean 'linkStyle'? It is"
                + " Dateline's name for Hugo's 'permalinks'; Dateline's URLs are fixed (/section/slug/; 'slug:' in front"
                + " matter sets an article's), and linkStyle chooses between links to world/story/ and to"
                + " world/story/index.html." + known);
        assertThat(onlyProblem("languageCode: en-gb\n").hint()).startsWith("Did you mean 'language'?");
        assertThat(onlyProblem("buildFuture: true\n").hint())
                .isEqualTo("Dateline has no setting for Hugo's 'buildFuture': build with --future." + known);
        assertThat(onlyProblem("pagesize: 10\n").message()).isEqualTo("unknown setting 'pagesize'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"news.example.org", "ftp://news.example.org/", "https://", "not a url", "/archive/"})
    void baseUrlMustBeAnHttpAddress(String url) {
        Problem p = onlyProblem("title: T\nbaseUrl: \"" + url + "\"\n");

        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).isEqualTo("baseUrl '" + url + "' is not an http(s) address");
        assertThat(p.hint()).isEqualTo(
                "Give the full address the site is published at, e.g. 'https://news.example.org/archive/'.");
    }

    @Test
    void badTimeZone() {
        Problem p = onlyProblem("timeZone: Mars/Olympus\n");

        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).isEqualTo("timeZone 'Mars/Olympus' is not a time zone");
        assertThat(p.hint()).isEqualTo("Use a region name such as 'Europe/London' or 'America/New_York', or 'UTC'.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "1001", "twenty", "1.5", "\"20\""})
    void badPageSize(String value) {
        Problem p = onlyProblem("title: T\npageSize: " + value + "\n");

        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).isEqualTo("pageSize should be a whole number from 1 to 1000, but is '"
                + value.replace("\"", "") + "'");
        assertThat(p.hint()).isEqualTo("For example 'pageSize: 20'.");
    }

    @Test
    void pageSizeLimitsAreIncluded() throws ProblemException {
        assertThat(read("pageSize: 1\n").pageSize()).isEqualTo(1);
        assertThat(read("pageSize: 1000\n").pageSize()).isEqualTo(1000);
    }

    @Test
    void badLinkStyle() {
        Problem p = onlyProblem("linkStyle: ugly\n");

        assertThat(p.message()).isEqualTo("linkStyle 'ugly' is not known");
        assertThat(p.hint()).contains("'pretty'").contains("'files'");
    }

    @Test
    void badLanguage() {
        Problem p = onlyProblem("language: en_GB\n");

        assertThat(p.message()).isEqualTo("language 'en_GB' is not a language tag");
    }

    @Test
    void badUnsafeHtml() {
        Problem p = onlyProblem("unsafeHtml: maybe\n");

        assertThat(p.message()).isEqualTo("unsafeHtml should be true or false, but is 'maybe'");
    }

    @Test
    void titleMustBeText() {
        Problem p = onlyProblem("title: [a, b]\n");

        assertThat(p.message()).isEqualTo("title should be text, but is a list");
    }

    @Test
    void allProblemsAreReportedTogether() {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> ConfigReader.read("""
                title: Fine
                colour: blue
                baseUrl: news.example.org
                timeZone: Mars/Olympus
                pageSize: 0
                linkStyle: ugly
                """, FILE));

        assertThat(e.getMessage()).isEqualTo("5 problems");
        assertThat(e.problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(2, "unknown setting 'colour'"),
                tuple(3, "baseUrl 'news.example.org' is not an http(s) address"),
                tuple(4, "timeZone 'Mars/Olympus' is not a time zone"),
                tuple(5, "pageSize should be a whole number from 1 to 1000, but is '0'"),
                tuple(6, "linkStyle 'ugly' is not known"));
    }

    @Test
    void invalidYamlIsOneProblemWithItsLine() {
        Problem p = onlyProblem("title: T\n  pageSize: 10\n");

        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).startsWith("the YAML is not valid: ");
    }

    @Test
    void aListIsNotAConfig() {
        Problem p = onlyProblem("- title: T\n");

        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).isEqualTo("the YAML is a list, not a set of 'key: value' lines");
    }
}
