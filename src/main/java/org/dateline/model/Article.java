package org.dateline.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Collections;

/**
 * What the archive knows of one article: its metadata and summary, never its body (bodies are read
 * again when the article's page is rendered, so memory holds only this).
 *
 * @param sourcePath where it came from, relative to the content folder, with {@code /} separators
 * @param format how its text is written
 * @param title the headline
 * @param slug the last part of its URL
 * @param section the section's display name, or empty for an article at the top of the content folder
 * @param sectionSlug the section's URL part, or empty
 * @param date when it was published, or null when the source does not say (an undated article)
 * @param updated when it was last changed, or null
 * @param authors bylines, in the order given
 * @param tags topics, in the order given
 * @param source the agency or publication it came from, or empty
 * @param summary the deck written for it, or empty
 * @param excerpt a short plain-text preview for listings: the summary, or the start of the body
 * @param dateline the place it was filed from (e.g. "GENEVA"), or empty
 * @param image the image shown with it, relative to the source file, or empty
 * @param caption the image's caption, or empty
 * @param aliases former URLs of the article
 * @param draft whether it is a draft, left out of builds unless asked for
 * @param embargo the instant before which it must not be published, or null
 * @param expires the instant from which it is no longer published (Hugo's {@code expiryDate}), or null
 * @param corrections dated notes about errors fixed since publication
 * @param wordCount the body's length in words, for reading time
 * @param extra front matter keys Dateline does not know, handed to templates as they are
 * @param mentions the capitalised phrases its headline, deck and body name, with the evidence of
 *     what each is (empty when the site finds no entities); see {@link Entities}
 * @param language the tag of the language it is written in, or empty for the site's default language
 * @param translationKey what it shares with its translations (its {@code translationKey}, or its path
 *     without the language's folder and suffix), or empty on a site in one language
 */
public record Article(
        String sourcePath,
        SourceFormat format,
        String title,
        String slug,
        String section,
        String sectionSlug,
        ArticleDate date,
        ArticleDate updated,
        List<String> authors,
        List<String> tags,
        String source,
        String summary,
        String excerpt,
        String dateline,
        String image,
        String caption,
        List<String> aliases,
        boolean draft,
        Instant embargo,
        Instant expires,
        List<Correction> corrections,
        int wordCount,
        Map<String, Object> extra,
        List<Mention> mentions,
        String language,
        String translationKey) {

    public Article {
        // Names repeat across the archive (a tag on thousands of articles): one copy of each, so
        // that a million articles fit in a small heap. Also runs when the cache reads articles back.
        section = section == null ? null : section.intern();
        sectionSlug = sectionSlug == null ? null : sectionSlug.intern();
        source = source == null ? null : source.intern();
        authors = interned(authors);
        tags = interned(tags);
        aliases = List.copyOf(aliases);
        corrections = List.copyOf(corrections);
        // Sorted, so the record's text (and every digest made from it) never depends on hash order.
        extra = extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(extra));
        mentions = List.copyOf(mentions);
        language = language == null ? "" : language.intern();
        translationKey = translationKey == null ? "" : translationKey;
    }

    /** An article that names no entities (they are found after reading; see {@link #withMentions}). */
    public Article(String sourcePath, SourceFormat format, String title, String slug, String section, String sectionSlug,
                   ArticleDate date, ArticleDate updated, List<String> authors, List<String> tags, String source,
                   String summary, String excerpt, String dateline, String image, String caption, List<String> aliases,
                   boolean draft, Instant embargo, Instant expires, List<Correction> corrections, int wordCount,
                   Map<String, Object> extra) {
        this(sourcePath, format, title, slug, section, sectionSlug, date, updated, authors, tags, source, summary,
                excerpt, dateline, image, caption, aliases, draft, embargo, expires, corrections, wordCount, extra,
                List.of(), "", "");
    }

    /** The same article in {@code lang}, sharing {@code key} with its translations. */
    public Article inLanguage(String lang, String key) {
        return new Article(sourcePath, format, title, slug, section, sectionSlug, date, updated, authors, tags, source,
                summary, excerpt, dateline, image, caption, aliases, draft, embargo, expires, corrections, wordCount, extra,
                mentions, lang, key);
    }

    /** The same article naming {@code found}. */
    public Article withMentions(List<Mention> found) {
        return new Article(sourcePath, format, title, slug, section, sectionSlug, date, updated, authors, tags, source,
                summary, excerpt, dateline, image, caption, aliases, draft, embargo, expires, corrections, wordCount, extra,
                found, language, translationKey);
    }

    private static List<String> interned(List<String> names) {
        String[] copy = new String[names.size()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = names.get(i).intern();
        }
        return List.of(copy);
    }

    /** This article at another URL slug. */
    public Article withSlug(String newSlug) {
        return new Article(sourcePath, format, title, newSlug, section, sectionSlug, date, updated, authors, tags, source,
                summary, excerpt, dateline, image, caption, aliases, draft, embargo, expires, corrections, wordCount,
                extra, mentions, language, translationKey);
    }

    /** This article in a section of another display name (the section's {@code _index.md} title). */
    public Article withSection(String newSection) {
        return new Article(sourcePath, format, title, slug, newSection, sectionSlug, date, updated, authors, tags, source,
                summary, excerpt, dateline, image, caption, aliases, draft, embargo, expires, corrections, wordCount,
                extra, mentions, language, translationKey);
    }

    public boolean isDated() {
        return date != null;
    }
}
