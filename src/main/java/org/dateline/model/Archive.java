package org.dateline.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole published archive: every article newest first (undated ones last, never given a made-up
 * date) and the sections. Built once, then only read, from any number of threads.
 */
public final class Archive {

    /**
     * Newest first; undated after every dated one; ties broken by headline and then by source path,
     * so the order never depends on the order files were listed in.
     */
    public static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing(Article::date, Comparator.nullsLast(Comparator.<ArticleDate>reverseOrder()))
            .thenComparing(Article::title)
            .thenComparing(Article::sourcePath);

    private final List<Article> articles;
    private final List<Section> sections;

    private Archive(List<Article> articles, List<Section> sections) {
        this.articles = articles;
        this.sections = sections;
    }

    public static Archive of(List<Article> articles) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(NEWEST_FIRST);
        return new Archive(List.copyOf(sorted), sectionsOf(sorted));
    }

    /** Every published article, newest first. */
    public List<Article> articles() {
        return articles;
    }

    /** Sections by name; an article outside any section belongs to none of them. */
    public List<Section> sections() {
        return sections;
    }

    private static List<Section> sectionsOf(List<Article> sorted) {
        Map<String, List<Article>> bySlug = new LinkedHashMap<>();
        Map<String, Article> namer = new TreeMap<>();
        for (Article article : sorted) {
            if (article.sectionSlug().isEmpty()) {
                continue;
            }
            bySlug.computeIfAbsent(article.sectionSlug(), s -> new ArrayList<>()).add(article);
            // One display name per section even when files spell it differently: the first file's, by path.
            namer.merge(article.sectionSlug(), article,
                    (a, b) -> a.sourcePath().compareTo(b.sourcePath()) <= 0 ? a : b);
        }
        List<Section> sections = new ArrayList<>();
        for (Map.Entry<String, List<Article>> entry : bySlug.entrySet()) {
            sections.add(new Section(namer.get(entry.getKey()).section(), entry.getKey(), entry.getValue()));
        }
        sections.sort(Comparator.comparing((Section s) -> s.name().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(Section::slug));
        return List.copyOf(sections);
    }
}
