package org.dateline.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dateline.messages.MessageFile;
import org.dateline.messages.Messages;
import org.dateline.model.Problem;

/**
 * The theme's messages for a language, from its files: {@code messages/<tag>.properties} in the
 * project's template folder, key by key over the built-in file of the same name, for the language
 * and each of its parents, and English last ({@link Messages#lookupTags}). A language with no file
 * at all is shown in English, with a note saying how to add one.
 */
public final class ThemeMessages {

    /** The folder of messages files, in the project's template folder and among the built-in templates. */
    public static final String FOLDER = "messages";

    /** The patterns of dates, each with what it is for: a date of that kind must format without error. */
    private static final Map<String, TemporalAccessor> DATE_SAMPLES = Map.of(
            DateFormat.DAY_KEY, LocalDate.of(2024, 3, 5),
            DateFormat.DAY_TIME_KEY, ZonedDateTime.of(2024, 3, 5, 9, 30, 0, 0, ZoneId.of("Europe/London")),
            DateFormat.MONTH_KEY, YearMonth.of(2024, 3),
            DateFormat.DAY_OF_MONTH_KEY, MonthDay.of(3, 5));

    /** What a language's messages came to: the messages, the problems in their files, and notes. */
    public record Loaded(Messages messages, List<Problem> problems, List<String> notes) {
        public Loaded {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
    }

    private ThemeMessages() {
    }

    /** The built-in theme's messages in {@code language}, without a project's. */
    public static Messages builtIn(String language) {
        return load(null, TemplateSet.builtInRoot(), Path.of(""), language).messages();
    }

    /**
     * @param projectDir the project's template folder, or null for the built-in theme alone
     * @param builtInRoot the built-in templates
     * @param displayBase the folder problems name files relative to
     */
    static Loaded load(Path projectDir, Path builtInRoot, Path displayBase, String language) {
        Path projectFolder = projectDir == null ? null : projectDir.resolve(FOLDER);
        Path builtInFolder = builtInRoot.resolve(FOLDER);
        Locale locale = Locale.forLanguageTag(language);
        List<Problem> problems = new ArrayList<>();
        List<Messages.Language> chain = new ArrayList<>();
        Messages.Language defaults = null;
        boolean own = false;
        for (String tag : Messages.lookupTags(language)) {
            MessageFile builtIn = read(builtInFolder, tag, "(built-in) " + FOLDER + "/" + tag + ".properties", problems);
            MessageFile project = projectFolder == null ? null
                    : read(projectFolder, tag, display(projectFolder.resolve(tag + ".properties"), displayBase), problems);
            if (builtIn == null && project == null) {
                continue;
            }
            Map<String, String> texts = new HashMap<>();
            if (builtIn != null) {
                texts.putAll(checked(builtIn, locale, problems));
                if (tag.equals(Messages.ENGLISH)) {
                    defaults = new Messages.Language(tag, texts);
                }
            }
            if (project != null) {
                texts.putAll(checked(project, locale, problems));
            }
            chain.add(new Messages.Language(tag, texts));
            own |= !tag.equals(Messages.ENGLISH) || locale.getLanguage().equals(Messages.ENGLISH);
        }
        if (defaults == null) {
            throw new IllegalStateException("the built-in messages (" + builtInFolder.resolve("en.properties") + ") are missing");
        }
        List<String> notes = new ArrayList<>();
        if (!own) {
            notes.add("the theme has no messages in '" + language + "', so pages show its words in English: add "
                    + FOLDER + "/" + locale.toLanguageTag() + ".properties to the templates folder and translate the"
                    + " built-in en.properties there (see templates/README.md); built in are "
                    + String.join(", ", builtInLanguages(builtInFolder)));
        }
        return new Loaded(new Messages(language, chain, defaults), problems, notes);
    }

    /** The file's texts, less those that would break pages: a date pattern that does not work. */
    private static Map<String, String> checked(MessageFile file, Locale locale, List<Problem> problems) {
        Map<String, String> texts = new HashMap<>();
        for (Map.Entry<String, MessageFile.Entry> e : file.entries().entrySet()) {
            String key = e.getKey();
            String text = e.getValue().text();
            int line = e.getValue().line();
            TemporalAccessor sample = DATE_SAMPLES.get(key);
            if (sample != null) {
                try {
                    DateTimeFormatter.ofPattern(text, locale).format(sample);
                } catch (IllegalArgumentException | DateTimeException bad) {
                    problems.add(Problem.at(file.name(), line, "'" + key + "' is not a date pattern that works: "
                            + bad.getMessage(), "Write it with the letters of Java's DateTimeFormatter, e.g. 'd MMMM uuuu'"
                            + " for 5 March 2024, words in single quotes ('d 'de' MMMM'); " + purpose(key) + "."));
                    continue;
                }
            }
            texts.put(key, text);
        }
        return texts;
    }

    private static String purpose(String key) {
        return switch (key) {
            case DateFormat.DAY_KEY -> "it writes a day, so it has no time";
            case DateFormat.DAY_TIME_KEY -> "it writes a day and a time, with the zone";
            case DateFormat.MONTH_KEY -> "it writes a month, so it has no day and no time";
            default -> "it writes a day of the year, so it has no year and no time";
        };
    }

    private static MessageFile read(Path folder, String tag, String name, List<Problem> problems) {
        Path file = folder.resolve(tag + ".properties");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.inFile(name, "the file is not UTF-8 text",
                    "Save it as UTF-8 (in most editors: Save with encoding, UTF-8)."));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MessageFile.Read read = MessageFile.parse(name, text);
        problems.addAll(read.problems());
        return read.file();
    }

    private static String display(Path file, Path displayBase) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = displayBase.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    private static List<String> builtInLanguages(Path folder) {
        TreeSet<String> tags = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .forEach(n -> tags.add(n.substring(0, n.length() - ".properties".length())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(tags);
    }
}
