package org.dateline.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.EntitySettings;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.model.TermKind;
import org.dateline.parse.Fields;
import org.dateline.parse.YamlBlock;
import org.dateline.text.Nearest;

/** Reads the text of {@code dateline.yml} into a {@link SiteConfig}; every key is optional. */
public final class ConfigReader {

    static final Set<String> KEYS = Set.of(
            "title", "description", "baseUrl", "language", "timeZone", "pageSize", "linkStyle", "unsafeHtml",
            "feedSize", "feedContent", "sitemapSize", "search", "listings", "feeds", "feedsFor", "entities",
            "languages");

    /** The names {@code listings:} takes: the date archive, and each kind of term by its folder name. */
    static final List<String> LISTINGS = List.of("dates", "tags", "authors", "sources", "people", "places",
            "organisations");

    private ConfigReader() {
    }

    /**
     * @param yaml the file's text
     * @param file the name to use in problems
     * @throws ProblemException listing every bad or unknown key
     */
    public static SiteConfig read(String yaml, String file) throws ProblemException {
        YamlBlock block = YamlBlock.parse(yaml, file, 1);
        SiteConfig defaults = SiteConfig.defaults();
        List<Problem> problems = new ArrayList<>();
        for (String key : block.values().keySet()) {
            if (!KEYS.contains(key)) {
                String known = "Known settings: " + String.join(", ", KEYS.stream().sorted().toList()) + ".";
                String foreign = ForeignSettings.hint(key);
                String near = Nearest.of(key, KEYS);
                String guess = foreign != null ? foreign + " " : near == null ? "" : "Did you mean '" + near + "'? ";
                problems.add(Problem.at(file, block.lineOf(key), "unknown setting '" + key + "'", guess + known));
            }
        }
        Fields values = new Fields(block, file, problems);
        String title = values.text("title", defaults.title());
        String description = values.text("description", defaults.description());
        String baseUrl = values.text("baseUrl", "");
        if (!baseUrl.isBlank() && !isHttpUrl(baseUrl)) {
            problems.add(Problem.at(file, block.lineOf("baseUrl"), "baseUrl '" + baseUrl + "' is not an http(s) address",
                    "Give the full address the site is published at, e.g. 'https://news.example.org/archive/'."));
        }
        String language = values.text("language", defaults.language());
        try {
            new Locale.Builder().setLanguageTag(language);
        } catch (IllformedLocaleException e) {
            problems.add(Problem.at(file, block.lineOf("language"), "language '" + language + "' is not a language tag",
                    "Use a tag such as 'en', 'en-GB', 'de' or 'pt-BR'."));
            language = defaults.language();
        }
        ZoneId zone = defaults.timeZone();
        String zoneName = values.text("timeZone", zone.getId());
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            problems.add(Problem.at(file, block.lineOf("timeZone"), "timeZone '" + zoneName + "' is not a time zone",
                    "Use a region name such as 'Europe/London' or 'America/New_York', or 'UTC'."));
        }
        int pageSize = values.integer("pageSize", defaults.pageSize(), 1, 1000);
        LinkStyle linkStyle = defaults.linkStyle();
        String style = values.text("linkStyle", "pretty");
        switch (style) {
            case "pretty" -> linkStyle = LinkStyle.PRETTY;
            case "files" -> linkStyle = LinkStyle.FILES;
            default -> problems.add(Problem.at(file, block.lineOf("linkStyle"), "linkStyle '" + style + "' is not known",
                    "Use 'pretty' (links like world/story/, for a web server) or 'files' (links like"
                            + " world/story/index.html, to browse from disk)."));
        }
        boolean unsafeHtml = values.flag("unsafeHtml", defaults.unsafeHtml());
        int feedSize = values.integer("feedSize", defaults.feedSize(), 1, 1000);
        String feedContent = values.text("feedContent", "summary");
        if (!feedContent.equals("summary") && !feedContent.equals("full")) {
            problems.add(Problem.at(file, block.lineOf("feedContent"), "feedContent '" + feedContent + "' is not known",
                    "Use 'summary' (each item carries the article's summary) or 'full' (the whole article)."));
        }
        int sitemapSize = values.integer("sitemapSize", defaults.sitemapSize(), 1, SiteConfig.MAX_SITEMAP_SIZE);
        boolean search = values.flag("search", defaults.search());
        List<String> listings = values.choices("listings", LISTINGS, LISTINGS,
                "The listings besides the home page and the sections, e.g. 'listings: [dates, tags]'; [] for none.");
        Set<TermKind> termListings = EnumSet.noneOf(TermKind.class);
        for (TermKind kind : TermKind.values()) {
            if (listings.contains(kind.folder())) {
                termListings.add(kind);
            }
        }
        List<String> formatNames = new ArrayList<>();
        for (FeedFormat format : FeedFormat.values()) {
            formatNames.add(format.key());
        }
        List<String> feeds = values.choices("feeds", formatNames, formatNames,
                "The formats feeds are written in, e.g. 'feeds: [rss]'; [] for a site without feeds.");
        List<FeedFormat> feedFormats = new ArrayList<>();
        for (FeedFormat format : FeedFormat.values()) {
            if (feeds.contains(format.key())) {
                feedFormats.add(format);
            }
        }
        String feedsFor = values.text("feedsFor", "all");
        if (!feedsFor.equals("all") && !feedsFor.equals("home")) {
            problems.add(Problem.at(file, block.lineOf("feedsFor"), "feedsFor '" + feedsFor + "' is not known",
                    "Use 'all' (the home page, each section and each tag, author and source have feeds) or 'home'"
                            + " (only the home page has)."));
        }
        EntitySettings entities = EntitySettingsReader.read(block.get("entities"), file,
                block.has("entities") ? block.lineOf("entities") : 0, problems);
        List<Language> languages = LanguagesReader.read(block.get("languages"), language, title, description, file,
                block.has("languages") ? block.lineOf("languages") : 0, problems);
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        return SiteConfig.builder().languages(languages).entities(entities).title(title).description(description).baseUrl(baseUrl).language(language)
                .timeZone(zone).pageSize(pageSize).linkStyle(linkStyle).unsafeHtml(unsafeHtml).feedSize(feedSize)
                .fullContentFeeds(feedContent.equals("full")).sitemapSize(sitemapSize).search(search)
                .dateListings(listings.contains("dates")).termListings(termListings).feedFormats(feedFormats)
                .listingFeeds(feedsFor.equals("all")).build();
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
