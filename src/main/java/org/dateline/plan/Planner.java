package org.dateline.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dateline.config.SiteConfig;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.dateline.model.Section;

/**
 * Decides every page of the site and its URL path:
 * <ul>
 *   <li>an article at {@code <section>/<slug>/}, or {@code <slug>/} outside any section;</li>
 *   <li>the home page at {@code ""}, listing every article newest first;</li>
 *   <li>a page per section at {@code <section>/};</li>
 *   <li>page N of any listing at {@code <listing>/page/N/}.</li>
 * </ul>
 * Names the site keeps for its own listings, and four-digit years, cannot be sections or top-level
 * articles, so URLs stay stable as the site grows.
 */
public final class Planner {

    /** Top-level URL names kept for the site's own pages. */
    public static final Set<String> RESERVED = Set.of(
            "page", "archive", "undated", "tags", "authors", "sources", "search", "feeds", "static", "assets", "404");

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private Planner() {
    }

    /**
     * @param displayName how problems name an article, from its source path
     */
    public static SitePlan plan(Archive archive, SiteConfig config, List<FileCopy> copies,
                                Function<String, String> displayName) {
        List<Problem> problems = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        Map<String, String> pageOfSource = new HashMap<>();

        for (Section section : archive.sections()) {
            String reason = reservedReason(section.slug());
            if (reason != null) {
                Article first = section.articles().get(0);
                problems.add(Problem.inFile(displayName.apply(first.sourcePath()),
                        "the section '" + section.name() + "' would be at /" + section.slug() + "/, " + reason,
                        "Rename the section's folder, or give its articles another 'section:'."));
            }
        }

        for (Section section : archive.sections()) {
            List<Article> articles = section.articles();
            for (int i = 0; i < articles.size(); i++) {
                Article article = articles.get(i);
                Article newer = i > 0 ? articles.get(i - 1) : null;
                Article older = i + 1 < articles.size() ? articles.get(i + 1) : null;
                addArticle(new Page.ArticlePage(article.sectionSlug() + "/" + article.slug() + "/", article, newer, older),
                        pages, owners, pageOfSource, problems, displayName);
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
            addArticle(new Page.ArticlePage(article.slug() + "/", article, null, null),
                    pages, owners, pageOfSource, problems, displayName);
        }

        addListing(pages, owners, problems, Page.ListingKind.HOME, config.title(), null, archive.articles(), "",
                config.pageSize());
        for (Section section : archive.sections()) {
            addListing(pages, owners, problems, Page.ListingKind.SECTION, section.name(), section,
                    section.articles(), section.slug() + "/", config.pageSize());
        }

        for (FileCopy copy : copies) {
            claim(copy.outputPath(), copy.origin(), owners, problems, copy.origin());
        }
        return new SitePlan(pages, copies, pageOfSource, problems);
    }

    private static void addArticle(Page.ArticlePage page, List<Page> pages, Map<String, String> owners,
                                   Map<String, String> pageOfSource, List<Problem> problems,
                                   Function<String, String> displayName) {
        String name = displayName.apply(page.article().sourcePath());
        if (claim(Links.outputFile(page.path()), name, owners, problems, name)) {
            pages.add(page);
            pageOfSource.put(page.article().sourcePath(), page.path());
        }
    }

    private static void addListing(List<Page> pages, Map<String, String> owners, List<Problem> problems,
                                   Page.ListingKind kind, String title, Section section, List<Article> articles,
                                   String firstPath, int pageSize) {
        int count = Pagination.pageCount(articles.size(), pageSize);
        for (int n = 1; n <= count; n++) {
            Pagination pagination = new Pagination(n, count, firstPath);
            int from = (n - 1) * pageSize;
            int to = Math.min(articles.size(), from + pageSize);
            String owner = (section == null ? "the home page" : "the section '" + title + "'") + (n > 1 ? " (page " + n + ")" : "");
            if (claim(Links.outputFile(pagination.path()), owner, owners, problems, "")) {
                pages.add(new Page.ListingPage(pagination.path(), kind, title, section, articles.subList(from, to),
                        articles.size(), pagination));
            }
        }
    }

    /** Takes {@code outputFile} for {@code owner}; when another took it first, adds a problem and returns false. */
    private static boolean claim(String outputFile, String owner, Map<String, String> owners, List<Problem> problems,
                                 String file) {
        String previous = owners.putIfAbsent(outputFile, owner);
        if (previous == null) {
            return true;
        }
        problems.add(Problem.inFile(file, owner + " and " + previous + " would both be written to " + outputFile,
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
