package org.dateline.messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The theme's words in one language. A key's text is looked for in the language's own messages,
 * then in its parent's ({@code fr-CA}, then {@code fr}), then in English, whose built-in file has
 * every key the theme uses; so a language file may leave keys out, and a site's file holds only what
 * it changes.
 *
 * <p>A text takes its arguments where it says {@code {0}}, {@code {1}}, …; nothing else in it is
 * special (an apostrophe is an apostrophe). A key that counts something may have a form per plural
 * category of the language instead of one text ({@code key.one}, {@code key.few}, {@code key.other},
 * see {@link PluralRule}): the first argument is the count that picks one, and {@code key.other} is
 * the form for any category not given.
 */
public final class Messages {

    public static final String ENGLISH = "en";

    /** The plural categories, in CLDR's order: the suffixes a key's forms may have. */
    public static final List<String> CATEGORIES = List.of("zero", "one", "two", "few", "many", "other");

    /** One language's texts by key: a site's own file over the theme's built-in one, key by key. */
    public record Language(String tag, Map<String, String> texts) {
        public Language {
            texts = Map.copyOf(texts);
        }
    }

    private final String language;
    private final Locale locale;
    private final List<Language> chain;
    private final Language defaults;

    /**
     * @param language the page's language, a BCP 47 tag
     * @param chain where texts are looked for, the most particular first ({@code fr-CA}, {@code fr}),
     *     English last
     * @param defaults the theme's own English, which has every key: what the script's built-in words
     *     and a site's changes are told apart from
     */
    public Messages(String language, List<Language> chain, Language defaults) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.chain = List.copyOf(chain);
        this.defaults = defaults;
    }

    /** Messages from one set of English texts alone, for tests and tools with no theme. */
    public static Messages english(Map<String, String> texts) {
        Language english = new Language(ENGLISH, texts);
        return new Messages(ENGLISH, List.of(english), english);
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** Whether any of the languages looked in has the key, as one text or as plural forms. */
    public boolean has(String key) {
        for (Language level : chain) {
            if (level.texts().containsKey(key) || level.texts().containsKey(key + ".other")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of {@code key} with its arguments in place.
     *
     * @param args what {@code {0}}, {@code {1}}, … stand for; for a key with plural forms the first is the count
     * @throws IllegalArgumentException when no language has the key
     */
    public String text(String key, Object... args) {
        return format(pattern(key, args), args);
    }

    /**
     * The text of {@code key} before its arguments are put in: the form the count (the first
     * argument) picks, for a key with plural forms.
     *
     * @throws IllegalArgumentException when no language has the key
     */
    public String pattern(String key, Object... args) {
        String pattern = find(key, args);
        if (pattern == null) {
            throw new IllegalArgumentException("there is no message '" + key + "'");
        }
        return pattern;
    }

    /** As {@link #pattern}, but null when no language has the key. */
    public String find(String key, Object... args) {
        for (Language level : chain) {
            Map<String, String> texts = level.texts();
            String text = texts.get(key);
            if (text != null) {
                return text;
            }
            String other = texts.get(key + ".other");
            if (other != null) {
                Long count = args.length == 0 ? null : count(args[0]);
                String form = count == null ? null : texts.get(key + "." + PluralRule.category(level.tag(), count));
                return form != null ? form : other;
            }
        }
        return null;
    }

    /**
     * The forms of {@code key} as the language that has it gives them: {@code {"": text}} for one
     * text, else each plural form by its category. Empty when no language has the key.
     */
    public Map<String, String> forms(String key) {
        for (Language level : chain) {
            Map<String, String> found = forms(level, key);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return Map.of();
    }

    /** The forms of {@code key} in the theme's own English (see {@link #forms}). */
    public Map<String, String> defaultForms(String key) {
        return forms(defaults, key);
    }

    /** Every key the theme's own English has, its plural forms as one key. */
    public Set<String> defaultKeys() {
        Set<String> keys = new TreeSet<>();
        for (String key : defaults.texts().keySet()) {
            keys.add(baseKey(key));
        }
        return keys;
    }

    /** Every key any of the languages looked in has, plural forms as one key: for "did you mean". */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        for (Language level : chain) {
            for (String key : level.texts().keySet()) {
                keys.add(baseKey(key));
            }
        }
        return keys;
    }

    /** {@code key} without a plural category at its end ({@code home.count.one} → {@code home.count}). */
    public static String baseKey(String key) {
        int dot = key.lastIndexOf('.');
        return dot > 0 && CATEGORIES.contains(key.substring(dot + 1)) ? key.substring(0, dot) : key;
    }

    /** {@code pattern} with {@code {0}}, {@code {1}}, … replaced by the arguments; other braces are left as they are. */
    public static String format(String pattern, Object... args) {
        int open = pattern.indexOf('{');
        if (open < 0 || args.length == 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16 * args.length);
        int from = 0;
        while (open >= 0) {
            int close = open + 1;
            int index = 0;
            while (close < pattern.length() && close - open <= 3 && Character.isDigit(pattern.charAt(close))) {
                index = index * 10 + (pattern.charAt(close) - '0');
                close++;
            }
            if (close > open + 1 && close < pattern.length() && pattern.charAt(close) == '}' && index < args.length) {
                out.append(pattern, from, open).append(args[index]);
                from = close + 1;
            }
            open = pattern.indexOf('{', open + 1);
        }
        return out.append(pattern, from, pattern.length()).toString();
    }

    private static Map<String, String> forms(Language level, String key) {
        String text = level.texts().get(key);
        if (text != null) {
            return Map.of("", text);
        }
        if (!level.texts().containsKey(key + ".other")) {
            return Map.of();
        }
        Map<String, String> forms = new LinkedHashMap<>();
        for (String category : CATEGORIES) {
            String form = level.texts().get(key + "." + category);
            if (form != null) {
                forms.put(category, form);
            }
        }
        return forms;
    }

    /** A count for choosing a plural form: a whole number, or a text of digits; else null. */
    private static Long count(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && !Double.isInfinite(d) ? (long) d : null;
        }
        if (value instanceof CharSequence text && !text.isEmpty() && text.chars().allMatch(Character::isDigit)
                && text.length() < 19) {
            return Long.parseLong(text.toString());
        }
        return null;
    }

    /**
     * The tags a language's messages are looked for under, the most particular first and English
     * last: {@code zh-Hant-TW} → {@code zh-Hant-TW}, {@code zh-Hant}, {@code zh}, {@code en}.
     */
    public static List<String> lookupTags(String language) {
        List<String> tags = new ArrayList<>();
        String tag = Locale.forLanguageTag(language).toLanguageTag();
        while (!tag.isEmpty() && !tag.equals("und")) {
            tags.add(tag);
            int dash = tag.lastIndexOf('-');
            tag = dash < 0 ? "" : tag.substring(0, dash);
        }
        if (!tags.contains(ENGLISH)) {
            tags.add(ENGLISH);
        }
        return tags;
    }
}
