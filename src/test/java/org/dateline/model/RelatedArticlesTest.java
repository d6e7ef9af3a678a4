package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RelatedArticlesTest {

    private static Article article(int n, ArticleDate date, String section, List<String> tags) {
        String slug = "story-" + n;
        return new Article(section + "/" + slug + ".md", SourceFormat.MARKDOWN, "Story " + n, slug, section, section,
                date, null, List.of(), tags, "", "", "", "", "", "", List.of(), false, null, null, List.of(), 100, Map.of());
    }

    private static ArticleDate day(int day, int hour) {
        return new ArticleDate(ZonedDateTime.of(2024, 1, 1, hour, 0, 0, 0, ZoneOffset.UTC).plusDays(day), true);
    }

    private static List<String> titles(List<Article> articles) {
        return articles.stream().map(Article::title).toList();
    }

    @Test
    void ranksByTagsSharedThenNearnessInTimeThenFillsFromTheSection() {
        Article subject = article(0, day(10, 12), "world", List.of("Oil", "Syria"));
        List<Article> all = List.of(subject,
                article(1, day(1, 12), "world", List.of("Oil", "Syria")),   // both tags, far
                article(2, day(10, 13), "tech", List.of("Oil")),            // one tag, an hour away
                article(3, day(12, 12), "tech", List.of("Syria")),          // one tag, two days away
                article(4, day(10, 11), "world", List.of()),                // no tag, same section, an hour
                article(5, day(30, 12), "world", List.of()),                // no tag, same section, far
                article(6, day(10, 12), "sport", List.of()));               // nothing in common
        Archive archive = Archive.of(all);
        Section world = archive.sections().stream().filter(s -> s.slug().equals("world")).findFirst().orElseThrow();

        assertThat(titles(RelatedArticles.of(subject, archive, world, 5)))
                .containsExactly("Story 1", "Story 2", "Story 3", "Story 4", "Story 5");
        assertThat(titles(RelatedArticles.of(subject, archive, world, 2))).containsExactly("Story 1", "Story 2");
        assertThat(titles(RelatedArticles.of(subject, archive, null, 5))).containsExactly("Story 1", "Story 2", "Story 3");
        assertThat(RelatedArticles.of(subject, archive, world, 0)).isEmpty();
    }

    /** The choice as it was first written: every candidate ranked, the whole list sorted. */
    private static List<Article> bySorting(Article article, Archive archive, Section section, int limit) {
        Map<Article, Integer> shared = new java.util.IdentityHashMap<>();
        for (String tag : article.tags()) {
            Term term = archive.terms(TermKind.TAG).find(tag);
            if (term != null) {
                window(term.articles(), article).forEach(c -> {
                    if (c != article) {
                        shared.merge(c, 1, Integer::sum);
                    }
                });
            }
        }
        Comparator<Article> rank = Comparator.<Article>comparingInt(c -> -shared.getOrDefault(c, 0))
                .thenComparingLong(c -> distance(article, c))
                .thenComparing(Archive.NEWEST_FIRST);
        List<Article> ranked = new ArrayList<>(shared.keySet());
        ranked.sort(rank);
        Set<Article> chosen = new LinkedHashSet<>(ranked.subList(0, Math.min(limit, ranked.size())));
        if (chosen.size() < limit && section != null) {
            List<Article> nearby = window(section.articles(), article).stream().filter(c -> c != article)
                    .sorted(rank).collect(Collectors.toList());
            for (Article c : nearby) {
                if (chosen.size() >= limit) {
                    break;
                }
                chosen.add(c);
            }
        }
        return List.copyOf(chosen);
    }

    private static List<Article> window(List<Article> sorted, Article article) {
        int at = java.util.Collections.binarySearch(sorted, article, Archive.NEWEST_FIRST);
        at = at < 0 ? -at - 1 : at;
        return sorted.subList(Math.max(0, at - RelatedArticles.WINDOW), Math.min(sorted.size(), at + RelatedArticles.WINDOW + 1));
    }

    private static long distance(Article a, Article b) {
        return !a.isDated() || !b.isDated() ? Long.MAX_VALUE
                : Math.abs(a.date().value().toEpochSecond() - b.date().value().toEpochSecond());
    }

    @Test
    void choosesWhatRankingEveryCandidateWouldChoose() {
        Random random = new Random(7);
        String[] tags = {"Oil", "Syria", "Banks", "Geneva", "Police", "Apple", "Rare"};
        String[] sections = {"world", "tech", "sport"};
        List<Article> all = new ArrayList<>();
        for (int n = 0; n < 3_000; n++) {
            List<String> own = new ArrayList<>();
            int count = random.nextInt(4);
            for (int t = 0; t < count; t++) {
                String tag = tags[random.nextInt(random.nextInt(10) == 0 ? tags.length : tags.length - 1)];
                if (!own.contains(tag)) {
                    own.add(tag);
                }
            }
            // Few distinct days and hours, so equal distances and equal shares are common.
            ArticleDate date = random.nextInt(20) == 0 ? null : day(random.nextInt(40), random.nextInt(3));
            all.add(article(n, date, sections[random.nextInt(sections.length)], own));
        }
        Archive archive = Archive.of(all);
        for (Section section : archive.sections()) {
            for (Article a : section.articles()) {
                for (int limit : new int[] {1, 5, 12}) {
                    assertThat(RelatedArticles.of(a, archive, section, limit))
                            .as("%s, %d", a.sourcePath(), limit)
                            .containsExactlyElementsOf(bySorting(a, archive, section, limit));
                }
            }
        }
    }

    @Test
    void anArticleDateKeepsItsSecondAndRefusesAWrongOne() {
        ZonedDateTime when = ZonedDateTime.of(2024, 3, 5, 10, 30, 0, 0, ZoneOffset.ofHours(2));
        assertThat(new ArticleDate(when, true).epochSecond()).isEqualTo(when.toEpochSecond());
        assertThatThrownBy(() -> new ArticleDate(when, true, when.toEpochSecond() + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
