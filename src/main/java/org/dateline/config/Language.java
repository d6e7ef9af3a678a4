package org.dateline.config;

import java.util.Locale;
import java.util.Set;

/**
 * One language of a multilingual site, as {@code languages:} in {@code dateline.yml} names it.
 *
 * @param code its BCP 47 tag ({@code fr}, {@code pt-BR}): the {@code lang:} of its articles, the
 *     folder they may sit in ({@code content/fr/}), their file suffix ({@code story.fr.md}) and,
 *     unless it is the site's default language, the folder its pages are published under
 * @param name what a reader choosing it sees, in the language itself ("Français")
 * @param title the site's name in this language
 * @param description the site's one sentence in this language
 * @param rightToLeft whether its script runs right to left (Arabic, Hebrew, Persian, Urdu…)
 */
public record Language(String code, String name, String title, String description, boolean rightToLeft) {

    /** The languages written right to left, by their ISO 639 code. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku",
            "ps", "sd", "syr", "ug", "ur", "yi");

    /** A language as a site without settings for it has it: named in itself, the site's title and description. */
    public static Language of(String code, String title, String description) {
        return new Language(code, nativeName(code), title, description, isRightToLeft(code));
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** "Français" for {@code fr}: the language's own name for itself, capitalised as a menu shows it. */
    static String nativeName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    static boolean isRightToLeft(String code) {
        return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(code).getLanguage());
    }
}
