package org.dateline.plan;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dateline.config.SiteConfig;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.DateIndex;
import org.dateline.model.Problem;
import org.dateline.model.Section;
import org.dateline.model.Term;
import org.dateline.model.TermKind;

/**
 * Decides every page of the site and its URL path (the shapes are {@link Urls}'): articles; the home
 * page and each section, year, month, day, tag, author and source as listings, page N of each at
 * {@code <listing>/page/N/}; the archive index; the undated listing; the term indexes. Names the
 * site keeps for its own pages, and four-digit years, cannot be sections or top-level articles.
 */
public final class Planner {

    /** Top-level URL names kept for the site's own pages. */
    public static final Set<String> RESERVED = Set.of(
            "page", "archive", "undated", "tags", "authors", "sources", "search", "feeds", "static", "assets", "404");

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final List<Problem> problems = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private final Map<String, Owner> owners = new HashMap<>();
    private final Map<String, String> pageOfSource = new HashMap<>();
    private final Set<String> reservedSections = new HashSet<>();
    private final Function<String, String> displayName;
    private final int pageSize;

    private Planner(Function<String, String> displayName, int pageSize) {
        this.displayName = displayName;
        this.pageSize = pageSize;
    }

    /**
     * @param copies files copied as they are, which must not collide with pages
     * @param displayName how problems name an article, from its source path
     */
    public static SitePlan plan(Archive archive, SiteConfig config, List<FileCopy> copies,
                                Function<String, String> displayName) {
        Planner planner = new Planner(displayName, config.pageSize());
        Urls urls = new Urls(archive);
        planner.checkSectionNames(archive);
        planner.articles(archive);
        planner.listings(archive, config.locale(), urls);
        for (FileCopy copy : copies) {
            planner.claim(copy.outputPath(), copy.origin(), copy.origin());
        }
        return new SitePlan(planner.pages, copies, planner.pageOfSource, urls, planner.problems, urls.collisions());
    }

    /** Reports sections named like the site's own pages; their pages are left out of the plan. */
    private void checkSectionNames(Archive archive) {
        for (Section section : archive.sections()) {
            String reason = reservedReason(section.slug());
            if (reason != null) {
                reservedSections.add(section.slug());
                problems.add(Problem.inFile(displayName.apply(section.articles().get(0).sourcePath()),
                        "the section '" + section.name() + "' would be at /" + section.slug() + "/, " + reason,
                        "Rename the section's folder, or give its articles another 'section:'."));
            }
        }
    }

    private void articles(Archive archive) {
        for (Section section : archive.sections()) {
            if (reservedSections.contains(section.slug())) {
                continue;
            }
            List<Article> articles = section.articles();
            for (int i = 0; i < articles.size(); i++) {
                addArticle(new Page.ArticlePage(Urls.article(articles.get(i)), articles.get(i), section,
                        i > 0 ? articles.get(i - 1) : null, i + 1 < articles.size() ? articles.get(i + 1) : null));
            }
        }
        for (Article article : archive.articles()) {
            if (!article.sectionSlug().isEmpty()) {
                continue;
            }
            String reason = reservedReason(article.slug());
            if (reason != null) {
                problems.add(Problem.inFile(displayName.apply(article.sourcePath()),
                        "the article would be at /" + article.slug() + "/, " + reason,
                        "Move it into a section folder, or give it another 'slug:'."));
                continue;
            }
            addArticle(new Page.ArticlePage(Urls.article(article), article, null, null, null));
        }
    }

