package org.dateline.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile XML: nothing outside the text is read, no entity grows without end, problems name the line. */
class XmlTreesTest {

    @TempDir
    Path dir;

    private static Problem problemOf(String xml) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> XmlTrees.parse(xml, "content/a.xml"));
        assertThat(e).as("a problem for %s", xml).isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void readsElementsAttributesTextAndLines() throws Exception {
        XmlElement root = XmlTrees.parse("<?xml version=\"1.0\"?>\n<a:nitf xmlns:a=\"urn:x\" v=\"3\">\n <p>One &amp; <b>two</b></p>\n<![CDATA[<raw>]]></a:nitf>",
                "a.xml");
        assertThat(root.name()).isEqualTo("nitf");
        assertThat(root.attribute("v")).isEqualTo("3");
        assertThat(root.child("p").text()).isEqualTo("One & two");
        assertThat(root.child("p").line()).isEqualTo(3);
        assertThat(root.text()).isEqualTo("One & two <raw>");
    }

    @Test
    void anExternalEntityIsNeverRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        Problem problem = problemOf("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [\n<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">\n]>\n<nitf>&xxe;</nitf>");
        assertThat(problem.describe()).doesNotContain("TOP SECRET")
                .contains("content/a.xml:5: the XML is not well-formed: The entity \"xxe\" was referenced, but not declared.");
        assertThat(problem.hint()).contains("Dateline reads no DTD");
    }

    @Test
    void aBillionLaughsExpandsNothing() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<nitf>&lol9;</nitf>\n");
        assertThat(problemOf(xml.toString()).message()).contains("\"lol9\" was referenced, but not declared");
    }

    @Test
    void aDoctypeNamingADtdIsAllowedButNotFetched() throws Exception {
        XmlElement root = XmlTrees.parse("<!DOCTYPE nitf SYSTEM \"http://unreachable.invalid/nitf-3-3.dtd\">\n<nitf>ok</nitf>", "a.xml");
        assertThat(root.text()).isEqualTo("ok");
    }

    @Test
    void deepNestingIsRefused() {
        String xml = "<a>".repeat(XmlTrees.MAX_DEPTH + 1) + "</a>".repeat(XmlTrees.MAX_DEPTH + 1);
        assertThat(problemOf(xml).message()).isEqualTo("the XML is nested more than 200 elements deep");
    }

    @Test
    void anEmptyOrBrokenFileIsAProblemNotAnException() {
        assertThat(problemOf("").message()).startsWith("the XML is not well-formed");
        assertThat(problemOf("<nitf>\n<p>\n</nitf>").line()).isEqualTo(3);
    }
}
