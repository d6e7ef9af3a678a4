package org.dateline.render;

import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Anniversaries;
import org.dateline.model.DateIndex;
import org.dateline.plan.Page;
import org.dateline.plan.Urls;
import org.dateline.render.Views.CountLink;
import org.dateline.render.Views.OnThisDayView;
import org.dateline.render.Views.OnThisDayLink;
import org.dateline.render.Views.OnThisDayIndexView;
import org.dateline.render.Views.OnThisDayMonth;
import org.dateline.render.Views.NavLink;
import org.dateline.render.Views.OnThisDayYear;

/**
 * The views of "on this day": a calendar day's page (its articles year by year), the index of every
 * such day, the day archive's link to its calendar day, and the home page's link, which a few lines
 * of script point at today's page when the reader opens it, so a static host needs no rebuild.
 */
final class OnThisDayViews {

    private final RenderContext c;
    private final PageLinks links;
    private final ArticleViews articles;

    OnThisDayViews(RenderContext context, PageLinks links, ArticleViews articles) {
        this.c = context;
        this.links = links;
        this.articles = articles;
    }

    /** "5 March", in the site's language. */
    private String name(MonthDay day) {
        return c.dates().dayOfMonth(day);
    }

    OnThisDayView day(Page.OnThisDayPage page) {
        List<OnThisDayYear> years = new ArrayList<>();
        for (DateIndex.Day day : page.anniversary().years()) {
            years.add(new OnThisDayYear(day.date().getYear(), c.dates().dayName(day.date()), links.href(Urls.day(day.date())),
                    articles.cards(day.articles())));
        }
        return new OnThisDayView(name(page.anniversary().day()), page.anniversary().count(), years,
                links.href(Urls.onThisDayIndex()));
    }

    OnThisDayIndexView index(Page.OnThisDayIndexPage page) {
        List<OnThisDayMonth> months = new ArrayList<>();
        Month current = null;
        List<CountLink> days = null;
        for (Anniversaries.Anniversary anniversary : page.anniversaries()) {
            Month month = anniversary.day().getMonth();
            if (month != current) {
                current = month;
                days = new ArrayList<>();
                months.add(new OnThisDayMonth(month.getDisplayName(TextStyle.FULL_STANDALONE, c.dates().locale()), days));
            }
            days.add(new CountLink(name(anniversary.day()), links.href(Urls.onThisDay(anniversary.day())),
                    anniversary.count()));
        }
        return new OnThisDayIndexView(page.anniversaries().size(), months);
    }

    /** The home page's link, or null when no calendar day has articles in more than one year. */
    OnThisDayLink homeLink() {
        Anniversaries anniversaries = anniversaries();
        if (anniversaries == null) {
            return null;
        }
        StringBuilder days = new StringBuilder();
        for (Anniversaries.Anniversary anniversary : anniversaries.all()) {
            days.append(days.length() == 0 ? "" : " ").append(Urls.monthDay(anniversary.day())).append(':')
                    .append(anniversary.years().get(0).date().getYear()).append(',')
                    .append(anniversary.years().get(1).date().getYear());
        }
        // The script writes the year between the words before and after it: "On this day in 2021".
        String text = c.messages().text("home.onThisDayIn", "\0");
        int year = text.indexOf('\0');
        return new OnThisDayLink(links.href(Urls.onThisDayIndex()), links.href(Urls.onThisDayPattern()), days.toString(),
                year < 0 ? text + " " : text.substring(0, year), year < 0 ? "" : text.substring(year + 1));
    }

    /** A day archive's link to its calendar day in every year, or null when it has no other year. */
    NavLink otherYears(Page.ListingPage page) {
        Anniversaries anniversaries = anniversaries();
        if (anniversaries == null || !(page.subject() instanceof Page.OfDay d)) {
            return null;
        }
        MonthDay day = MonthDay.from(d.day().date());
        return anniversaries.of(day) == null ? null
                : new NavLink(c.messages().text("onThisDay.otherYears", name(day)), links.href(Urls.onThisDay(day)), false);
    }

    /** The days with pages: none when the site has no date archive or no day with articles in two years. */
    private Anniversaries anniversaries() {
        if (!c.config().dateListings()) {
            return null;
        }
        Anniversaries anniversaries = c.archive().dates().anniversaries();
        return anniversaries.isEmpty() ? null : anniversaries;
    }
}
