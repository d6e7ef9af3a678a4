package org.dateline.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Article;

/**
 * Jekyll posts that would share a URL: {@code _posts/2019-03-01-results.md} and
 * {@code _posts/2020-03-01-results.md} both have the slug {@code results}, because Jekyll's own URLs
 * hold the date and Dateline's do not. The oldest keeps the slug; each later post gets its date
 * after it ({@code results-2020-03-01}), and a note says so. Any other clash is left for the planner
 * to report: two articles written for Dateline with one URL are a mistake to fix, not to guess at.
 */
public final class SlugClashes {

    private SlugClashes() {
    }

    /**
     * Renames, in {@code articles}, the later of the Jekyll posts that share a URL, and adds a note to
     * {@code notes} for each renamed.
     */
    public static void resolve(List<Article> articles, List<String> notes) {
        if (articles.stream().noneMatch(SlugClashes::isPost)) {
            return; // an archive written for Dateline: its URLs are not worked out twice
        }
        Map<String, List<Integer>> byUrl = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            byUrl.computeIfAbsent(Urls.article(articles.get(i)), url -> new ArrayList<>()).add(i);
        }
        Set<String> taken = new HashSet<>(byUrl.keySet());
        List<String> urls = new ArrayList<>(byUrl.keySet());
        urls.sort(Comparator.naturalOrder());
        for (String url : urls) {
            List<Integer> sharing = byUrl.get(url);
            if (sharing.size() < 2) {
                continue;
            }
            sharing.sort(Comparator.comparing((Integer i) -> articles.get(i).date() == null ? null
                    : articles.get(i).date().value().toInstant(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(i -> articles.get(i).sourcePath()));
            for (Integer index : sharing.subList(1, sharing.size())) {
                Article post = articles.get(index);
                if (!isPost(post) || post.date() == null) {
                    continue;
                }
                Article renamed = post.withSlug(post.slug() + "-" + post.date().value().toLocalDate());
                if (taken.add(Urls.article(renamed))) {
                    articles.set(index, renamed);
                    notes.add(post.sourcePath() + " would share the URL " + url + " with an older post: it is at "
                            + Urls.article(renamed) + " (give it a 'slug:' to choose another)");
                }
            }
        }
    }

    private static boolean isPost(Article article) {
        String path = article.sourcePath();
        // (the cheap test first: this is asked of every article, and few paths hold an underscore)
        return path.indexOf('_') >= 0 && (path.startsWith("_posts/") || path.contains("/_posts/"));
    }
}
