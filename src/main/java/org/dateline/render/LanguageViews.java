package org.dateline.render;

import java.util.ArrayList;
import java.util.List;
import org.dateline.config.Language;
import org.dateline.plan.Page;
import org.dateline.plan.Translations;
import org.dateline.plan.Urls;
import org.dateline.render.Views.LanguageLink;
import org.dateline.render.Views.LanguagesView;

/**
 * A page's languages: the direction of its script, its versions in the site's other languages
 * ({@code <link rel="alternate" hreflang>} for search engines, "Also in" for readers), and the
 * way to each language, which leads to this page's version where there is one and to that
 * language's home page where there is not.
 */
final class LanguageViews {

    /** What search engines take for the version of a page to show when none is in the reader's language. */
    static final String X_DEFAULT = "x-default";

    private final RenderContext c;
    private final PageLinks links;

    LanguageViews(RenderContext context, PageLinks links) {
        this.c = context;
        this.links = links;
    }

    LanguagesView of(Page page) {
        String direction = c.config().direction();
        Translations translations = c.translations();
        if (translations.languages().isEmpty()) {
            return new LanguagesView(direction, List.of(), List.of(), List.of());
        }
        String own = c.config().language();
        List<Translations.Version> versions = page.isIndexable() ? translations.versions(own, page.path()) : List.of();
        List<LanguageLink> alternates = new ArrayList<>();
        List<LanguageLink> others = new ArrayList<>();
        for (Translations.Version version : versions) {
            Language language = version.language();
            alternates.add(new LanguageLink(language.code(), language.name(), address(version.sitePath()),
                    language.code().equals(own)));
            if (!language.code().equals(own)) {
                others.add(new LanguageLink(language.code(), language.name(), links.site(version.sitePath()), false));
            }
        }
        Language defaultLanguage = translations.languages().get(0);
        for (Translations.Version version : versions) {
            if (version.language().equals(defaultLanguage)) {
                alternates.add(new LanguageLink(X_DEFAULT, defaultLanguage.name(), address(version.sitePath()), false));
            }
        }
        List<LanguageLink> choices = new ArrayList<>();
        for (Language language : translations.languages()) {
            String target = Urls.languageHome(language.code(), defaultLanguage.code());
            for (Translations.Version version : versions) {
                if (version.language().equals(language)) {
                    target = version.sitePath();
                }
            }
            boolean current = language.code().equals(own);
            choices.add(new LanguageLink(language.code(), language.name(),
                    current ? links.href(page.path()) : links.site(target), current));
        }
        return new LanguagesView(direction, alternates, others, choices);
    }

    /** A page's address for hreflang: absolute with a base URL, as search engines want it; else relative. */
    private String address(String sitePath) {
        return c.config().baseUrl().isEmpty() ? links.site(sitePath) : c.config().siteAbsolute(sitePath);
    }
}
