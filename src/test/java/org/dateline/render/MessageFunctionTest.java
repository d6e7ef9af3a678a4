package org.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.messages.Messages;
import org.junit.jupiter.api.Test;

/** {@code t()} in templates: the page's language, text escaped as any value is, {@code .html} keys as HTML. */
class MessageFunctionTest {

    private static final Messages.Language ENGLISH_TEXTS = new Messages.Language("en", Map.of(
            "search.button", "Search",
            "count.one", "{0} article", "count.other", "{0} articles",
            "moreIn", "More in {0}",
            "moved.html", "This article has moved to <a href=\"{0}\">{1}</a>.",
            "byline.html", "By {0}"));
    private static final Messages ENGLISH = new Messages("en", List.of(ENGLISH_TEXTS), ENGLISH_TEXTS);

    private static String render(String template, Map<String, Object> variables, Locale locale) throws Exception {
        Messages french = new Messages("fr", List.of(new Messages.Language("fr", Map.of("search.button", "Rechercher",
                "count.one", "{0} article", "count.other", "{0} articles")), ENGLISH_TEXTS), ENGLISH_TEXTS);
        PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).autoEscaping(true).strictVariables(true)
                .extension(new MessageFunction.Extension(l -> l.getLanguage().equals("fr") ? french : ENGLISH)).build();
        StringWriter out = new StringWriter();
        engine.getTemplate(template).evaluate(out, variables, locale);
        return out.toString();
    }

    @Test
    void theTextComesInTheLanguageThePageIsRenderedIn() throws Exception {
        assertThat(render("{{ t('search.button') }}", Map.of(), Locale.ENGLISH)).isEqualTo("Search");
        assertThat(render("{{ t('search.button') }}", Map.of(), Locale.FRENCH)).isEqualTo("Rechercher");
        assertThat(render("{{ t('count', n) }} / {{ t('count', 1) }}", Map.of("n", 0), Locale.FRENCH))
                .isEqualTo("0 article / 1 article");
        assertThat(render("{{ t('count', n) }}", Map.of("n", 0), Locale.ENGLISH)).isEqualTo("0 articles");
    }

    @Test
    void textAndItsArgumentsAreEscapedAsAnyValueIs() throws Exception {
        String hostile = "<b>\"Tom & Jerry's\"</b>";
        assertThat(render("<nav aria-label=\"{{ t('moreIn', s) }}\">", Map.of("s", hostile), Locale.ENGLISH))
                .isEqualTo(render("<nav aria-label=\"More in {{ s }}\">", Map.of("s", hostile), Locale.ENGLISH));
        assertThat(MessageFunction.escape(hostile)).isEqualTo(render("{{ s }}", Map.of("s", hostile), Locale.ENGLISH));
        assertThat(MessageFunction.escape("plain words")).isEqualTo("plain words");
    }

    @Test
    void anHtmlKeyIsMarkupIntoWhichItsArgumentsGoEscapedUnlessTheyAreMarkupThemselves() throws Exception {
        assertThat(render("{{ t('moved.html', href, title) }}", Map.of("href", "../a&b/", "title", "<Q&A>"), Locale.ENGLISH))
                .isEqualTo("This article has moved to <a href=\"../a&amp;b/\">&lt;Q&amp;A&gt;</a>.");
        assertThat(render("{% macro links(names) %}{% for n in names %}<a>{{ n }}</a>{% endfor %}{% endmacro %}"
                + "{{ t('byline.html', links(names)) }}", Map.of("names", List.of("Ana", "B&B")), Locale.ENGLISH))
                .isEqualTo("By <a>Ana</a><a>B&amp;B</a>");
    }

    @Test
    void aKeyNoLanguageHasIsAnErrorNamingTheNearestOne() {
        assertThatThrownBy(() -> render("{{ t('search.buton') }}", Map.of(), Locale.ENGLISH))
                .isInstanceOfSatisfying(MessageFunction.MissingMessage.class, e -> {
                    assertThat(e.key()).isEqualTo("search.buton");
                    assertThat(e.nearest()).isEqualTo("search.button");
                    assertThat(e.getLineNumber()).isEqualTo(1);
                });
        assertThatThrownBy(() -> render("{{ t(3) }}", Map.of(), Locale.ENGLISH))
                .hasMessageContaining("t() takes the message's key first, in quotes");
    }
}
