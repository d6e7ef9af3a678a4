package org.dateline.parse;

import java.util.Set;

/**
 * Where a multilingual site's sources say their language: a first folder named after it
 * ({@code fr/monde/story.md}) or a suffix before the extension ({@code world/story.fr.md}). Either
 * is left out of the article's section and slug, and of the key it shares with its translations,
 * so {@code en/world/story.md}, {@code fr/world/story.md} and {@code world/story.de.md} are one story.
 *
 * @param codes the site's language tags; empty for a site in one language, where paths say nothing of language
 * @param defaultCode the tag of the default language, which articles have when nothing says otherwise
 */
public record LanguageLayout(Set<String> codes, String defaultCode) {

    public static final LanguageLayout NONE = new LanguageLayout(Set.of(), "");

    public LanguageLayout {
        codes = Set.copyOf(codes);
    }

    /**
     * The language an article is in: {@code given} (its {@code lang:}) when set, else its file's
     * suffix, else its first folder; empty for the default language.
     */
    public String languageOf(String sourcePath, String given) {
        String code = !given.isEmpty() ? given : suffixLanguage(sourcePath);
        if (code.isEmpty()) {
            code = folderLanguage(sourcePath);
        }
        return code.equals(defaultCode) ? "" : code;
    }

    public boolean multilingual() {
        return !codes.isEmpty();
    }

    /** The language the path's first folder names, or empty. */
    public String folderLanguage(String sourcePath) {
        int slash = sourcePath.indexOf('/');
        return slash > 0 && codes.contains(sourcePath.substring(0, slash)) ? sourcePath.substring(0, slash) : "";
    }

    /** The language the file name's suffix names ({@code story.fr.md}), or empty. */
    public String suffixLanguage(String sourcePath) {
        int[] at = suffix(sourcePath);
        return at == null ? "" : sourcePath.substring(at[0] + 1, at[1]);
    }

    /** The path as if it said nothing of language: {@code fr/monde/story.fr.md} → {@code monde/story.md}. */
    public String withoutLanguage(String sourcePath) {
        String path = sourcePath;
        int[] at = suffix(path);
        if (at != null) {
            path = path.substring(0, at[0]) + path.substring(at[1]);
        }
        String folder = folderLanguage(path);
        return folder.isEmpty() ? path : path.substring(folder.length() + 1);
    }

    /** What the path shares with its translations' paths: the path without language or extension. */
    public String translationKey(String sourcePath) {
        String path = withoutLanguage(sourcePath);
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) : path;
    }

    /** Where {@code .fr} sits in {@code story.fr.md}: from its dot to the extension's; null when there is none. */
    private int[] suffix(String sourcePath) {
        if (codes.isEmpty()) {
            return null;
        }
        int slash = sourcePath.lastIndexOf('/');
        int extension = sourcePath.lastIndexOf('.');
        if (extension <= slash + 1) {
            return null;
        }
        int dot = sourcePath.lastIndexOf('.', extension - 1);
        if (dot <= slash + 1 || !codes.contains(sourcePath.substring(dot + 1, extension))) {
            return null;
        }
        return new int[] {dot, extension};
    }
}
