package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dateline.config.Language;
import org.dateline.config.SiteConfig;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.dateline.parse.LanguageLayout;
import org.dateline.plan.FileCopy;
import org.dateline.plan.Page;
import org.dateline.plan.SitePlan;

/**
 * A multilingual site as one site per language: the default language's at the root, each other's
 * under its folder ({@code fr/}), each with its own articles, settings and copied files. The files
 * a host reads at the root only ({@code robots.txt}, {@code _redirects}, {@code _headers}, the 404
 * page) are the default language's, and name every language's sitemaps and redirects.
 */
final class LanguageEditions {

    private final Map<String, List<Article>> articles = new HashMap<>();
    private final List<FileCopy> copies;
    /** Each language's settings, the default first. */
    private final List<SiteConfig> configs;

    LanguageEditions(SiteConfig config, List<Article> published, List<FileCopy> copies) {
        this.copies = copies;
        List<SiteConfig> each = new ArrayList<>();
        for (Language language : config.languages()) {
            each.add(config.inLanguage(language));
        }
        this.configs = List.copyOf(each);
        String defaultCode = config.defaultLanguage().code();
        for (Article article : published) {
            String code = article.language().isEmpty() ? defaultCode : article.language();
            articles.computeIfAbsent(code, c -> new ArrayList<>()).add(article);
        }
    }

    /** How sources say their language on this site; {@link LanguageLayout#NONE} for a site in one language. */
    static LanguageLayout layout(SiteConfig config) {
        if (!config.multilingual()) {
            return LanguageLayout.NONE;
        }
        Set<String> codes = new LinkedHashSet<>();
        config.languages().forEach(language -> codes.add(language.code()));
        return new LanguageLayout(codes, config.defaultLanguage().code());
    }

    /** Each language's settings, the default first. */
    List<SiteConfig> configs() {
        return configs;
    }

    List<Article> articles(SiteConfig edition) {
        return articles.getOrDefault(edition.language(), List.of());
    }

    /**
     * The files copied as they are that sit among the pages of {@code edition}, by their paths within
     * its folder: they must not collide with its pages. The default language's are all but those in
     * another language's folder.
     */
    List<FileCopy> copies(SiteConfig edition) {
        List<FileCopy> own = new ArrayList<>();
        for (FileCopy copy : copies) {
            String path = copy.outputPath();
            if (edition.folder().isEmpty() ? !inOtherFolder(path) : path.startsWith(edition.folder())) {
                own.add(new FileCopy(path.substring(edition.folder().length()), copy.source(), copy.origin()));
            }
        }
        return own;
    }

    private boolean inOtherFolder(String path) {
        for (SiteConfig edition : configs()) {
            if (!edition.folder().isEmpty() && path.startsWith(edition.folder())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A page of the default language in another language's folder would hide that language's page
     * there: a section or an article at the top named like the folder.
     */
    List<Problem> problems(SitePlan defaultPlan, Function<String, String> displayName) {
        List<Problem> problems = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        // Sections first: an article in a section named like a folder is there because of its section.
        for (boolean sections : new boolean[] {true, false}) {
            for (Page page : defaultPlan.pages()) {
                String folder = otherFolderOf(page.path());
                Article article = null;
                if (folder == null) {
                    continue;
                }
                if (sections && page instanceof Page.ListingPage l && l.subject() instanceof Page.OfSection s
                        && l.pagination().number() == 1) {
                    article = s.section().articles().get(s.section().articles().size() - 1);
                    s.section().articles().forEach(a -> reported.add(a.sourcePath()));
                } else if (!sections && page instanceof Page.ArticlePage a && reported.add(a.article().sourcePath())) {
                    article = a.article();
                }
                if (article == null) {
                    continue;
                }
                String what = sections ? "section" : "page";
                problems.add(Problem.inFile(displayName.apply(article.sourcePath()), "its " + what + " would be at "
                                + page.path() + ", in the folder of the pages in " + nameOf(folder),
                        "Give it another " + (sections ? "section ('section:'" : "slug ('slug:'")
                                + " in the front matter), or move it into content/" + folder
                                + " if it is in that language."));
            }
        }
        return problems;
    }

    /** The other language whose folder {@code path} is in, as its folder; null for none. */
    private String otherFolderOf(String path) {
        for (SiteConfig edition : configs()) {
            if (!edition.folder().isEmpty() && path.startsWith(edition.folder())) {
                return edition.folder();
            }
        }
        return null;
    }

    private String nameOf(String folder) {
        for (SiteConfig edition : configs()) {
            if (edition.folder().equals(folder)) {
                return edition.currentLanguage().name();
            }
        }
        return folder;
    }

    /**
     * The plans with the root's files made for the whole site: the default language's
     * {@code robots.txt} names every language's sitemaps and its {@code _redirects} every language's
     * redirects; the other languages' copies of those files, and their 404 pages and
     * {@code _headers}, are left out (a host reads them at the root only).
     *
     * @param folders each plan's language folder, the default's (empty) first
     */
    static List<SitePlan> withRootFiles(List<SitePlan> plans, List<String> folders) {
        List<String> sitemaps = new ArrayList<>();
        List<Page.RedirectPage> redirects = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            String folder = folders.get(i);
            for (Page page : plans.get(i).pages()) {
                if (page instanceof Page.RobotsPage robots) {
                    robots.sitemaps().forEach(path -> sitemaps.add(folder + path));
                } else if (page instanceof Page.RedirectsFile file) {
                    for (Page.RedirectPage r : file.redirects()) {
                        redirects.add(new Page.RedirectPage(folder + r.path(), folder + r.targetPath(), r.article()));
                    }
                }
            }
        }
        List<SitePlan> out = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            SitePlan plan = plans.get(i);
            boolean root = i == 0;
            List<Page> pages = new ArrayList<>(plan.pages().size());
            boolean hasRedirectsFile = false;
            for (Page page : plan.pages()) {
                if (page instanceof Page.RobotsPage robots) {
                    if (root) {
                        pages.add(new Page.RobotsPage(robots.path(), sitemaps));
                    }
                } else if (page instanceof Page.RedirectsFile file) {
                    if (root) {
                        pages.add(new Page.RedirectsFile(file.path(), redirects));
                        hasRedirectsFile = true;
                    }
                } else if (root || !(page instanceof Page.NotFoundPage || page instanceof Page.HeadersFile)) {
                    pages.add(page);
                }
            }
            if (root && !hasRedirectsFile && !redirects.isEmpty()) {
                pages.add(new Page.RedirectsFile("_redirects", redirects));
            }
            out.add(new SitePlan(pages, plan.copies(), plan.pageOfSource(), plan.urls(), plan.problems(), plan.notes()));
        }
        return out;
    }

    /** Every article's page from the site's root, in every language. */
    static Map<String, String> pageOfSource(List<SitePlan> plans, List<String> folders) {
        Map<String, String> pages = new HashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            String folder = folders.get(i);
            plans.get(i).pageOfSource().forEach((source, page) -> pages.put(source, folder + page));
        }
        return pages;
    }
}
