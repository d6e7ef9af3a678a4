package org.dateline.cli;

import java.nio.file.Path;
import java.util.List;
import org.dateline.config.LinkStyle;
import org.dateline.pipeline.BuildOptions;

/**
 * The options that say what to build, shared by {@code build}, {@code check} and {@code serve}. Where
 * to write is {@code build}'s alone: the preview is never written to the folder that gets deployed.
 */
final class ProjectOptions {

    static final List<Option> OPTIONS = List.of(
            Option.value("--content", "DIR", "The articles: Markdown (.md, .markdown, and Jekyll's _posts and _drafts),"
                    + " plain-text wire copy (.txt) and agency XML (NITF, NewsML-G2 .xml), one folder per section."
                    + " Default: ${DEFAULT}.").withDefault("content"),
            Option.value("--templates", "DIR", "Pebble templates and static/ files that replace the built-in ones;"
                    + " need not exist. Default: ${DEFAULT}.").withDefault("templates"),
            Option.value("--config", "FILE", "The settings file. Default: dateline.yml in the current folder, if there is one."),
            Option.value("--base-url", "URL", "The address the site is published at, e.g."
                    + " https://news.example.org/archive/ (overrides baseUrl in the settings). Used for feeds, sitemaps"
                    + " and canonical links."),
            Option.value("--link-style", "STYLE", "pretty (links like world/story/, for a web server) or files"
                    + " (world/story/index.html, to browse from disk). Overrides linkStyle in the settings."),
            Option.flag("--drafts", "Also publish articles marked 'draft: true' or 'published: false'."),
            Option.flag("--future", "Also publish articles dated in the future (an 'embargo:' still holds)."),
            Option.value("--threads", "N", "How many threads read and render. Default: one per core."),
            Option.flag("--no-cache", "Build from scratch without reading or writing the build cache"
                    + " (.dateline/ in the current folder). The output is the same either way."),
            Option.flag("--no-fast-paths", "Read every Markdown body with Flexmark's own parser and renderer, to check"
                    + " after a Flexmark upgrade that the fast paths still give the same bytes.").asHidden());

    private ProjectOptions() {
    }

    static BuildOptions toBuildOptions(Arguments arguments, Path cwd) {
        Path config = arguments.path("--config");
        BuildOptions options = BuildOptions.forProject(cwd)
                .withContent(cwd.resolve(arguments.path("--content")))
                .withTemplates(cwd.resolve(arguments.path("--templates")))
                .withConfig(config == null ? null : cwd.resolve(config))
                .withBaseUrl(arguments.value("--base-url"))
                .withLinkStyle(linkStyle(arguments))
                .withDrafts(arguments.flag("--drafts"))
                .withFuture(arguments.flag("--future"))
                .withFastPaths(!arguments.flag("--no-fast-paths"));
        if (arguments.flag("--no-cache")) {
            options = options.withCache(null);
        }
        Integer threads = arguments.integer("--threads");
        if (threads != null) {
            if (threads < 1) {
                throw new BadUsage("--threads must be 1 or more, not " + threads,
                        "Leave it out for one thread per core. " + arguments.command().seeHelp());
            }
            options = options.withThreads(threads);
        }
        return options;
    }

    private static LinkStyle linkStyle(Arguments arguments) {
        String style = arguments.value("--link-style");
        if (style == null) {
            return null;
        }
        return switch (style) {
            case "pretty" -> LinkStyle.PRETTY;
            case "files" -> LinkStyle.FILES;
            default -> throw new BadUsage("--link-style must be 'pretty' or 'files', not '" + style + "'",
                    "pretty for a web server, files to browse the site from disk.");
        };
    }

    /** The shared options followed by a command's own. */
    static List<Option> with(Option... own) {
        List<Option> all = new java.util.ArrayList<>(OPTIONS);
        all.addAll(List.of(own));
        return all;
    }
}
