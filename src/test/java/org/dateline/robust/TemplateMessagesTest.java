package org.dateline.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.testing.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake in a template is told as a person would say it: the template, line and column, the
 * line with a caret under the place, what is wrong and what was expected. No Java class name.
 * Each message is checked whole, as the build prints it.
 */
class TemplateMessagesTest {

    static final String HINT = "\n    Fix the template; the variables each template receives are listed at its top.";

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
        project.markdown("world/ferry.md", "Ferry fares frozen", "2024-03-05", "Island residents will pay the same.");
    }

    /** Builds with {@code text} as the template; the one problem the build reports, as it prints it. */
    private String told(String template, String text) {
        project.file("templates/" + template, text);
        ProblemException e = catchThrowableOfType(project::build, ProblemException.class);
        assertThat(e).as("the build fails").isNotNull();
        List<Problem> problems = e.problems();
        assertThat(problems).hasSize(1);
        assertThat(project.site()).doesNotExist();
        return problems.get(0).describe();
    }

    @Test
    void aMisspeltFieldNamesTheNearestAndEveryFieldOfTheView() {
        assertThat(told("article.peb", "{{ article.titel }}\n")).isEqualTo(
                "templates/article.peb:1:12: an article has no field 'titel'; did you mean 'title'? Fields: title,"
                + " summary, byline, authors, source, sourceHref, section, sectionHref, dateline, date, dateHref, updated,"
                + " readingMinutes, image, imageAlt, caption, body, corrections, tags, newer, older, related, extra.\n"
                + "    {{ article.titel }}\n"
                + "               ^" + HINT);
    }

    @Test
    void aMisspeltFieldOfANestedViewOnALaterLineIndentedWithATab() {
        assertThat(told("article.peb", "<p>\n\t{{ article.date.txt }}\n")).isEqualTo(
                "templates/article.peb:2:18: a date has no field 'txt'; did you mean 'text'? Fields: iso, text.\n"
                + "    \t{{ article.date.txt }}\n"
                + "    \t                ^" + HINT);
    }

    @Test
    void aMisspeltVariableNamesTheVariablesTheTemplateReceives() {
        assertThat(told("article.peb", "{{ artcle.title }}\n")).isEqualTo(
                "templates/article.peb:1:4: the template receives no variable 'artcle'; did you mean 'article'?"
                + " Variables: article, inThisStory, languages, page, site.\n"
                + "    {{ artcle.title }}\n"
                + "       ^" + HINT);
    }

    @Test
    void aMisspeltMessageKeyNamesTheNearestKeyTheThemeHas() {
        assertThat(told("article.peb", "<p>{{ t('search.buton') }}</p>\n")).isEqualTo(
                "templates/article.peb:1:10: there is no message 'search.buton'; did you mean 'search.button'?\n"
                + "    <p>{{ t('search.buton') }}</p>\n"
                + "             ^\n"
                + "    Use a key of the theme's messages (the built-in messages/en.properties lists them all), or add"
                + " yours to templates/messages/en.properties and the other languages' files.");
    }

    @Test
    void aKeyOfExtraThatIsMissingSaysToTestForIt() {
        assertThat(told("article.peb", "{{ article.extra.layout }}\n")).isEqualTo(
                "templates/article.peb:1:18: the map has no key 'layout'\n"
                + "    {{ article.extra.layout }}\n"
                + "                     ^\n"
                + "    Not every article has every key: test for it first, e.g. {% if article.extra.layout is defined %}.");
    }

    @Test
    void aNoBreakSpaceIsShownByNameAndWhereItIs() {
        assertThat(told("article.peb", "<h1>{{ article.title\u00a0}}</h1>\n")).isEqualTo(
                "templates/article.peb:1:21: unexpected character U+00A0 (no-break space); expected a name, a number,"
                + " a quoted string, a bracket, an operator or the end of the tag\n"
                + "    <h1>{{ article.title\u00a0}}</h1>\n"
                + "                        ^\n"
                + "    It looks like a space but is not one: type a plain space in its place.");
    }

    @Test
    void anUnexpectedTokenSaysWhatWasExpected() {
        assertThat(told("article.peb", "{{ article . }}\n")).isEqualTo(
                "templates/article.peb:1:14: unexpected '}}'; expected a name\n"
                + "    {{ article . }}\n"
                + "                 ^" + HINT);
        assertThat(told("article.peb", "{% set x = %}\n")).isEqualTo(
                "templates/article.peb:1:12: unexpected '%}'; expected a value: a name, a number, a quoted string or a"
                + " bracket\n"
                + "    {% set x = %}\n"
                + "               ^" + HINT);
    }

    @Test
    void theMistakeIsFoundInTheRightTagOfALineWithMany() {
        assertThat(told("article.peb", "<p>{{ article.title }} {% if article.image is not empty %}{{ article . }}{% endif %}</p>\n"))
                .isEqualTo("templates/article.peb:1:72: unexpected '}}'; expected a name\n"
                + "    <p>{{ article.title }} {% if article.image is not empty %}{{ article . }}{% endif %}</p>\n"
                + "                                                                           ^" + HINT);
        assertThat(told("article.peb", "{% include \"partials/breadcrumbs.peb\" with {\"a\": 1} %} {{ article.title } }}\n"))
                .isEqualTo("templates/article.peb:1:73: unexpected '}'; expected a value or the end of the tag: no"
                + " bracket it would close is open\n"
                + "    {% include \"partials/breadcrumbs.peb\" with {\"a\": 1} %} {{ article.title } }}\n"
                + "                                                                            ^" + HINT);
    }

    @Test
    void aClosingTagOfTheWrongKindSaysWhichWasExpected() {
        assertThat(told("article.peb", "<ul>\n{% for tag in article.tags %}\n  <li>{{ tag.name }}</li>\n{% endif %}\n</ul>\n"))
                .isEqualTo("templates/article.peb:4:4: '{% endif %}' closes no open '{% if %}'; expected '{% endfor %}'"
                + " for the '{% for %}' on line 2\n"
                + "    {% endif %}\n"
                + "       ^" + HINT);
    }

    @Test
    void aTagNeverClosedIsShownWhereItOpens() {
        assertThat(told("article.peb", "<main>\n  {% if article.image is not empty %}\n  <img>\n</main>\n")).isEqualTo(
                "templates/article.peb:2:6: '{% if %}' is never closed; expected '{% endif %}' before the template ends\n"
                + "      {% if article.image is not empty %}\n"
                + "         ^" + HINT);
    }

    @Test
    void aTagLeftOpenAtTheEndIsShownWhereItOpens() {
        assertThat(told("article.peb", "<h1>{{ article.title }}</h1>\n<p>{{ article.summary\n")).isEqualTo(
                "templates/article.peb:2:4: a tag is never closed: the template ends inside it; expected '}}' or '%}'\n"
                + "    <p>{{ article.summary\n"
                + "       ^" + HINT);
    }

    @Test
    void unclosedStringsAndBrackets() {
        assertThat(told("article.peb", "{{ \"abc }}\n")).isEqualTo(
                "templates/article.peb:1:4: a string opened with \" is never closed; expected '\"'\n"
                + "    {{ \"abc }}\n"
                + "       ^" + HINT);
        assertThat(told("article.peb", "{{ (article.title }}\n")).isEqualTo(
                "templates/article.peb:1:4: '(' is never closed; expected ')'\n"
                + "    {{ (article.title }}\n"
                + "       ^" + HINT);
    }

    @Test
    void anUnknownTagOrFilterGetsTheNearestName() {
        assertThat(told("article.peb", "{% blok content %}{% endblock %}\n")).isEqualTo(
                "templates/article.peb:1:4: there is no tag 'blok'; did you mean 'block'? Tags: autoescape, block, cache,"
                + " embed, extends, filter, flush, for, from, if, import, include, macro, parallel, set, verbatim.\n"
                + "    {% blok content %}{% endblock %}\n"
                + "       ^" + HINT);
        assertThat(told("article.peb", "{{ article.title | uper }}\n")).isEqualTo(
                "templates/article.peb:1:20: there is no filter 'uper'; did you mean 'upper'?\n"
                + "    {{ article.title | uper }}\n"
                + "                       ^" + HINT);
    }

    @Test
    void aMistakeInAPartialNamesThePartial() {
        project.file("templates/partials/card.peb", "<h3>{{ card.titel }}</h3>\n");
        assertThat(told("home.peb", "{% for card in listing.items %}{% include \"partials/card.peb\" %}{% endfor %}\n"))
                .startsWith("templates/partials/card.peb:1:13: a card has no field 'titel'; did you mean 'title'? Fields:"
                        + " title, href, excerpt, date, section, sectionHref, byline.\n");
    }
}
