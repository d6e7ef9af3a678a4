package org.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.source.SourceReader;
import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {

    private static final String FILE = "content/world/story.md";

    @Test
    void textWithoutFrontMatterIsAllBody() throws ProblemException {
        String text = "Just a paragraph.\n\nAnother one.\n";

        FrontMatter parts = FrontMatterSplitter.split(text, FILE);

        assertThat(parts.present()).isFalse();
        assertThat(parts.yaml()).isEmpty();
        assertThat(parts.yamlFirstLine()).isZero();
        assertThat(parts.body()).isEqualTo(text);
        assertThat(parts.bodyFirstLine()).isEqualTo(1);
    }

    @Test
    void dashBlockIsCutFromTheBody() throws ProblemException {
        FrontMatter parts = FrontMatterSplitter.split("---\ntitle: A\ndate: 2024-03-05\n---\nBody line.\n", FILE);

        assertThat(parts.present()).isTrue();
        assertThat(parts.yaml()).isEqualTo("title: A\ndate: 2024-03-05\n");
        assertThat(parts.yamlFirstLine()).isEqualTo(2);
        assertThat(parts.body()).isEqualTo("Body line.\n");
        assertThat(parts.bodyFirstLine()).isEqualTo(5);
    }

    @Test
    void crlfTextNormalisedByTheSourceReaderSplitsCleanly() throws ProblemException {
        byte[] bytes = "---\r\ntitle: A\r\ntags: [x]\r\n---\r\nBody\r\nmore\r\n".getBytes(StandardCharsets.UTF_8);
        String text = SourceReader.decode(bytes, FILE);

        FrontMatter parts = FrontMatterSplitter.split(text, FILE);

        assertThat(parts.yaml()).isEqualTo("title: A\ntags: [x]\n");
        assertThat(parts.body()).isEqualTo("Body\nmore\n");
        assertThat(parts.bodyFirstLine()).isEqualTo(5);
    }

    @Test
    void yamlDocumentEndMarkerClosesFrontMatter() throws ProblemException {
        FrontMatter parts = FrontMatterSplitter.split("---\ntitle: A\n...\nBody\n", FILE);

        assertThat(parts.yaml()).isEqualTo("title: A\n");
        assertThat(parts.body()).isEqualTo("Body\n");
        assertThat(parts.bodyFirstLine()).isEqualTo(4);
    }

    @Test
    void fencesMayCarryTrailingWhitespace() throws ProblemException {
        FrontMatter parts = FrontMatterSplitter.split("---  \ntitle: A\n---\t\nBody", FILE);

        assertThat(parts.present()).isTrue();
        assertThat(parts.yaml()).isEqualTo("title: A\n");
        assertThat(parts.body()).isEqualTo("Body");
    }

    @Test
    void emptyFrontMatterIsPresentButEmpty() throws ProblemException {
        FrontMatter parts = FrontMatterSplitter.split("---\n---\nBody\n", FILE);

        assertThat(parts.present()).isTrue();
        assertThat(parts.yaml()).isEmpty();
        assertThat(parts.body()).isEqualTo("Body\n");
        assertThat(parts.bodyFirstLine()).isEqualTo(3);
    }

    @Test
    void closingFenceAtTheVeryEndLeavesAnEmptyBody() throws ProblemException {
        FrontMatter parts = FrontMatterSplitter.split("---\ntitle: A\n---", FILE);

        assertThat(parts.yaml()).isEqualTo("title: A\n");
        assertThat(parts.body()).isEmpty();
        assertThat(parts.bodyFirstLine()).isEqualTo(4);
    }

    @Test
    void aLaterThematicBreakStaysInTheBody() throws ProblemException {
        FrontMatter parts = FrontMatterSplitter.split("---\ntitle: A\n---\nText\n\n---\n\nMore\n", FILE);

        assertThat(parts.yaml()).isEqualTo("title: A\n");
        assertThat(parts.body()).isEqualTo("Text\n\n---\n\nMore\n");
    }

    @Test
    void fourDashesAreNotAFence() throws ProblemException {
        FrontMatter parts = FrontMatterSplitter.split("----\ntitle: A\n----\nBody\n", FILE);

        assertThat(parts.present()).isFalse();
        assertThat(parts.body()).isEqualTo("----\ntitle: A\n----\nBody\n");
    }

    @Test
    void unclosedFrontMatterIsAProblemOnLineOne() {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> FrontMatterSplitter.split("---\ntitle: A\ndate: 2024-03-05\n\nThe story starts here.\n", FILE));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("the front matter opened on line 1 is never closed");
            assertThat(p.hint()).isEqualTo("Add a line holding only '---' after the last 'key: value' line.");
        });
    }

    @Test
    void tomlFrontMatterIsBetweenPlusLines() throws ProblemException {
        FrontMatter parts = FrontMatterSplitter.split("+++\ntitle = \"A\"\n+++\nBody\n", FILE);

        assertThat(parts.kind()).isEqualTo(FrontMatter.Kind.TOML);
        assertThat(parts.yaml()).isEqualTo("title = \"A\"\n");
        assertThat(parts.body()).isEqualTo("Body\n");
        assertThat(parts.bodyFirstLine()).isEqualTo(4);
    }

    @Test
    void jsonFrontMatterIsTheObjectThatStartsTheFile() throws ProblemException {
        FrontMatter parts = FrontMatterSplitter.split("{\n  \"title\": \"A {b}\",\n  \"tags\": [\"x\"]\n}\n\nBody\n", FILE);

        assertThat(parts.kind()).isEqualTo(FrontMatter.Kind.JSON);
        assertThat(parts.yaml()).isEqualTo("{\n  \"title\": \"A {b}\",\n  \"tags\": [\"x\"]\n}");
        assertThat(parts.body()).isEqualTo("\nBody\n");
        assertThat(parts.bodyFirstLine()).isEqualTo(5);
        assertThat(FrontMatterSplitter.split("{curly} text\n", FILE).kind()).isEqualTo(FrontMatter.Kind.NONE);
    }

    @Test
    void unclosedTomlAndJsonAreReported() {
        ProblemException toml = catchThrowableOfType(ProblemException.class,
                () -> FrontMatterSplitter.split("+++\ntitle = \"A\"\nBody\n", FILE));
        ProblemException json = catchThrowableOfType(ProblemException.class,
                () -> FrontMatterSplitter.split("{\n\"title\": \"A\"\nBody\n", FILE));

        assertThat(toml.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.hint()).isEqualTo("Add a line holding only '+++' after the last 'key = value' line.");
        });
        assertThat(json.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("the JSON front matter opened on line 1 is never closed"));
    }
}