    private void listings(Archive archive, Locale locale, Urls urls) {
        listing(new Page.Latest(), "Latest articles", archive.articles(), Urls.home(), null, null);
        for (Section section : archive.sections()) {
            if (reservedSections.contains(section.slug())) {
                continue;
            }
            listing(new Page.OfSection(section), section.name(), section.articles(), Urls.section(section.slug()), null, null);
        }

        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("LLLL uuuu", locale);
        DateTimeFormatter dayName = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
        DateIndex dates = archive.dates();
        List<DateIndex.Year> years = dates.years();
        for (int i = 0; i < years.size(); i++) {
            DateIndex.Year year = years.get(i);
            listing(new Page.OfYear(year), String.valueOf(year.year()), year.articles(), Urls.year(year.year()),
                    i > 0 ? new Page.Neighbour(String.valueOf(years.get(i - 1).year()), Urls.year(years.get(i - 1).year())) : null,
                    i + 1 < years.size() ? new Page.Neighbour(String.valueOf(years.get(i + 1).year()), Urls.year(years.get(i + 1).year())) : null);
        }
        List<DateIndex.Month> months = dates.months();
        for (int i = 0; i < months.size(); i++) {
            DateIndex.Month month = months.get(i);
            listing(new Page.OfMonth(month), monthName.format(month.month()), month.articles(), Urls.month(month.month()),
                    i > 0 ? new Page.Neighbour(monthName.format(months.get(i - 1).month()), Urls.month(months.get(i - 1).month())) : null,
                    i + 1 < months.size() ? new Page.Neighbour(monthName.format(months.get(i + 1).month()), Urls.month(months.get(i + 1).month())) : null);
        }
        List<DateIndex.Day> days = dates.days();
        for (int i = 0; i < days.size(); i++) {
            DateIndex.Day day = days.get(i);
            listing(new Page.OfDay(day), dayName.format(day.date()), day.articles(), Urls.day(day.date()),
                    i > 0 ? new Page.Neighbour(dayName.format(days.get(i - 1).date()), Urls.day(days.get(i - 1).date())) : null,
                    i + 1 < days.size() ? new Page.Neighbour(dayName.format(days.get(i + 1).date()), Urls.day(days.get(i + 1).date())) : null);
        }
        claimPage(new Page.ArchiveIndexPage(Urls.archiveIndex()), "the archive index");
        if (!dates.undated().isEmpty()) {
            listing(new Page.Undated(), "Undated articles", dates.undated(), Urls.undated(), null, null);
        }

        for (TermKind kind : TermKind.values()) {
            List<Term> terms = archive.terms(kind).byName();
            if (terms.isEmpty()) {
                continue;
            }
            claimPage(new Page.TermIndexPage(Urls.termIndex(kind), kind), "the " + kind.plural().toLowerCase(Locale.ROOT) + " index");
            for (Term term : terms) {
                listing(new Page.OfTerm(term), term.name(), term.articles(), urls.term(term), null, null);
            }
        }
    }

    private void addArticle(Page.ArticlePage page) {
        String name = displayName.apply(page.article().sourcePath());
        if (claim(Links.outputFile(page.path()), name, name)) {
            pages.add(page);
            pageOfSource.put(page.article().sourcePath(), page.path());
        }
    }

    private void listing(Page.Subject subject, String title, List<Article> articles, String firstPath,
                         Page.Neighbour newer, Page.Neighbour older) {
        int count = Pagination.pageCount(articles.size(), pageSize);
        for (int n = 1; n <= count; n++) {
            Pagination pagination = new Pagination(n, count, firstPath);
            int from = (n - 1) * pageSize;
            int to = Math.min(articles.size(), from + pageSize);
            claimPage(new Page.ListingPage(pagination.path(), subject, title, articles.subList(from, to), articles.size(),
                    pagination, newer, older), "the listing '" + title + "'" + (n > 1 ? " (page " + n + ")" : ""));
        }
    }

    private void claimPage(Page page, String owner) {
        if (claim(Links.outputFile(page.path()), owner, "")) {
            pages.add(page);
        }
    }

    /** Who wants an output file: a description, and the source file to blame, if any. */
    private record Owner(String description, String file) {
    }

    /** Takes {@code outputFile} for {@code owner}; when another took it first, adds a problem and returns false. */
    private boolean claim(String outputFile, String owner, String file) {
        Owner previous = owners.putIfAbsent(outputFile, new Owner(owner, file));
        if (previous == null) {
            return true;
        }
        // Name a source file when either side has one, so an editor can jump to it.
        problems.add(Problem.inFile(file.isEmpty() ? previous.file() : file,
                owner + " and " + previous.description() + " would both be written to " + outputFile,
                "Give one of them another 'slug:' (or rename the file) so each has its own URL."));
        return false;
    }

    private static String reservedReason(String slug) {
        if (RESERVED.contains(slug)) {
            return "a URL the site keeps for its own '" + slug + "' pages";
        }
        if (YEAR.matcher(slug).matches()) {
            return "a URL the site keeps for the year " + slug;
        }
        return null;
    }
}
