package org.dateline.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.text.Slugs;

/**
 * Where a source file's path puts its article: the section is the first folder under the content
 * folder, the slug the file name without extension (or the folder's name for {@code index.md} in a
 * page bundle); a Jekyll post's ({@link JekyllPost}) without its date and the {@code _posts} folder.
 */
record ArticleIdentity(String section, String sectionSlug, String slug) {

    private static final Set<String> BUNDLE_NAMES = Set.of("index", "_index");
    private static final Pattern LANGUAGE_INDEX = Pattern.compile("(?i)index\\.[a-z]{2}(?:-[a-z]{2})?");
    private static final Pattern WINDOWS_RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");

    static ArticleIdentity ofPath(String sourcePath) {
        JekyllPost post = JekyllPost.of(sourcePath);
        if (post != null) {
            // A post's URL leaves out _posts and the date: the folder above it, if any, is its section.
            String folder = post.folders().length > 0 ? post.folders()[0] : "";
            return new ArticleIdentity(humanise(folder), Slugs.of(folder), Slugs.of(post.stem()));
        }
        String[] parts = sourcePath.split("/");
        String fileName = parts[parts.length - 1];
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        if (LANGUAGE_INDEX.matcher(stem).matches()) {
            stem = "index"; // Hugo's page bundle in one language of a multilingual site: index.en.md
        }
        if (BUNDLE_NAMES.contains(stem.toLowerCase(Locale.ROOT)) && parts.length > 1) {
            stem = parts[parts.length - 2];
        }
        String folder = parts.length > 1 && !(parts.length == 2 && (BUNDLE_NAMES.contains(stemOf(fileName)) || LANGUAGE_INDEX.matcher(stemOf(fileName)).matches())) ? parts[0] : "";
        String slug = Slugs.of(stem);
        return new ArticleIdentity(humanise(folder), Slugs.of(folder), slug);
    }

    /** "middle-east" → "Middle East": a folder name as a reader would like to see it. */
    static String humanise(String folder) {
        String[] words = folder.replace('_', '-').split("-");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    /**
     * Why a slug or section written by hand cannot be used, or null when it can: it must not try to
     * leave its folder or name a file Windows reserves.
     */
    static String unsafeReason(String value) {
        if (value.indexOf('\0') >= 0 || value.chars().anyMatch(Character::isISOControl)) {
            return "it holds control characters";
        }
        String decoded = value.replaceAll("(?i)%2e", ".").replaceAll("(?i)%2f", "/").replaceAll("(?i)%5c", "\\\\");
        if (decoded.contains("/") || decoded.contains("\\")) {
            return "it holds a slash, which would put the page in another folder";
        }
        if (decoded.equals(".") || decoded.contains("..")) {
            return "it points outside its folder";
        }
        if (WINDOWS_RESERVED.matcher(decoded.replaceAll("\\..*$", "").strip()).matches()) {
            return "'" + value + "' is a file name Windows reserves";
        }
        return null;
    }

    private static String stemOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName).toLowerCase(Locale.ROOT);
    }
}
