package org.dateline.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.config.Language;

/**
 * Which pages of a multilingual site are one page in several languages: an article and its
 * translations (the articles that share its {@code translationKey}, or its path in each language's
 * folder), and the site's own pages that every language has at the same place (the home page, the
 * archive, a month, a tag of the same name).
 */
public final class Translations {

    /** A site in one language: no page has a version in another. */
    public static final Translations NONE = new Translations(List.of(), Map.of());

    /**
     * One language's pages.
     *
     * @param folder where its pages are, from the site's root: empty for the default language
     */
    public record Edition(Language language, String folder, SitePlan plan) {
    }

    /** A page in one language: where it is from the site's root. */
    public record Version(Language language, String sitePath) {
    }

    private final List<Language> languages;
    /** Each language's pages that have versions in others, by path within the language; every version of one page shares one list. */
    private final Map<String, Map<String, List<Version>>> byLanguage;

    private Translations(List<Language> languages, Map<String, Map<String, List<Version>>> byLanguage) {
        this.languages = languages;
        this.byLanguage = byLanguage;
    }

    /**
     * @param notes where to say which translation keys no other language shares, and which a language
     *     gives to two articles
     */
    public static Translations of(List<Edition> editions, List<String> notes) {
        Map<String, Version[]> groups = new LinkedHashMap<>();
        Map<String, String> firstHolder = new HashMap<>();
        List<Language> languages = new ArrayList<>();
        for (int l = 0; l < editions.size(); l++) {
            Edition edition = editions.get(l);
            languages.add(edition.language());
            for (Page page : edition.plan().pages()) {
                if (!page.isIndexable()) {
                    continue;
                }
                String key = "page " + page.path();
                if (page instanceof Page.ArticlePage p) {
                    key = "article " + p.article().translationKey();
                    String holder = firstHolder.putIfAbsent(edition.language().code() + " " + key, p.article().sourcePath());
                    if (holder != null) {
                        notes.add(p.article().sourcePath() + " and " + holder + " are both in "
                                + edition.language().name() + " with the translation key '"
                                + shown(p.article().translationKey()) + "': only " + holder
                                + " is linked to its translations; give one of them another translationKey");
                        continue;
                    }
                }
                groups.computeIfAbsent(key, k -> new Version[editions.size()])[l] =
                        new Version(edition.language(), edition.folder() + page.path());
            }
        }
        Map<String, Map<String, List<Version>>> byLanguage = new HashMap<>();
        groups.forEach((key, versions) -> {
            List<Version> found = new ArrayList<>();
            for (Version version : versions) {
                if (version != null) {
                    found.add(version);
                }
            }
            if (found.size() < 2) {
                if (key.startsWith("article ") && isGiven(key.substring("article ".length()))) {
                    notes.add("translationKey '" + key.substring("article ".length()) + "' ("
                            + found.get(0).sitePath() + ") is shared by no article in another language: check its"
                            + " spelling, or leave it out until the translation is written");
                }
                return;
            }
            List<Version> group = List.copyOf(found);
            for (Version version : group) {
                String local = version.sitePath().substring(folderOf(editions, version.language()).length());
                byLanguage.computeIfAbsent(version.language().code(), c -> new HashMap<>()).put(local, group);
            }
        });
        return new Translations(List.copyOf(languages), byLanguage);
    }

    /** The site's languages, the default first; empty for a site in one language. */
    public List<Language> languages() {
        return languages;
    }

    /**
     * Every version of the page at {@code path} in {@code language} (its own among them), in the
     * order of the site's languages; empty when it has none in another language.
     */
    public List<Version> versions(String language, String path) {
        Map<String, List<Version>> pages = byLanguage.get(language);
        if (pages == null) {
            return List.of();
        }
        return pages.getOrDefault(path, List.of());
    }

    /** Keys made from a file's path start with a slash ({@code ArticleReader}); any other was written by hand. */
    private static boolean isGiven(String key) {
        return !key.startsWith("/");
    }

    private static String shown(String key) {
        return isGiven(key) ? key : key.substring(1);
    }

    private static String folderOf(List<Edition> editions, Language language) {
        for (Edition edition : editions) {
            if (edition.language().equals(language)) {
                return edition.folder();
            }
        }
        throw new IllegalArgumentException("not a language of these editions: " + language.code());
    }
}
