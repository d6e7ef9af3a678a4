package org.dateline.model;

import java.time.Instant;

/**
 * Which articles a build publishes. A draft waits until it is asked for; an article waits for its
 * embargo to lift, and one dated in the future for its date, as Hugo holds back future posts: an
 * archive built ahead of time must not show tomorrow's news today. An article past its expiry
 * (Hugo's {@code expiryDate}) is left out for good: no option brings it back.
 *
 * @param now the instant of the build, which embargoes and dates are compared with
 * @param includeDrafts whether drafts are published ({@code --drafts})
 * @param includeFuture whether articles dated after {@code now} are published ({@code --future});
 *     an {@code embargo:} holds either way, being an instruction and not a date
 */
public record Publication(Instant now, boolean includeDrafts, boolean includeFuture) {

    /** Why an article is left out of a build, if it is. */
    public enum Hold { NONE, DRAFT, EXPIRED, EMBARGO, FUTURE }

    public Hold holdOf(Article article) {
        if (article.draft() && !includeDrafts) {
            return Hold.DRAFT;
        }
        // Hugo's rule: from its expiry instant on, an article is not published, whatever else is asked.
        if (article.expires() != null && !article.expires().isAfter(now)) {
            return Hold.EXPIRED;
        }
        if (article.embargo() != null && article.embargo().isAfter(now)) {
            return Hold.EMBARGO;
        }
        if (!includeFuture && article.isDated() && article.date().isAfter(now)) {
            return Hold.FUTURE;
        }
        return Hold.NONE;
    }

    public boolean publishes(Article article) {
        return holdOf(article) == Hold.NONE;
    }

    /**
     * When an article held back by its embargo or its date may be published: the later of the two
     * (a draft stays out until its flag changes, so it has no such instant).
     */
    public Instant dueAt(Article article) {
        Instant due = article.embargo();
        if (!includeFuture && article.isDated()) {
            Instant date = article.date().value().toInstant();
            due = due == null || date.isAfter(due) ? date : due;
        }
        return due;
    }
}
