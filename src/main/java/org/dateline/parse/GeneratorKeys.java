package org.dateline.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Front matter written for Jekyll or Hugo, turned into Dateline's keys before it is read, so that an
 * archive from either builds as it is:
 * <ul>
 * <li>a Jekyll post's date comes from its file name when the front matter gives none, and a post in
 *     {@code _drafts} is a draft;</li>
 * <li>its {@code categories} (or {@code category}; a list, or a string of words as Jekyll splits it):
 *     the first is the section unless a folder above {@code _posts} or {@code section:} names one,
 *     the others are tags, after the post's own; {@code tags} given as one string are split on spaces;</li>
 * <li>its {@code permalink} becomes a redirect to the page ({@code :year}, {@code :title} and the
 *     other placeholders filled in);</li>
 * <li>Hugo's {@code publishDate} is the date when there is no {@code date}, else the article's
 *     embargo (Hugo does not publish before it); its {@code url} becomes a redirect.</li>
 * </ul>
 */
final class GeneratorKeys {

    /** Keys read here: no longer unknown, so not handed to templates as {@code article.extra}. */
    private GeneratorKeys() {
    }

    /**
     * @param values the front matter as read
     * @param dateFromFileName whether the date was taken from a Jekyll post's file name
     * @param titleFromFileName the headline Jekyll makes from a post's file name when it has no
     *     title ("i-dont-like-zeroes" → "I Dont Like Zeroes"), or empty
     */
    record Translated(Map<String, Object> values, boolean dateFromFileName, String titleFromFileName) {
    }

    static Translated translate(Map<String, Object> given, String sourcePath) {
        JekyllPost post = JekyllPost.of(sourcePath);
        boolean hugo = isSitePath(given.get("url")) || given.containsKey("publishDate") || given.containsKey("publishdate");
        if (post == null && !hugo) {
            return new Translated(given, false, "");
        }
        Map<String, Object> values = new LinkedHashMap<>(given);
        boolean fromName = false;
        List<Object> aliases = new ArrayList<>(listOf(values.get("aliases"), ","));
        if (post != null) {
            if (values.get("date") == null && post.day() != null) {
                values.put("date", post.day());
                fromName = true;
            }
            if (post.draft() && values.get("draft") == null) {
                values.put("draft", true);
            }
            List<Object> categories = new ArrayList<>(listOf(values.remove("categories"), " "));
            categories.addAll(listOf(values.remove("category"), " "));
            List<Object> tags = new ArrayList<>(listOf(values.get("tags"), " "));
            boolean sectioned = post.folders().length > 0 || values.get("section") != null;
            for (Object category : categories) {
                if (!sectioned && category instanceof String name) {
                    // A category in lower case is named like a folder ("middle-east"): shown as a folder's name is.
                    values.put("section", name.equals(name.toLowerCase(Locale.ROOT)) ? ArticleIdentity.humanise(name) : name);
                    sectioned = true;
                } else if (!tags.contains(category)) {
                    tags.add(category);
                }
            }
            if (!tags.isEmpty()) {
                values.put("tags", tags);
            }
            if (values.get("permalink") instanceof String link && !link.contains("://")) {
                aliases.add(permalink((String) values.remove("permalink"), post, values, categories));
            }
        }
        Object publish = values.containsKey("publishDate") ? values.remove("publishDate") : values.remove("publishdate");
        if (publish != null) {
            values.put(values.get("date") == null ? "date" : "embargo", publish);
        }
        if (isSitePath(values.get("url"))) {
            aliases.add(values.remove("url"));
        }
        if (!aliases.isEmpty()) {
            values.put("aliases", aliases);
        }
        return new Translated(values, fromName, post == null ? "" : ArticleIdentity.humanise(post.stem()));
    }

    /** Hugo's url and Jekyll's permalink are paths from the site root; a full address is something else. */
    private static boolean isSitePath(Object value) {
        return value instanceof String text && text.strip().startsWith("/");
    }

    /** A Jekyll permalink with its placeholders filled in from the post. */
    private static String permalink(String pattern, JekyllPost post, Map<String, Object> values, List<Object> categories) {
        if (pattern.indexOf(':') < 0) {
            return pattern.startsWith("/") ? pattern : "/" + pattern;
        }
        String day = post.day() != null ? post.day() : String.valueOf(values.get("date"));
        String[] ymd = day.length() >= 10 ? day.substring(0, 10).split("-") : new String[] {"", "", ""};
        List<String> path = new ArrayList<>(List.of(post.folders()));
        categories.forEach(c -> path.add(org.dateline.text.Slugs.of(String.valueOf(c))));
        return pattern.replace(":categories", String.join("/", path))
                .replace(":year", ymd[0]).replace(":i_month", strip(ymd[1])).replace(":month", ymd[1])
                .replace(":i_day", strip(ymd[2])).replace(":day", ymd[2])
                .replace(":title", post.stem()).replace(":slug", post.stem()).replace(":output_ext", ".html")
                .replaceAll("/{2,}", "/").replaceFirst("^(?!/)", "/");
    }

    private static String strip(String number) {
        return number.startsWith("0") ? number.substring(1) : number;
    }

    /** A list as given, or one string cut at {@code separator}; empty when absent. */
    private static List<Object> listOf(Object value, String separator) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String text) {
            List<Object> out = new ArrayList<>();
            String cut = separator.equals(" ") && text.indexOf(',') < 0 ? "\\s+" : ",";
            for (String part : text.split(cut)) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return out;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return List.of(value); // a number or a mapping: Fields says what is wrong with it
    }
}
