package org.dateline.config;

import java.time.ZoneId;
import java.util.Locale;

/**
 * Everything the build needs to know about the site as a whole.
 *
 * @param title the site's name, shown in every page header and in feeds
 * @param description one sentence about the archive, for the home page and search engines
 * @param baseUrl the absolute address the site is published at (ending in {@code /}), or empty
 * @param language a BCP 47 tag, used for {@code <html lang>} and for dates
 * @param timeZone the zone for dates that carry none
 * @param pageSize articles per listing page
 * @param linkStyle how links are written
 * @param unsafeHtml whether raw HTML in Markdown bodies is passed through (trusted newsrooms only)
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        ZoneId timeZone,
        int pageSize,
        LinkStyle linkStyle,
        boolean unsafeHtml) {

    public static final String DEFAULT_TITLE = "News archive";

    public SiteConfig {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1: " + pageSize);
        }
        baseUrl = normaliseBaseUrl(baseUrl);
    }

    public static SiteConfig defaults() {
        return new SiteConfig(DEFAULT_TITLE, "", "", "en", ZoneId.of("UTC"), 20, LinkStyle.PRETTY, false);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, language, timeZone, pageSize, linkStyle, unsafeHtml);
    }

    public SiteConfig withLinkStyle(LinkStyle style) {
        return new SiteConfig(title, description, baseUrl, language, timeZone, pageSize, style, unsafeHtml);
    }

    private static String normaliseBaseUrl(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String trimmed = url.strip();
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }
}
