package org.dateline.config;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Problem;

/**
 * Reads {@code languages:}, the languages of a multilingual site: a list of tags
 * ({@code [en, fr, ar]}), or a map from each tag to its name or to its settings ({@code name},
 * {@code title}, {@code description}, {@code direction}, {@code weight}). The site's
 * {@code language} is the default, whose pages are at the root; it comes first, the others in the
 * order given or, as in Hugo, by {@code weight}. Hugo's {@code languageName} is taken for {@code name}.
 */
final class LanguagesReader {

    static final Set<String> KEYS = Set.of("name", "title", "description", "direction", "weight");
    private static final String EXAMPLE = "Write e.g.\n      language: en\n      languages:\n        en: English\n"
            + "        fr: {name: Français, title: \"Archives\"}\n        ar: {name: العربية}\n"
            + "    or 'languages: [en, fr, ar]'.";

    private LanguagesReader() {
    }

    /**
     * @param defaultCode the site's {@code language}, which must be one of them
     * @return the languages, the default first; empty when {@code value} is absent
     */
    static List<Language> read(Object value, String defaultCode, String title, String description, String file,
                               int line, List<Problem> problems) {
        if (value == null) {
            return List.of();
        }
        Map<String, Object> given = new LinkedHashMap<>();
        if (value instanceof List<?> list) {
            for (Object code : list) {
                given.put(String.valueOf(code), null);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((code, settings) -> given.put(String.valueOf(code), settings));
        } else {
            problems.add(Problem.at(file, line, "languages must be a list of language tags or a map of them", EXAMPLE));
            return List.of();
        }
        List<Language> languages = new ArrayList<>();
        Map<Language, Integer> weights = new java.util.HashMap<>();
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            Language language = language(entry.getKey(), entry.getValue(), title, description, file, line, problems);
            if (language != null) {
                languages.add(language);
                weights.put(language, weight(entry.getValue()));
            }
        }
        languages.sort(java.util.Comparator.comparing(weights::get));
        int defaultAt = -1;
        for (int i = 0; i < languages.size(); i++) {
            if (languages.get(i).code().equalsIgnoreCase(defaultCode)) {
                defaultAt = i;
            }
        }
        if (defaultAt < 0 && !languages.isEmpty()) {
            problems.add(Problem.at(file, line, "the site's language '" + defaultCode + "' is not one of its languages ("
                            + String.join(", ", languages.stream().map(Language::code).toList()) + ")",
                    "Add '" + defaultCode + "' to 'languages:', or set 'language:' to the one whose pages are at the"
                            + " site's root."));
            return List.of();
        }
        if (defaultAt > 0) {
            languages.add(0, languages.remove(defaultAt));
        }
        return languages;
    }

    /** Hugo's order of a language: lower weights first; one without a weight keeps its place after them. */
    private static int weight(Object settings) {
        return settings instanceof Map<?, ?> map && map.get("weight") instanceof Integer n ? n : Integer.MAX_VALUE;
    }

    private static Language language(String code, Object settings, String title, String description, String file,
                                     int line, List<Problem> problems) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(code).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException(code);
            }
        } catch (IllformedLocaleException e) {
            problems.add(Problem.at(file, line, "languages: '" + code + "' is not a language tag",
                    "Use tags such as 'en', 'fr', 'de', 'pt-BR'."));
            return null;
        }
        if (!code.equals(code.toLowerCase(Locale.ROOT)) && !code.contains("-")) {
            problems.add(Problem.at(file, line, "languages: '" + code + "' should be written in lower case",
                    "Write '" + code.toLowerCase(Locale.ROOT) + "': it names the folder the language's pages are in."));
            return null;
        }
        Language language = Language.of(code, title, description);
        if (settings == null) {
            return language;
        }
        if (settings instanceof String name) {
            return new Language(code, name, title, description, language.rightToLeft());
        }
        if (!(settings instanceof Map<?, ?> map)) {
            problems.add(Problem.at(file, line, "languages: the settings of '" + code + "' must be its name or a map",
                    EXAMPLE));
            return null;
        }
        String name = language.name();
        boolean rightToLeft = language.rightToLeft();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            String text = entry.getValue() == null ? "" : String.valueOf(entry.getValue()).strip();
            switch (key) {
                case "name", "languageName" -> name = text;
                case "weight" -> {
                    if (!(entry.getValue() instanceof Integer)) {
                        problems.add(Problem.at(file, line, "languages: " + code + ": weight must be a whole number",
                                "Languages are listed by weight, the lowest first, e.g. 'weight: 1'."));
                    }
                }
                case "title" -> title = text;
                case "description" -> description = text;
                case "direction" -> {
                    if (!text.equals("rtl") && !text.equals("ltr")) {
                        problems.add(Problem.at(file, line, "languages: " + code + ": direction '" + text
                                + "' is not known", "Use 'rtl' (right to left) or 'ltr' (left to right)."));
                    }
                    rightToLeft = text.equals("rtl");
                }
                default -> problems.add(Problem.at(file, line, "languages: " + code + ": unknown setting '" + key + "'",
                        "A language takes " + String.join(", ", KEYS.stream().sorted().toList()) + "."));
            }
        }
        return new Language(code, name, title, description, rightToLeft);
    }
}
