package org.dateline.render;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.config.SiteConfig;
import org.dateline.json.Json;
import org.dateline.messages.Messages;
import org.dateline.model.Archive;
import org.dateline.model.DateIndex;
import org.dateline.model.Section;
import org.dateline.model.Taxonomy;
import org.dateline.model.Term;
import org.dateline.model.TermKind;
import org.dateline.plan.Page;
import org.dateline.plan.Pagination;
import org.dateline.plan.Urls;
import org.dateline.render.Views.ArchiveView;
import org.dateline.render.Views.CardView;
import org.dateline.render.Views.CountLink;
import org.dateline.render.Views.HomeView;
import org.dateline.render.Views.ListingView;
import org.dateline.render.Views.MonthCell;
import org.dateline.render.Views.NavLink;
import org.dateline.render.Views.PageLink;
import org.dateline.render.Views.PagerView;
import org.dateline.render.Views.SearchView;
import org.dateline.render.Views.TermsView;
import org.dateline.render.Views.YearView;
import org.dateline.search.SearchIndex;

/**
 * The views of pages that list the archive: listings and their pagers, the home page's overview,
 * the archive index, the index of each kind of term, and the search page's choices.
 */
final class ListingViews {

    /** Page numbers shown on each side of the current one in a pager. */
    static final int PAGER_WINDOW = 2;
    /** Terms of each kind the home page shows. */
    static final int HOME_TERMS = 12;
    /** Terms the index of a kind shows as most used. */
    static final int TOP_TERMS = 30;

    private final RenderContext c;
    private final SiteConfig config;
    private final Archive archive;
    private final PageLinks links;
    private final ArticleViews articles;
    private final Messages m;

    ListingViews(RenderContext context, PageLinks links, ArticleViews articles) {
        this.c = context;
        this.config = context.config();
        this.archive = context.archive();
        this.links = links;
        this.articles = articles;
        this.m = context.messages();
    }

    ListingView listing(Page.ListingPage p) {
        List<CardView> cards = articles.cards(p.items());
        List<CountLink> periods = new ArrayList<>();
        if (p.subject() instanceof Page.OfYear y) {
            for (DateIndex.Month month : y.year().months()) {
                periods.add(new CountLink(c.dates().monthName(month.month()), links.href(Urls.month(month.month())),
                        month.articles().size()));
            }
        } else if (p.subject() instanceof Page.OfMonth m) {
            for (DateIndex.Day day : m.month().days()) {
                periods.add(new CountLink(c.dates().dayName(day.date()), links.href(Urls.day(day.date())),
                        day.articles().size()));
            }
        }
        return new ListingView(p.title(), describe(config, m, p), cards, p.total(), pager(p.pagination()),
                p.newer() == null ? null : new NavLink(p.newer().title(), links.href(p.newer().path()), false),
                p.older() == null ? null : new NavLink(p.older().title(), links.href(p.older().path()), false),
                periods, p.subject() instanceof Page.OfSection s ? s.section().description() : "");
    }

    /** What a listing holds, in a sentence: its description on the page and in its metadata. */
    static String describe(SiteConfig config, Messages m, Page.ListingPage p) {
        Page.Subject s = p.subject();
        if (s instanceof Page.Latest) {
            return config.description().isEmpty() ? m.text("description.latest", config.title()) : config.description();
        }
        if (s instanceof Page.OfSection section) {
            String given = section.section().description();
            return given.isEmpty() ? m.text("description.section", p.title()) : given;
        }
        if (s instanceof Page.OfYear || s instanceof Page.OfMonth) {
            return m.text("description.period", p.title());
        }
        if (s instanceof Page.OfDay) {
            return m.text("description.day", p.title());
        }
        if (s instanceof Page.OfTerm t) {
            return switch (t.term().kind()) {
                case TAG -> m.text("description.tag", p.title());
                case AUTHOR -> m.text("description.author", p.title());
                case SOURCE -> m.text("description.source", p.title());
                case PERSON, PLACE, ORGANISATION -> m.text("description.named", p.title());
            };
        }
        return m.text("description.undated");
    }

    HomeView home() {
        List<CountLink> sections = new ArrayList<>();
        for (Section section : archive.sections()) {
            sections.add(new CountLink(section.name(), links.href(Urls.section(section.slug())), section.articles().size()));
        }
        List<CountLink> years = new ArrayList<>();
        if (config.dateListings()) {
            for (DateIndex.Year year : archive.dates().years()) {
                years.add(new CountLink(String.valueOf(year.year()), links.href(Urls.year(year.year())),
                        year.articles().size()));
            }
        }
        return new HomeView(sections, years, undatedLink(), topTerms(TermKind.TAG), topTerms(TermKind.AUTHOR),
                topTerms(TermKind.SOURCE), archiveHref(), termIndexHref(TermKind.TAG), termIndexHref(TermKind.AUTHOR),
                termIndexHref(TermKind.SOURCE));
    }

    private String termIndexHref(TermKind kind) {
        return config.hasListings(kind) ? links.href(Urls.termIndex(kind)) : "";
    }

    private CountLink undatedLink() {
        int undated = archive.dates().undated().size();
        return undated == 0 || !config.dateListings() ? null : new CountLink(m.text("date.undated"), links.href(Urls.undated()), undated);
    }

