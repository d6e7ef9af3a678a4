package org.dateline.config;

import java.util.Locale;
import java.util.Map;

/**
 * Settings of Hugo and Jekyll that Dateline has under another name, or as a command-line option: a
 * project moved from either should be told what Dateline calls them, as a typo is.
 */
final class ForeignSettings {

    /**
     * @param origin whose setting it is, for the message ("Hugo's", "Jekyll's")
     * @param setting Dateline's setting for it, or null when an option does its work
     * @param advice what else to know, or what to do when there is no setting
     */
    private record Foreign(String origin, String setting, String advice) {
    }

    private static final String BOTH = "Hugo's and Jekyll's";
    private static final String FIXED_URLS = "Dateline's URLs are fixed (/section/slug/; 'slug:' in front matter sets an"
            + " article's), and linkStyle chooses between links to world/story/ and to world/story/index.html";

    /** By the name in lower case: YAML keys are matched as written, but Hugo reads them in any case. */
    private static final Map<String, Foreign> NAMES = Map.ofEntries(
            Map.entry("paginate", new Foreign(BOTH, "pageSize", "")),
            Map.entry("pagination", new Foreign("Hugo's", "pageSize", "")),
            Map.entry("permalinks", new Foreign("Hugo's", "linkStyle", FIXED_URLS)),
            Map.entry("permalink", new Foreign("Jekyll's", "linkStyle", FIXED_URLS)),
            Map.entry("baseurl", new Foreign(BOTH, "baseUrl",
                    "it takes the whole address the site is published at, e.g. https://news.example.org/archive/")),
            Map.entry("url", new Foreign("Jekyll's", "baseUrl",
                    "it takes the whole address the site is published at, with Jekyll's baseurl path after it")),
            Map.entry("languagecode", new Foreign("Hugo's", "language", "")),
            Map.entry("defaultcontentlanguage", new Foreign("Hugo's", "language", "")),
            Map.entry("lang", new Foreign("Jekyll's", "language", "")),
            Map.entry("timezone", new Foreign(BOTH, "timeZone", "")),
            Map.entry("rsslimit", new Foreign("Hugo's", "feedSize", "")),
            Map.entry("outputs", new Foreign("Hugo's", "feeds", "the formats feeds are written in")),
            Map.entry("taxonomies", new Foreign("Hugo's", "listings",
                    "Dateline's terms are tags, authors and sources, each with its listing")),
            Map.entry("sitemap", new Foreign("Hugo's", "sitemapSize", "")),
            Map.entry("markup", new Foreign("Hugo's", "unsafeHtml", "for Goldmark's 'unsafe'")),
            Map.entry("markdown", new Foreign("Jekyll's", "unsafeHtml", "to let raw HTML in Markdown through")),
            Map.entry("kramdown", new Foreign("Jekyll's", "unsafeHtml", "to let raw HTML in Markdown through")),
            Map.entry("builddrafts", new Foreign("Hugo's", null, "build with --drafts")),
            Map.entry("show_drafts", new Foreign("Jekyll's", null, "build with --drafts")),
            Map.entry("buildfuture", new Foreign("Hugo's", null, "build with --future")),
            Map.entry("future", new Foreign("Jekyll's", null, "build with --future")),
            Map.entry("publishdir", new Foreign("Hugo's", null, "build with --output DIR")),
            Map.entry("destination", new Foreign("Jekyll's", null, "build with --output DIR")),
            Map.entry("contentdir", new Foreign("Hugo's", null, "build with --content DIR")),
            Map.entry("source", new Foreign("Jekyll's", null, "build with --content DIR")),
            Map.entry("theme", new Foreign(BOTH, null, "put the theme's Pebble templates in templates/, or build with"
                    + " --templates DIR")));

    private ForeignSettings() {
    }

    /** What to say of {@code key}, ending in a full stop; null when it is no Hugo or Jekyll setting known here. */
    static String hint(String key) {
        Foreign foreign = NAMES.get(key.toLowerCase(Locale.ROOT));
        if (foreign == null) {
            return null;
        }
        if (foreign.setting() == null) {
            return "Dateline has no setting for " + foreign.origin() + " '" + key + "': " + foreign.advice() + ".";
        }
        return "Did you mean '" + foreign.setting() + "'? It is Dateline's name for " + foreign.origin() + " '" + key + "'"
                + (foreign.advice().isEmpty() ? "" : "; " + foreign.advice()) + ".";
    }
}
