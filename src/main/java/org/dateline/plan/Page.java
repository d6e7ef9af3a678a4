package org.dateline.plan;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.DateIndex;
import org.dateline.model.Section;
import org.dateline.model.Term;
import org.dateline.model.TermKind;

/** A page the site will have, at its URL path ({@code ""} for the home page). */
public sealed interface Page permits Page.ArticlePage, Page.ListingPage, Page.ArchiveIndexPage, Page.TermIndexPage {

    String path();

    /**
     * One article's page.
     *
     * @param section its section, or null
     * @param newer the next newer article in its section, or null
     * @param older the next older article in its section, or null
     */
    record ArticlePage(String path, Article article, Section section, Article newer, Article older) implements Page {
    }

    /**
     * One page of a listing, newest first.
     *
     * @param items this page's articles (a view of the archive's list, not a copy)
     * @param total how many articles the whole listing has
     * @param newer the neighbouring newer period that has articles (dates only), or null
     * @param older the neighbouring older period that has articles (dates only), or null
     */
    record ListingPage(String path, Subject subject, String title, List<Article> items, int total,
                       Pagination pagination, Neighbour newer, Neighbour older) implements Page {
    }

    /** The archive index: every year and month with their counts. */
    record ArchiveIndexPage(String path) implements Page {
    }

    /** Every term of a kind, by count and by name. */
    record TermIndexPage(String path, TermKind kind) implements Page {
    }

    /** A neighbouring period a listing links to. */
    record Neighbour(String title, String path) {
    }

    /** What a listing lists. */
    sealed interface Subject {
    }

    record Latest() implements Subject {
    }

    record OfSection(Section section) implements Subject {
    }

    record OfYear(DateIndex.Year year) implements Subject {
    }

    record OfMonth(DateIndex.Month month) implements Subject {
    }

    record OfDay(DateIndex.Day day) implements Subject {
    }

    record Undated() implements Subject {
    }

    record OfTerm(Term term) implements Subject {
    }
}