    /** The most used terms of a kind, for the home page; none when the kind has no listings to link to. */
    private List<CountLink> topTerms(TermKind kind) {
        if (!config.hasListings(kind)) {
            return List.of();
        }
        List<Term> top = archive.terms(kind).byCount();
        return termCounts(top.subList(0, Math.min(HOME_TERMS, top.size())));
    }

    private List<CountLink> termCounts(List<Term> terms) {
        List<CountLink> out = new ArrayList<>(terms.size());
        for (Term term : terms) {
            out.add(new CountLink(term.name(), links.href(c.urls().term(term)), term.count()));
        }
        return out;
    }

    ArchiveView archiveIndex() {
        List<YearView> years = new ArrayList<>();
        for (DateIndex.Year year : archive.dates().years()) {
            List<MonthCell> cells = new ArrayList<>(12);
            int next = year.months().size() - 1; // months are newest first; walk them January first
            for (Month month : Month.values()) {
                YearMonth yearMonth = YearMonth.of(year.year(), month);
                DateIndex.Month found = next >= 0 && year.months().get(next).month().equals(yearMonth) ? year.months().get(next--) : null;
                String full = month.getDisplayName(TextStyle.FULL_STANDALONE, c.dates().locale());
                String shortName = month.getDisplayName(TextStyle.SHORT_STANDALONE, c.dates().locale());
                cells.add(found == null ? new MonthCell(full, shortName, "", 0)
                        : new MonthCell(full, shortName, links.href(Urls.month(yearMonth)), found.articles().size()));
            }
            years.add(new YearView(year.year(), links.href(Urls.year(year.year())), year.articles().size(), cells));
        }
        return new ArchiveView(years, archive.articles().size(), undatedLink());
    }

    TermsView termIndex(TermKind kind) {
        Taxonomy terms = archive.terms(kind);
        List<Term> top = terms.byCount().subList(0, Math.min(TOP_TERMS, terms.byCount().size()));
        return new TermsView(kind.folder(), NavigationViews.pluralName(m, kind), NavigationViews.singularName(m, kind),
                terms.byName().size(), termCounts(top), termCounts(terms.byName()));
    }

    /** The search page's script, index and filter choices. */
    SearchView search() {
        List<Views.Option> sections = new ArrayList<>();
        for (Section section : archive.sections()) {
            sections.add(new Views.Option(section.slug(), section.name()));
        }
        List<Integer> years = new ArrayList<>();
        for (DateIndex.Year year : archive.dates().years()) {
            years.add(year.year());
        }
        years.sort(Comparator.reverseOrder());
        return new SearchView(links.file(c.themeFile(ThemeFiles.SEARCH_SCRIPT)),
                links.file(Urls.search() + SearchIndex.META), links.file(""), sections, years, scriptMessages());
    }

    /**
     * What the search script says, by its own names for them, and the messages they come from:
     * {@code static/search.js} has the English texts built in, and reads these from the form's
     * {@code data-messages} in their place.
     */
    static final Map<String, String> SCRIPT_MESSAGES = scriptMessageKeys();

    private static Map<String, String> scriptMessageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("undated", "date.undated");
        for (String name : List.of("searching", "tooCommon", "none", "some", "matches", "failed")) {
            keys.put(name, "search.script." + name);
        }
        return Collections.unmodifiableMap(keys);
    }

    /** The script's words as JSON, a text or its plural forms each; empty when every one is what the script has built in. */
    private String scriptMessages() {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, String> e : SCRIPT_MESSAGES.entrySet()) {
            Map<String, String> forms = m.forms(e.getValue());
            changed |= !forms.equals(m.defaultForms(e.getValue()));
            out.put(e.getKey(), forms.size() == 1 && forms.containsKey("") ? forms.get("") : forms);
        }
        return changed ? Json.write(out) : "";
    }

    /** The link to the archive index; empty when the site has no date archive. */
    String archiveHref() {
        return config.dateListings() ? links.href(Urls.archiveIndex()) : "";
    }

    PagerView pager(Pagination p) {
        List<PageLink> numbers = new ArrayList<>();
        int low = Math.max(1, p.number() - PAGER_WINDOW);
        int high = Math.min(p.count(), p.number() + PAGER_WINDOW);
        if (low > 1) {
            numbers.add(pageLink(p, 1));
            if (low > 2) {
                numbers.add(new PageLink(0, "", false, true));
            }
        }
        for (int n = low; n <= high; n++) {
            numbers.add(pageLink(p, n));
        }
        if (high < p.count()) {
            if (high < p.count() - 1) {
                numbers.add(new PageLink(0, "", false, true));
            }
            numbers.add(pageLink(p, p.count()));
        }
        return new PagerView(p.number(), p.count(),
                p.number() > 1 ? links.href(p.pathOf(1)) : "",
                p.hasPrevious() ? links.href(p.pathOf(p.number() - 1)) : "",
                p.hasNext() ? links.href(p.pathOf(p.number() + 1)) : "",
                p.number() < p.count() ? links.href(p.pathOf(p.count())) : "",
                numbers);
    }

    private PageLink pageLink(Pagination p, int n) {
        return new PageLink(n, links.href(p.pathOf(n)), n == p.number(), false);
    }
}
