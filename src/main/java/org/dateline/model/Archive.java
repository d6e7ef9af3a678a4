package org.dateline.model;

import java.util.ArrayList;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    public static final Comparator<Article> NEWEST_FIRST = Archive::newestFirst;

    /** Written out rather than chained from {@code Comparator.comparing}: the archive's sort calls it millions of times. */
    private static int newestFirst(Article a, Article b) {
        ArticleDate first = a.date();
        ArticleDate second = b.date();
        if (first != second) {
            if (first == null) {
                return 1;
            }
            if (second == null) {
                return -1;
            }
            int byDate = second.compareTo(first);
            if (byDate != 0) {
                return byDate;
            }
        }
        int byTitle = a.title().compareTo(b.title());
        return byTitle != 0 ? byTitle : a.sourcePath().compareTo(b.sourcePath());
    }

    private final List<Article> articles;
    private final List<Section> sections;
    private final ZoneId zone;
    /** Made when first asked for: a rebuild that renders only articles' own pages never needs it. */
    private volatile DateIndex dates;
    private final Map<TermKind, Taxonomy> taxonomies;
    private final Entities entities;
    private final Map<Entities.Named, Term> entityTerms;

    private Archive(List<Article> articles, List<Section> sections, ZoneId zone, Map<TermKind, Taxonomy> taxonomies,
                    Entities entities) {
        this.entities = entities;
        this.entityTerms = entities.terms(taxonomies);
        this.articles = articles;
        this.sections = sections;
        this.zone = zone;
        this.taxonomies = taxonomies;
    }

    /** An archive whose dates are grouped into days in UTC. */
    public static Archive of(List<Article> articles) {
        return of(articles, ZoneOffset.UTC);
    }

    /** An archive whose dates are grouped into days in {@code zone}, the site's time zone. */
    public static Archive of(List<Article> articles, ZoneId zone) {
        return of(articles, zone, List.of(), EntitySettings.on());
    }

    /** An archive whose people, places and organisations are found as {@code entities} says. */
    public static Archive of(List<Article> articles, ZoneId zone, EntitySettings entities) {
        return of(articles, zone, List.of(), entities);
    }

    /** An archive whose sections are named and described by their {@code _index.md}. */
    public static Archive of(List<Article> articles, ZoneId zone, List<SectionIndex> indexes) {
        return of(articles, zone, indexes, EntitySettings.on());
    }

    /**
     * An archive whose sections take their names and descriptions from their {@code _index.md} (a
     * title given there is the section's name everywhere, its articles' pages and cards included),
     * and whose people, places and organisations are found as {@code entities} says: each named in
     * at least its {@code minArticles} articles is a term of its kind.
     */
    public static Archive of(List<Article> articles, ZoneId zone, List<SectionIndex> indexes, EntitySettings entities) {
        Map<String, SectionIndex> bySlug = new HashMap<>();
        indexes.forEach(index -> bySlug.putIfAbsent(index.slug(), index));
        List<Article> sorted = new ArrayList<>(articles.size());
        for (Article article : articles) {
            SectionIndex index = article.sectionSlug().isEmpty() ? null : bySlug.get(article.sectionSlug());
            boolean renamed = index != null && !index.title().isEmpty() && !index.title().equals(article.section());
            sorted.add(renamed ? article.withSection(index.title()) : article);
        }
        sorted.sort(NEWEST_FIRST);
        List<Article> frozen = List.copyOf(sorted);
        Entities found = Entities.of(frozen, entities);
        Map<TermKind, Map<Article, List<String>>> listedByKind = found.listed(entities.minArticles());
        // Each kind's terms are gathered on their own, so the kinds are gathered side by side (in
        // the caller's pool, as Entities are found).
        List<Taxonomy> gathered = List.of(TermKind.values()).parallelStream().map(kind -> {
            if (!kind.isEntity()) {
                return Taxonomy.of(kind, frozen);
            }
            Map<Article, List<String>> listed = listedByKind.get(kind);
            return Taxonomy.of(kind, frozen, a -> listed.getOrDefault(a, List.of()));
        }).toList();
        Map<TermKind, Taxonomy> taxonomies = new EnumMap<>(TermKind.class);
        gathered.forEach(taxonomy -> taxonomies.put(taxonomy.kind(), taxonomy));
        return new Archive(frozen, sectionsOf(frozen, bySlug), zone, taxonomies, found);
    }

    /** The people, places and organisations each article names, with or without pages of their own. */
    public Entities entities() {
        return entities;
    }

    /** The term an entity named in an article belongs to, or null: the one {@code terms(kind).find(name)} gives. */
    public Term term(Entities.Named named) {
        return entityTerms.get(named);
    }

    /** The archive by year, month and day, and its undated articles. */
    public DateIndex dates() {
        DateIndex made = dates;
        if (made == null) {
            synchronized (this) {
                made = dates;
                if (made == null) {
                    made = DateIndex.of(articles, zone);
                    dates = made;
                }
            }
        }
        return made;
    }

    /** The tags, authors or sources. */
    public Taxonomy terms(TermKind kind) {
        return taxonomies.get(kind);
    }

    /** Every published article, newest first. */
    public List<Article> articles() {
        return articles;
    }

    /** Sections by name; an article outside any section belongs to none of them. */
    public List<Section> sections() {
        return sections;
    }

    private static List<Section> sectionsOf(List<Article> sorted, Map<String, SectionIndex> indexes) {
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
            SectionIndex index = indexes.get(entry.getKey());
            sections.add(new Section(namer.get(entry.getKey()).section(), entry.getKey(),
                    index == null ? "" : index.description(), entry.getValue()));
        }
        sections.sort(Comparator.comparing((Section s) -> s.name().toLowerCase(Locale.ROOT))
                .thenComparing(Section::slug));
        return List.copyOf(sections);
    }
}
