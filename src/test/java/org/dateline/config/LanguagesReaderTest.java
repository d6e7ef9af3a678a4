package org.dateline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.dateline.model.ProblemException;
import org.junit.jupiter.api.Test;

class LanguagesReaderTest {

    static SiteConfig read(String yaml) throws ProblemException {
        return ConfigReader.read(yaml, "dateline.yml");
    }

    @Test
    void aMapOfLanguagesPutsTheDefaultFirstAndNamesEachInItself() throws Exception {
        SiteConfig config = read("title: Desk\nlanguage: fr\nlanguages:\n  en: English\n  fr: {title: Bureau}\n"
                + "  ar: {}\n  de:\n");

        assertThat(config.multilingual()).isTrue();
        assertThat(config.languages()).extracting(Language::code).containsExactly("fr", "en", "ar", "de");
        assertThat(config.languages()).extracting(Language::name).containsExactly("Français", "English", "العربية",
                "Deutsch");
        assertThat(config.languages()).extracting(Language::title).containsExactly("Bureau", "Desk", "Desk", "Desk");
        assertThat(config.languages()).extracting(Language::rightToLeft).containsExactly(false, false, true, false);
    }

    @Test
    void eachLanguagesSettingsHaveItsTitleAndFolder() throws Exception {
        SiteConfig config = read("title: Desk\nbaseUrl: https://example.org/news/\nlanguages: [en, fr, he]\n");

        SiteConfig fr = config.inLanguage(config.languages().get(1));
        assertThat(fr.language()).isEqualTo("fr");
        assertThat(fr.folder()).isEqualTo("fr/");
        assertThat(fr.absolute("monde/")).isEqualTo("https://example.org/news/fr/monde/");
        assertThat(fr.siteAbsolute("monde/")).isEqualTo("https://example.org/news/monde/");
        assertThat(fr.basePath()).isEqualTo("/news/fr/");
        assertThat(config.inLanguage(config.languages().get(0)).folder()).isEmpty();
        assertThat(config.inLanguage(config.languages().get(2)).direction()).isEqualTo("rtl");
        assertThat(config.direction()).isEqualTo("ltr");
    }

    @Test
    void aDirectionCanBeSetForAScriptTheJdkDoesNotKnow() throws Exception {
        SiteConfig config = read("languages:\n  en: English\n  syc: {name: Syriac, direction: rtl}\n");
        assertThat(config.inLanguage(config.languages().get(1)).direction()).isEqualTo("rtl");
    }

    @Test
    void noLanguagesIsASiteInOne() throws Exception {
        SiteConfig config = read("title: Desk\n");
        assertThat(config.multilingual()).isFalse();
        assertThat(config.folder()).isEmpty();
        assertThat(config.languages()).isEmpty();
    }

    @Test
    void mistakesAreNamedWithTheLineAndWhatToWrite() {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> read("language: de\nlanguages:\n  en: English\n  fr: {name: Français, colour: blue}\n  x!: X\n"));

        assertThat(e.problems()).extracting(p -> p.line() + " " + p.message()).containsExactlyInAnyOrder(
                "2 languages: fr: unknown setting 'colour'",
                "2 languages: 'x!' is not a language tag",
                "2 the site's language 'de' is not one of its languages (en, fr)");
        assertThat(e.problems()).filteredOn(p -> p.message().startsWith("the site's language")).singleElement()
                .satisfies(p -> assertThat(p.hint()).isEqualTo("Add 'de' to 'languages:', or set 'language:' to the"
                        + " one whose pages are at the site's root."));
    }

    @Test
    void hugosLanguageSettingsAreTakenAsTheyAre() throws Exception {
        SiteConfig config = read("language: en\nlanguages:\n  de: {languageName: Deutsch, weight: 3}\n"
                + "  fr: {languageName: Français, weight: 2}\n  en: {languageName: English, weight: 1}\n");
        assertThat(config.languages()).extracting(Language::name).containsExactly("English", "Français", "Deutsch");
    }
}
