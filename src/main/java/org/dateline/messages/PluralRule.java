package org.dateline.messages;

import java.util.Locale;

/**
 * Which plural form a language uses for a whole number: the CLDR categories ({@code zero},
 * {@code one}, {@code two}, {@code few}, {@code many}, {@code other}), for the counts a theme shows
 * (articles, days, minutes), which are never fractions. The languages below follow CLDR's rules for
 * integers; any other language is taken to say "1 thing" and "2 things", like English, which a
 * messages file without plural forms gets right anyway.
 */
public final class PluralRule {

    private PluralRule() {
    }

    /** The category of {@code n} in {@code language} (a BCP 47 tag; only its language subtag counts). */
    public static String category(String language, long n) {
        Locale locale = Locale.forLanguageTag(language);
        String primary = locale.getLanguage();
        long abs = Math.abs(n);
        long mod10 = abs % 10;
        long mod100 = abs % 100;
        return switch (primary) {
            // No plural forms: the noun stays the same after a number.
            case "ja", "zh", "ko", "vi", "th", "id", "ms", "lo", "km", "my", "yue" -> "other";
            // 0 and 1 take the singular (in Brazil; in Portugal only 1 does).
            case "pt" -> abs == 1 || (abs == 0 && !locale.getCountry().equals("PT")) ? "one" : "other";
            case "fr", "hi", "bn", "fa", "am", "zu", "kn", "gu", "as" -> abs <= 1 ? "one" : "other";
            case "ar" -> abs == 0 ? "zero" : abs == 1 ? "one" : abs == 2 ? "two"
                    : mod100 >= 3 && mod100 <= 10 ? "few" : mod100 >= 11 ? "many" : "other";
            case "he", "iw" -> abs == 1 ? "one" : abs == 2 ? "two" : "other";
            case "ru", "uk", "be" -> mod10 == 1 && mod100 != 11 ? "one"
                    : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "few" : "many";
            case "pl" -> abs == 1 ? "one" : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "few" : "many";
            case "cs", "sk" -> abs == 1 ? "one" : abs >= 2 && abs <= 4 ? "few" : "other";
            case "hr", "sr", "bs" -> mod10 == 1 && mod100 != 11 ? "one"
                    : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "few" : "other";
            case "lt" -> mod10 == 1 && (mod100 < 11 || mod100 > 19) ? "one"
                    : mod10 >= 2 && (mod100 < 11 || mod100 > 19) ? "few" : "other";
            case "lv" -> mod10 == 0 || (mod100 >= 11 && mod100 <= 19) ? "zero" : mod10 == 1 ? "one" : "other";
            case "ro" -> abs == 1 ? "one" : abs == 0 || (mod100 >= 1 && mod100 <= 19) ? "few" : "other";
            case "ga" -> abs == 1 ? "one" : abs == 2 ? "two" : abs >= 3 && abs <= 6 ? "few"
                    : abs >= 7 && abs <= 10 ? "many" : "other";
            case "cy" -> abs == 0 ? "zero" : abs == 1 ? "one" : abs == 2 ? "two" : abs == 3 ? "few"
                    : abs == 6 ? "many" : "other";
            default -> abs == 1 ? "one" : "other";
        };
    }
}
