package org.dateline.pipeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.dateline.model.Publication;
import org.dateline.parse.ReadResult;

/**
 * Sorts a build's articles into published and held back, and says in the build's notes what was
 * held back and, for embargoes and future dates, when the next one falls due: a newsroom that
 * schedules stories should know that a rebuild is needed then.
 */
final class HeldBack {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Publication publication;
    private int drafts;
    private int expired;
    private int embargoed;
    private int future;
    private Instant nextEmbargo;
    private Instant nextFuture;

    HeldBack(Publication publication) {
        this.publication = publication;
    }

    /**
     * The articles of {@code results} the build publishes, in their order; the held back are
     * counted, and the problems of sources that did not read are added to {@code problems}.
     */
    List<Article> published(List<ReadResult> results, List<Problem> problems) {
        List<Article> published = new ArrayList<>();
        for (ReadResult result : results) {
            if (!result.ok()) {
                problems.addAll(result.problems());
            } else if (publishes(result.article())) {
                published.add(result.article());
            }
        }
        return published;
    }

    /** Whether the build publishes {@code article}; if not, it is counted. */
    boolean publishes(Article article) {
        switch (publication.holdOf(article)) {
            case NONE -> {
                return true;
            }
            case DRAFT -> drafts++;
            case EXPIRED -> expired++;
            case EMBARGO -> {
                embargoed++;
                nextEmbargo = earlier(nextEmbargo, publication.dueAt(article));
            }
            case FUTURE -> {
                future++;
                nextFuture = earlier(nextFuture, publication.dueAt(article));
            }
        }
        return false;
    }

    /** The notes for what was held back, times in {@code zone}. */
    List<String> notes(ZoneId zone) {
        List<String> notes = new ArrayList<>();
        if (drafts > 0) {
            notes.add(drafts + (drafts == 1 ? " draft" : " drafts") + " left out (build with --drafts to see them)");
        }
        if (expired > 0) {
            notes.add(expired + (expired == 1 ? " article has" : " articles have") + " expired (expiryDate) and"
                    + (expired == 1 ? " is" : " are") + " left out");
        }
        if (embargoed > 0) {
            notes.add(embargoed + (embargoed == 1 ? " article is" : " articles are")
                    + " under embargo and left out until it lifts; the next lifts at " + when(nextEmbargo, zone));
        }
        if (future > 0) {
            notes.add(future + (future == 1 ? " article is" : " articles are") + " dated in the future and left out"
                    + " until that date; the next is due at " + when(nextFuture, zone)
                    + " (build with --future to include them)");
        }
        return notes;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static String when(Instant instant, ZoneId zone) {
        String name = zone.getId().equals("Z") ? "UTC" : zone.getId();
        return WHEN.format(instant.atZone(zone)) + " " + name;
    }
}
