package org.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.messages.MessageFile;
import org.dateline.messages.Messages;
import org.dateline.model.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The theme's messages files: complete in every language, read key by key over the built-in ones, checked. */
class ThemeMessagesTest {

    private static final Path BUILT_IN = Path.of("templates", ThemeMessages.FOLDER);
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    @TempDir
    Path dir;

    static Stream<String> languages() throws IOException {
        try (Stream<Path> files = Files.list(BUILT_IN)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList().stream();
        }
    }

    private static Map<String, String> texts(String language) throws IOException {
        MessageFile.Read read = MessageFile.parse(language + ".properties",
                Files.readString(BUILT_IN.resolve(language + ".properties")));
        assertThat(read.problems()).as(language + ".properties reads without a problem").isEmpty();
        Map<String, String> texts = new TreeMap<>();
        read.file().entries().forEach((key, entry) -> texts.put(key, entry.text()));
        return texts;
    }

    /** Every key of a file, a key's plural forms as one key. */
    private static Set<String> baseKeys(Map<String, String> texts) {
        Set<String> keys = new TreeSet<>();
        texts.keySet().forEach(k -> keys.add(Messages.baseKey(k)));
        return keys;
    }

    /** The arguments a key's texts take, in every form of it. */
    private static Set<String> arguments(Map<String, String> texts, String key) {
        Set<String> found = new TreeSet<>();
        texts.forEach((k, text) -> {
            if (Messages.baseKey(k).equals(key)) {
                Matcher m = ARGUMENT.matcher(text);
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        });
        return found;
    }

    @Test
    void theThemeShipsEnglishFrenchGermanSpanishArabicAndTurkish() throws IOException {
        assertThat(languages()).contains("en", "fr", "de", "es", "ar", "tr");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyLanguageHasEveryKeyOfTheEnglishAndNoOther(String language) throws IOException {
        Map<String, String> english = texts("en");
        Map<String, String> texts = texts(language);
        Set<String> missing = new TreeSet<>(baseKeys(english));
        missing.removeAll(baseKeys(texts));
        assertThat(missing).as("keys of en.properties that " + language + ".properties leaves out").isEmpty();
        Set<String> unknown = new TreeSet<>(baseKeys(texts));
        unknown.removeAll(baseKeys(english));
        assertThat(unknown).as("keys of " + language + ".properties that en.properties does not have").isEmpty();
        for (String key : baseKeys(english)) {
            assertThat(texts.containsKey(key) || texts.containsKey(key + ".other"))
                    .as(language + ": '" + key + "' has one text, or plural forms with 'other'").isTrue();
            if (!texts.containsKey(key)) {
                assertThat(!english.containsKey(key) || arguments(english, key).contains("0"))
                        .as(language + ": '" + key + "' has plural forms, so its English counts something").isTrue();
            }
            assertThat(arguments(english, key)).as(language + ": '" + key + "' takes no argument English does not give")
                    .containsAll(arguments(texts, key));
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyLanguageReadsWithoutAProblemAndItsDatesWork(String language) {
        ThemeMessages.Loaded loaded = ThemeMessages.load(null, TemplateSet.builtInRoot(), dir, language);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.notes()).isEmpty();
        DateFormat dates = new DateFormat(java.time.ZoneOffset.UTC, loaded.messages());
        assertThat(dates.dayName(java.time.LocalDate.of(2024, 3, 5))).contains("2024");
    }

    @Test
    void aSitesFileChangesOnlyTheKeysItGives() throws IOException {
        write("messages/fr.properties", "# our words\nlisting.latest = À la une\n");
        Messages french = ThemeMessages.load(dir, TemplateSet.builtInRoot(), dir, "fr").messages();
        assertThat(french.text("listing.latest")).isEqualTo("À la une");
        assertThat(french.text("search.button")).as("the built-in French").isEqualTo("Rechercher");
        assertThat(french.defaultForms("listing.latest")).as("the theme's English").isEqualTo(Map.of("", "Latest articles"));
    }

    @Test
    void aSiteMayAddALanguageTheThemeDoesNotHave() throws IOException {
        write("messages/pt.properties", "search.button = Pesquisar\nlist.and = {0} e {1}\n");
        ThemeMessages.Loaded portuguese = ThemeMessages.load(dir, TemplateSet.builtInRoot(), dir, "pt-BR");
        assertThat(portuguese.notes()).isEmpty();
        assertThat(portuguese.messages().text("search.button")).isEqualTo("Pesquisar");
        assertThat(portuguese.messages().text("list.and", "Ana", "Rui")).isEqualTo("Ana e Rui");
        assertThat(portuguese.messages().text("nav.home")).as("not translated yet: English").isEqualTo("Home");
    }

    @Test
    void aLanguageWithoutMessagesIsShownInEnglishWithANote() {
        ThemeMessages.Loaded loaded = ThemeMessages.load(dir, TemplateSet.builtInRoot(), dir, "pt");
        assertThat(loaded.messages().text("search.button")).isEqualTo("Search");
        assertThat(loaded.messages().locale().getLanguage()).isEqualTo("pt");
        assertThat(loaded.notes()).containsExactly("the theme has no messages in 'pt', so pages show its words in"
                + " English: add messages/pt.properties to the templates folder and translate the built-in"
                + " en.properties there (see templates/README.md); built in are ar, de, en, es, fr, tr");
        assertThat(ThemeMessages.load(dir, TemplateSet.builtInRoot(), dir, "en-GB").notes()).as("English is English")
                .isEmpty();
    }

    @Test
    void aDatePatternThatDoesNotWorkIsAProblemWithItsLineAndTheThemesStays() throws IOException {
        write("messages/fr.properties", "listing.latest = À la une\ndate.day = d MMMM uuuu à HH:mm\ndate.month = LLLL 'de uuuu\n");
        ThemeMessages.Loaded loaded = ThemeMessages.load(dir, TemplateSet.builtInRoot(), dir, "fr");
        assertThat(loaded.problems()).extracting(Problem::file, Problem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("messages/fr.properties", 2),
                org.assertj.core.groups.Tuple.tuple("messages/fr.properties", 3));
        Problem day = loaded.problems().get(0);
        assertThat(day.message()).startsWith("'date.day' is not a date pattern that works: ");
        assertThat(day.hint()).isEqualTo("Write it with the letters of Java's DateTimeFormatter, e.g. 'd MMMM uuuu' for"
                + " 5 March 2024, words in single quotes ('d 'de' MMMM'); it writes a day, so it has no time.");
        assertThat(loaded.messages().text("date.day")).as("the built-in French pattern").isEqualTo("d MMMM uuuu");
    }

    @Test
    void aFileThatIsNotUtf8IsAProblem() throws IOException {
        Files.createDirectories(dir.resolve("messages"));
        Files.write(dir.resolve("messages/fr.properties"), "nav.home = Acc\u00e8s\n".getBytes(StandardCharsets.ISO_8859_1));
        ThemeMessages.Loaded loaded = ThemeMessages.load(dir, TemplateSet.builtInRoot(), dir, "fr");
        assertThat(loaded.problems()).containsExactly(Problem.inFile("messages/fr.properties", "the file is not UTF-8 text",
                "Save it as UTF-8 (in most editors: Save with encoding, UTF-8)."));
        assertThat(loaded.messages().text("nav.home")).isEqualTo("Accueil");
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
