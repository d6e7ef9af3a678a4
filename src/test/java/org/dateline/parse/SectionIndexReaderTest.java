package org.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dateline.model.ProblemException;
import org.dateline.model.SectionIndex;
import org.junit.jupiter.api.Test;

class SectionIndexReaderTest {

    private static final SectionIndexReader READER = new SectionIndexReader(new Markdown(false));

    private static SectionIndex read(String path, String text) throws ProblemException {
        return READER.read(path, "content/" + path, text);
    }

    @Test
    void theTitleAndDescriptionOfTheFrontMatterNameTheFoldersSection() throws ProblemException {
        SectionIndex yaml = read("middle-east/_index.md",
                "---\ntitle: Middle East & Gulf\ndescription: Reports from our Gulf bureau.\n---\n\nIgnored text.\n");
        SectionIndex toml = read("Sport/_index.en.md", "+++\ntitle = \"Sport\"\nsummary = \"Results and fixtures.\"\n+++\n");

        assertThat(yaml).isEqualTo(new SectionIndex("middle-east/_index.md", "middle-east", "Middle East & Gulf",
                "Reports from our Gulf bureau."));
        assertThat(toml.slug()).isEqualTo("sport");
        assertThat(toml.description()).isEqualTo("Results and fixtures.");
    }

    @Test
    void withoutADescriptionTheFirstParagraphOfTheTextIsIt() throws ProblemException {
        SectionIndex index = read("world/_index.md", "---\ntitle: World\n---\n\n# World\n\nNews from *every* continent,\n"
                + "filed by our correspondents.\n\nA second paragraph.\n");

        assertThat(index.description()).isEqualTo("News from every continent, filed by our correspondents.");
    }

    @Test
    void anIndexWithNothingToSayKeepsTheFoldersNameAndTheHomePageHasNoSlug() throws ProblemException {
        assertThat(read("world/_index.md", "---\n---\n")).isEqualTo(new SectionIndex("world/_index.md", "world", "", ""));
        assertThat(read("_index.md", "---\ntitle: Home\n---\n").slug()).isEmpty();
    }

    @Test
    void frontMatterThatIsNotYamlIsAProblemWithItsFileAndLine() {
        assertThatThrownBy(() -> read("world/_index.md", "---\ntitle: World\ndescription: [unclosed\n---\n"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo("content/world/_index.md");
                            assertThat(p.line()).isBetween(3, 4);
                        }));
    }

    @Test
    void aTitleThatIsNoTextIsAProblemOnItsLine() {
        assertThatThrownBy(() -> read("world/_index.md", "---\ndescription: D\ntitle:\n  - a\n  - b\n---\n"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.message()).contains("title should be text");
                        }));
    }
}
