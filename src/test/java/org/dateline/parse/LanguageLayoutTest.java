package org.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageLayoutTest {

    static final LanguageLayout LAYOUT = new LanguageLayout(Set.of("en", "fr", "pt-BR"), "en");

    @Test
    void aFirstFolderNamedAfterALanguageSaysTheLanguageAndIsLeftOutOfThePath() {
        assertThat(LAYOUT.folderLanguage("fr/monde/story.md")).isEqualTo("fr");
        assertThat(LAYOUT.withoutLanguage("fr/monde/story.md")).isEqualTo("monde/story.md");
        assertThat(LAYOUT.languageOf("fr/monde/story.md", "")).isEqualTo("fr");
        assertThat(LAYOUT.folderLanguage("france/story.md")).isEmpty();
        assertThat(LAYOUT.folderLanguage("fr.md")).as("a file, not a folder").isEmpty();
    }

    @Test
    void aSuffixBeforeTheExtensionSaysTheLanguage() {
        assertThat(LAYOUT.suffixLanguage("world/story.fr.md")).isEqualTo("fr");
        assertThat(LAYOUT.withoutLanguage("world/story.fr.md")).isEqualTo("world/story.md");
        assertThat(LAYOUT.suffixLanguage("world/story.pt-BR.md")).isEqualTo("pt-BR");
        assertThat(LAYOUT.suffixLanguage("world/v2.5.md")).as("not a language").isEmpty();
        assertThat(LAYOUT.suffixLanguage("world/.fr.md")).as("no name before it").isEmpty();
        assertThat(LAYOUT.withoutLanguage("fr/monde/story.fr.md")).isEqualTo("monde/story.md");
    }

    @Test
    void frontMatterComesFirstThenTheSuffixThenTheFolderAndTheDefaultIsEmpty() {
        assertThat(LAYOUT.languageOf("fr/monde/story.md", "pt-BR")).isEqualTo("pt-BR");
        assertThat(LAYOUT.languageOf("fr/monde/story.pt-BR.md", "")).isEqualTo("pt-BR");
        assertThat(LAYOUT.languageOf("world/story.md", "")).isEmpty();
        assertThat(LAYOUT.languageOf("en/world/story.md", "")).as("the default language").isEmpty();
        assertThat(LAYOUT.languageOf("world/story.md", "en")).isEmpty();
    }

    @Test
    void translationsShareTheirPathWithoutLanguageOrExtension() {
        assertThat(LAYOUT.translationKey("en/world/story.md")).isEqualTo("world/story");
        assertThat(LAYOUT.translationKey("fr/world/story.txt")).isEqualTo("world/story");
        assertThat(LAYOUT.translationKey("world/story.fr.md")).isEqualTo("world/story");
        assertThat(LAYOUT.translationKey("world/story/index.fr.md")).isEqualTo("world/story/index");
    }

    @Test
    void aSiteInOneLanguageReadsNothingIntoPaths() {
        assertThat(LanguageLayout.NONE.withoutLanguage("fr/monde/story.fr.md")).isEqualTo("fr/monde/story.fr.md");
        assertThat(LanguageLayout.NONE.multilingual()).isFalse();
    }
}
