package org.dateline.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dateline.model.Problem;
import org.junit.jupiter.api.Test;

class MessageFileTest {

    private static Map<String, MessageFile.Entry> entries(String text) {
        MessageFile.Read read = MessageFile.parse("fr.properties", text);
        assertThat(read.problems()).isEmpty();
        return read.file().entries();
    }

    private static List<Problem> problems(String text) {
        return MessageFile.parse("templates/messages/fr.properties", text).problems();
    }

    @Test
    void keysAndTextsWithTheirLines() {
        Map<String, MessageFile.Entry> entries = entries("""
                # Les mots du thème
                ! also a comment

                search.button = Rechercher
                  nav.home=Accueil
                article.source: Source\\u00a0:
                redirect.text.html = Cet article a été déplacé : <a href="{0}">{1}</a>.
                """);
        assertThat(entries).containsOnlyKeys("search.button", "nav.home", "article.source", "redirect.text.html");
        assertThat(entries.get("search.button")).isEqualTo(new MessageFile.Entry("Rechercher", 4));
        assertThat(entries.get("nav.home")).isEqualTo(new MessageFile.Entry("Accueil", 5));
        assertThat(entries.get("article.source").text()).isEqualTo("Source\u00a0:");
        assertThat(entries.get("redirect.text.html").text()).isEqualTo("Cet article a été déplacé : <a href=\"{0}\">{1}</a>.");
    }

    @Test
    void aLineEndingInABackslashGoesOnInTheNextAndEscapesAreRead() {
        Map<String, MessageFile.Entry> entries = entries("home.empty = No articles yet. \\\n    Add some.\n"
                + "tabbed = a\\tb\\nc \\\\ d\\=e\nlast = x\\\\\n");
        assertThat(entries.get("home.empty")).isEqualTo(new MessageFile.Entry("No articles yet. Add some.", 1));
        assertThat(entries.get("tabbed").text()).isEqualTo("a\tb\nc \\ d=e");
        assertThat(entries.get("last")).as("an even number of backslashes ends the line").isEqualTo(new MessageFile.Entry("x\\", 4));
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreNoBother() {
        Map<String, MessageFile.Entry> entries = entries("\uFEFFnav.home = Accueil\r\nnav.sections = Rubriques\r\n");
        assertThat(entries).containsOnlyKeys("nav.home", "nav.sections");
        assertThat(entries.get("nav.sections").line()).isEqualTo(2);
    }

    @Test
    void mistakesAreToldWithTheirLine() {
        assertThat(problems("nav.home = Accueil\nsearch button\n")).containsExactly(Problem.at(
                "templates/messages/fr.properties", 2, "'search button' has no '=' between a key and its text",
                "Write each message as 'key = text', e.g. 'search.button = Search'."));
        assertThat(problems("nav.home = Accueil\n\nnav.home = Maison\n")).containsExactly(Problem.at(
                "templates/messages/fr.properties", 3, "the key 'nav.home' is given twice, on lines 1 and 3",
                "Keep one of them: the text of the other would be lost."));
        assertThat(problems(" = Accueil\n")).extracting(Problem::message)
                .containsExactly("the line has a text but no key before its '='");
        assertThat(problems("a = \\u00e\n")).extracting(Problem::line, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "a '\\u' escape is not followed by four hex digits"));
    }
}
