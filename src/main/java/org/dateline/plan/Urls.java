package org.dateline.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.Term;
import org.dateline.model.TermKind;
import org.dateline.text.Sha256;
import org.dateline.text.Slugs;

/**
 * The URL path of every kind of page (without a leading slash; the home page is {@code ""}):
 * <pre>
 *   &lt;section&gt;/&lt;slug&gt;/     an article            archive/          the archive index
 *   &lt;section&gt;/            a section             undated/          undated articles
 *   YYYY/ YYYY/MM/ YYYY/MM/DD/   years, months, days   tags/ authors/ sources/   term indexes
 *   tags/&lt;slug&gt;/ authors/&lt;slug&gt;/ sources/&lt;slug&gt;/                    one term
 *   on-this-day/      the calendar days    on-this-day/MM-DD/   one calendar day, every year
 * </pre>
 * Term slugs are made here, so two names that slug alike ("C" and "C++") each get a page of their
 * own: the first by name keeps the slug, the next gets {@code -2}, and so on.
 */
public final class Urls {

    private final Map<Term, String> termSlugs = new IdentityHashMap<>();
    private final List<String> collisions = new ArrayList<>();

    public Urls(Archive archive) {
        for (TermKind kind : TermKind.values()) {
            Map<String, String> owners = new HashMap<>();
            for (Term term : archive.terms(kind).byName()) {
                String base = Slugs.of(term.name());
                if (base.isEmpty()) {
                    base = kind.singular().toLowerCase(Locale.ROOT) + "-" + Sha256.hex(term.name()).substring(0, 8);
                }
                String slug = base;
                for (int n = 2; owners.containsKey(slug); n++) {
                    slug = base + "-" + n;
                }
                if (!slug.equals(base)) {
                    collisions.add(kind.plural().toLowerCase(Locale.ROOT) + " '" + owners.get(base) + "' and '"
                            + term.name() + "' make the same URL " + kind.folder() + "/" + base + "/; '"
                            + term.name() + "' is at " + kind.folder() + "/" + slug + "/");
                }
                owners.put(slug, term.name());
                termSlugs.put(term, slug);
            }
        }
    }

    /** Term names that made the same slug, and where each went: worth telling the person. */
    public List<String> collisions() {
        return List.copyOf(collisions);
    }

    public static String home() {
        return "";
    }

    public static String article(Article article) {
        return (article.sectionSlug().isEmpty() ? "" : article.sectionSlug() + "/") + article.slug() + "/";
    }

    /**
     * An article's page from the site's root: in the folder of its language when that is not the
     * default ({@code fr/monde/story/}), as {@code SiteConfig.inLanguage} places a language's pages.
     */
    public static String articleInSite(Article article) {
        return article.language().isEmpty() ? article(article) : languageFolder(article.language()) + article(article);
    }

    /** The folder a language other than the default has its pages in: {@code fr/}. */
    public static String languageFolder(String code) {
        return code + "/";
    }

    /** A language's home page from the site's root: the root for the default language, its folder for another. */
    public static String languageHome(String code, String defaultCode) {
        return code.equals(defaultCode) ? home() : languageFolder(code);
    }

    public static String section(String sectionSlug) {
        return sectionSlug + "/";
    }

    public static String year(int year) {
        return digits(new StringBuilder(5), year, 4).append('/').toString();
    }

    public static String month(YearMonth month) {
        return digits(digits(new StringBuilder(8), month.getYear(), 4).append('/'), month.getMonthValue(), 2)
                .append('/').toString();
    }

    public static String day(LocalDate day) {
        StringBuilder out = digits(new StringBuilder(11), day.getYear(), 4).append('/');
        return digits(digits(out, day.getMonthValue(), 2).append('/'), day.getDayOfMonth(), 2).append('/').toString();
    }

    /**
     * Appends {@code value} with leading zeros to {@code width} digits, as {@code %0Nd} writes it
     * ({@code -5} as {@code -005}). Planning a large archive asks for a date path per article and
     * listing: {@code String.format} was a fifth of the planning time.
     */
    static StringBuilder digits(StringBuilder out, int value, int width) {
        String text = Integer.toString(Math.abs(value));
        if (value < 0) {
            out.append('-');
            width--;
        }
        for (int pad = width - text.length(); pad > 0; pad--) {
            out.append('0');
        }
        return out.append(text);
    }

    /** The index of every calendar day with articles in more than one year. */
    public static String onThisDayIndex() {
        return "on-this-day/";
    }

    /** One calendar day across the years: {@code on-this-day/03-05/}. */
    public static String onThisDay(MonthDay day) {
        return onThisDayPattern().replace(ON_THIS_DAY_PLACEHOLDER, monthDay(day));
    }

    /** A calendar day as its page's folder names it: {@code 03-05}. */
    public static String monthDay(MonthDay day) {
        return digits(digits(new StringBuilder(5), day.getMonthValue(), 2).append('-'), day.getDayOfMonth(), 2).toString();
    }

    /** What stands for the day in {@link #onThisDayPattern()}, for a script that picks today's page. */
    public static final String ON_THIS_DAY_PLACEHOLDER = "MM-DD";

    /** The path of the calendar day's page with {@value #ON_THIS_DAY_PLACEHOLDER} in place of the day. */
    public static String onThisDayPattern() {
        return onThisDayIndex() + ON_THIS_DAY_PLACEHOLDER + "/";
    }

    public static String archiveIndex() {
        return "archive/";
    }

    /** The search page; the index files live in the same folder. */
    public static String search() {
        return "search/";
    }

    /** The key of an article's text file in the search folder: {@code text/world/story}. */
    public static String searchTextKey(Article article) {
        String page = article(article);
        return "text/" + page.substring(0, page.length() - 1);
    }

    /** An article's text for search snippets: {@code search/text/world/story.js}. */
    public static String searchText(Article article) {
        return search() + searchTextKey(article) + ".js";
    }

    public static String undated() {
        return "undated/";
    }

    public static String termIndex(TermKind kind) {
        return kind.folder() + "/";
    }

    public String term(Term term) {
        String slug = termSlugs.get(term);
        if (slug == null) {
            throw new IllegalArgumentException("not a term of this archive: " + term.name());
        }
        return term.kind().folder() + "/" + slug + "/";
    }
}
