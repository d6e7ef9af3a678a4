package org.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.config.LinkStyle;
import org.dateline.config.SiteConfig;
import org.dateline.messages.Messages;
import org.dateline.model.Archive;
import org.dateline.plan.Links;
import org.dateline.plan.Page;
import org.dateline.plan.Pagination;
import org.dateline.plan.SourceLinks;
import org.dateline.plan.Urls;
import org.dateline.render.Views.PageLink;
import org.dateline.render.Views.PagerView;
import org.junit.jupiter.api.Test;

class ListingViewsTest {

    private static final SiteConfig CONFIG = SiteConfig.defaults();
    private static final Messages ENGLISH = ThemeMessages.builtIn("en");
    private static final Messages FRENCH = ThemeMessages.builtIn("fr");
    private static final Messages ARABIC = ThemeMessages.builtIn("ar");

    private static ListingViews viewsFrom(Page page, LinkStyle style) {
        Archive archive = Archive.of(List.of(), ZoneOffset.UTC);
        Links links = new Links(style);
        RenderContext context = new RenderContext(CONFIG, archive, new Urls(archive), links,
                new SourceLinks(Map.of(), links), null, new DateFormat(ZoneOffset.UTC, Locale.ENGLISH), Map.of(), ENGLISH);
        PageLinks pageLinks = PageLinks.of(context, page);
        return new ListingViews(context, pageLinks, new ArticleViews(context, pageLinks));
    }

    /** A page at {@code path} (not the 404 page, whose links start from the site's root). */
    private static Page pageAt(String path) {
        return new Page.ArchiveIndexPage(path);
    }

    private static List<String> numbers(PagerView pager) {
        return pager.pages().stream().map(p -> p.gap() ? "…" : p.current() ? "[" + p.number() + "]" : "" + p.number()).toList();
    }

    @Test
    void aPagerShowsTwoPagesEachSideOfTheCurrentOneWithGapsToTheEnds() {
        ListingViews views = viewsFrom(pageAt("tags/x/page/6/"), LinkStyle.PRETTY);
        PagerView pager = views.pager(new Pagination(6, 12, "tags/x/"));
        assertThat(numbers(pager)).containsExactly("1", "…", "4", "5", "[6]", "7", "8", "…", "12");
        assertThat(pager.first()).isNotEmpty();
        assertThat(pager.last()).isNotEmpty();
    }

    @Test
    void aPagerLeavesNoGapWhereOnlyOnePageWouldBeSkipped() {
        ListingViews views = viewsFrom(pageAt("tags/x/page/4/"), LinkStyle.PRETTY);
        assertThat(numbers(views.pager(new Pagination(4, 7, "tags/x/")))).containsExactly("1", "2", "3", "[4]", "5", "6", "7");
    }

    @Test
    void theFirstPageHasNoFirstOrPreviousLinkAndTheLastNoNextOrLast() {
        ListingViews views = viewsFrom(pageAt("tags/x/"), LinkStyle.PRETTY);
        PagerView first = views.pager(new Pagination(1, 3, "tags/x/"));
        assertThat(first.first()).isEmpty();
        assertThat(first.previous()).isEmpty();
        assertThat(first.next()).isNotEmpty();
        PagerView last = views.pager(new Pagination(3, 3, "tags/x/"));
        assertThat(last.next()).isEmpty();
        assertThat(last.last()).isEmpty();
        assertThat(numbers(views.pager(new Pagination(1, 1, "tags/x/")))).containsExactly("[1]");
    }

    @Test
    void pagerLinksAreRelativeToThePageInTheSiteLinkStyle() {
        PagerView pretty = viewsFrom(pageAt("tags/x/page/2/"), LinkStyle.PRETTY).pager(new Pagination(2, 3, "tags/x/"));
        assertThat(pretty.previous()).isEqualTo("../../../../tags/x/");
        assertThat(pretty.next()).isEqualTo("../../../../tags/x/page/3/");
        PagerView files = viewsFrom(pageAt("tags/x/page/2/"), LinkStyle.FILES).pager(new Pagination(2, 3, "tags/x/"));
        assertThat(files.previous()).isEqualTo("../../../../tags/x/index.html");
        assertThat(files.pages()).extracting(PageLink::href).contains("../../../../tags/x/page/3/index.html");
    }

    @Test
    void theNotFoundPageLinksFromTheSiteRootWhereverItIsShown() {
        PagerView pager = viewsFrom(new Page.NotFoundPage("404.html", List.of()), LinkStyle.PRETTY)
                .pager(new Pagination(1, 2, "tags/x/"));
        assertThat(pager.next()).isEqualTo("/tags/x/page/2/");
    }

    @Test
    void bylinesJoinNamesAsASentenceInTheLanguage() {
        assertThat(ArticleViews.byline(ENGLISH, List.of())).isEmpty();
        assertThat(ArticleViews.byline(ENGLISH, List.of("A"))).isEqualTo("A");
        assertThat(ArticleViews.byline(ENGLISH, List.of("A", "B"))).isEqualTo("A and B");
        assertThat(ArticleViews.byline(ENGLISH, List.of("A", "B", "C"))).isEqualTo("A, B and C");
        assertThat(ArticleViews.byline(ENGLISH, List.of("A", "B", "C", "D"))).isEqualTo("A, B, C and D");
        assertThat(ArticleViews.byline(FRENCH, List.of("A", "B", "C"))).isEqualTo("A, B et C");
        assertThat(ArticleViews.byline(ARABIC, List.of("أحمد", "سارة", "ليلى"))).isEqualTo("أحمد، سارة وليلى");
    }
}
