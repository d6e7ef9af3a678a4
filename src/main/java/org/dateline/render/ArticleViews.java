package org.dateline.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.dateline.config.SiteConfig;
import org.dateline.messages.Messages;
import org.dateline.model.Article;
import org.dateline.model.Correction;
import org.dateline.model.DateIndex;
import org.dateline.model.RelatedArticles;
import org.dateline.model.Term;
import org.dateline.model.TermKind;
import org.dateline.plan.Page;
import org.dateline.plan.Urls;
import org.dateline.render.Views.ArticleView;
import org.dateline.render.Views.CardView;
import org.dateline.render.Views.CorrectionView;
import org.dateline.render.Views.NavLink;

/** The views of articles on one page: the article page's own, and the cards every listing shows. */
final class ArticleViews {

    /** Reading speed used for "N min read". */
    static final int WORDS_PER_MINUTE = 230;
    static final int RELATED = 5;

    private final RenderContext c;
    private final SiteConfig config;
    private final PageLinks links;

    ArticleViews(RenderContext context, PageLinks links) {
        this.c = context;
        this.config = context.config();
        this.links = links;
    }

    /**
     * The article's view. Its body is not read here: the view holds a digest of the body's source in
     * its place, which is all a page fingerprint needs; rendering puts the body in.
     */
    ArticleView article(Page.ArticlePage page) {
        Article a = page.article();
        String body = c.bodies().fingerprint(a);
        String image = a.image().isEmpty() ? "" : c.sourceLinks().rewrite(a.image(), a.sourcePath(), links.from());
        List<CorrectionView> corrections = new ArrayList<>();
        for (Correction correction : a.corrections()) {
            corrections.add(new CorrectionView(c.dates().view(correction.date()), correction.note()));
        }
        List<CardView> related = new ArrayList<>();
        for (Article other : RelatedArticles.of(a, c.archive(), page.section(), RELATED)) {
            related.add(card(other));
        }
        String sectionHref = a.sectionSlug().isEmpty() ? "" : links.href(Urls.section(a.sectionSlug()));
        int minutes = Math.max(1, Math.round(a.wordCount() / (float) WORDS_PER_MINUTE));
        String dateHref = !config.dateListings() ? ""
                : a.isDated() ? links.href(Urls.day(DateIndex.localDate(a, config.timeZone()))) : links.href(Urls.undated());
        String sourceHref = a.source().isEmpty() ? "" : termHref(TermKind.SOURCE, a.source());
        return new ArticleView(a.title(), a.summary(), byline(c.messages(), a.authors()), termLinks(TermKind.AUTHOR, a.authors()),
                a.source(), sourceHref, a.section(), sectionHref, a.dateline(), c.dates().view(a.date()), dateHref,
                c.dates().view(a.updated()), minutes, image, a.caption().isEmpty() ? a.title() : a.caption(),
                a.caption(), body, corrections, termLinks(TermKind.TAG, a.tags()),
                page.newer() == null ? null : card(page.newer()), page.older() == null ? null : card(page.older()),
                related, new TreeMap<>(a.extra()));
    }

    private List<NavLink> termLinks(TermKind kind, List<String> names) {
        List<NavLink> out = new ArrayList<>(names.size());
        for (String name : names) {
            out.add(new NavLink(name, termHref(kind, name), false));
        }
        return out;
    }

    /** The link to a term's listing; empty when there is none (no such term, or no listings of its kind). */
    private String termHref(TermKind kind, String name) {
        Term term = c.listedTerm(kind, name);
        return term == null ? "" : links.href(c.urls().term(term));
    }

    /** Cards for a list of articles, such as a listing's or the 404 page's latest. */
    List<CardView> cards(List<Article> articles) {
        List<CardView> cards = new ArrayList<>(articles.size());
        for (Article article : articles) {
            cards.add(card(article));
        }
        return cards;
    }

    /** An article as a listing shows it: headline, link, excerpt, date, section and byline. */
    CardView card(Article a) {
        String section = a.sectionSlug().isEmpty() ? "" : links.href(Urls.section(a.sectionSlug()));
        return new CardView(a.title(), links.href(Urls.article(a)), a.excerpt(), c.dates().view(a.date()), a.section(),
                section, byline(c.messages(), a.authors()));
    }

    /** "A", "A and B", "A, B and C": the names joined as the language's {@code list.comma} and {@code list.and} say. */
    static String byline(Messages m, List<String> authors) {
        int n = authors.size();
        if (n == 0) {
            return "";
        }
        String names = authors.get(0);
        for (int i = 1; i < n; i++) {
            names = m.text(i == n - 1 ? "list.and" : "list.comma", names, authors.get(i));
        }
        return names;
    }
}
