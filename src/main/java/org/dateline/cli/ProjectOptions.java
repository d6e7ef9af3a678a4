package org.dateline.cli;

import java.nio.file.Path;
import org.dateline.config.LinkStyle;
import org.dateline.pipeline.BuildOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The options that say what to build, shared by {@code build} and {@code serve}. Where to write is
 * {@code build}'s alone: the preview is never written to the folder that gets deployed.
 */
final class ProjectOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--content", paramLabel = "DIR", description = "The articles: Markdown (.md, .markdown, and Jekyll's _posts and _drafts), plain-text wire copy (.txt) and agency XML (NITF, NewsML-G2 .xml), one folder per section. Default: ${DEFAULT-VALUE}.", defaultValue = "content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "Pebble templates and static/ files that replace the built-in ones; need not exist. Default: ${DEFAULT-VALUE}.", defaultValue = "templates")
    Path templates;

    @Option(names = "--config", paramLabel = "FILE", description = "The settings file. Default: dateline.yml in the current folder, if there is one.")
    Path config;

    @Option(names = "--base-url", paramLabel = "URL", description = "The address the site is published at, e.g. https://news.example.org/archive/ (overrides baseUrl in the settings). Used for feeds, sitemaps and canonical links.")
    String baseUrl;

    @Option(names = "--link-style", paramLabel = "STYLE", description = "pretty (links like world/story/, for a web server) or files (world/story/index.html, to browse from disk). Overrides linkStyle in the settings.")
    String linkStyle;

    @Option(names = "--drafts", description = "Also publish articles marked 'draft: true' or 'published: false'.")
    boolean drafts;

    @Option(names = "--future", description = "Also publish articles dated in the future (an 'embargo:' still holds).")
    boolean future;

    @Option(names = "--threads", paramLabel = "N", description = "How many threads read and render. Default: one per core.")
    Integer threads;

    @Option(names = "--no-cache", description = "Build from scratch without reading or writing the build cache"
            + " (.dateline/ in the current folder). The output is the same either way.")
    boolean noCache;

    @Option(names = "--no-fast-paths", hidden = true, description = "Read every Markdown body with Flexmark's own"
            + " parser and renderer, to check after a Flexmark upgrade that the fast paths still give the same bytes.")
    boolean noFastPaths;

    BuildOptions toBuildOptions(Path cwd) {
        BuildOptions options = BuildOptions.forProject(cwd)
                .withContent(cwd.resolve(content))
                .withTemplates(cwd.resolve(templates))
                .withConfig(config == null ? null : cwd.resolve(config))
                .withBaseUrl(baseUrl)
                .withLinkStyle(parseLinkStyle())
                .withDrafts(drafts)
                .withFuture(future)
                .withFastPaths(!noFastPaths);
        if (noCache) {
            options = options.withCache(null);
        }
        if (threads != null) {
            if (threads < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more, not " + threads);
            }
            options = options.withThreads(threads);
        }
        return options;
    }

    private LinkStyle parseLinkStyle() {
        if (linkStyle == null) {
            return null;
        }
        return switch (linkStyle) {
            case "pretty" -> LinkStyle.PRETTY;
            case "files" -> LinkStyle.FILES;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--link-style must be 'pretty' or 'files', not '" + linkStyle + "'");
        };
    }
}
