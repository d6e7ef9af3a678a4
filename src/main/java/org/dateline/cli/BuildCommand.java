package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.build.BuildOptions;
import org.dateline.build.BuildResult;
import org.dateline.build.SiteBuilder;
import org.dateline.build.UsageException;
import org.dateline.config.LinkStyle;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.source.ContentWalker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline build}: content and templates in, a site out. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Reads the articles in the content folder, renders them with the templates and writes the site.",
            "Nothing is written when any article, template or setting has a problem: every problem is listed,"
                + " with file and line, and the site stays as it was."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:built", "1:content or template problems (listed on standard error)", "2:bad usage"})
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--content", paramLabel = "DIR", description = "The articles: Markdown (.md) and plain-text wire copy (.txt), one folder per section. Default: ${DEFAULT-VALUE}.", defaultValue = "content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "Pebble templates and static/ files that replace the built-in ones; need not exist. Default: ${DEFAULT-VALUE}.", defaultValue = "templates")
    Path templates;

    @Option(names = "--output", paramLabel = "DIR", description = "Where the site is written. It belongs to Dateline: files the build does not produce are removed. Default: ${DEFAULT-VALUE}.", defaultValue = "site")
    Path output;

    @Option(names = "--config", paramLabel = "FILE", description = "The settings file. Default: dateline.yml in the current folder, if there is one.")
    Path config;

    @Option(names = "--base-url", paramLabel = "URL", description = "The address the site is published at, e.g. https://news.example.org/archive/ (overrides baseUrl in the settings). Used for canonical links.")
    String baseUrl;

    @Option(names = "--link-style", paramLabel = "STYLE", description = "pretty (links like world/story/, for a web server) or files (world/story/index.html, to browse from disk). Overrides linkStyle in the settings.")
    String linkStyle;

    @Option(names = "--drafts", description = "Also publish articles marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--timings", description = "Also print how long each phase of the build took.")
    boolean timings;

    @Option(names = "--threads", paramLabel = "N", description = "How many threads read and render. Default: one per core.")
    Integer threads;

    @Option(names = "--no-cache", description = "Build from scratch without reading or writing the build cache"
            + " (.dateline/ in the current folder). The output is the same either way.")
    boolean noCache;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path cwd = Path.of("").toAbsolutePath();
        BuildOptions options = BuildOptions.forProject(cwd)
                .withContent(cwd.resolve(content))
                .withTemplates(cwd.resolve(templates))
                .withOutput(cwd.resolve(output))
                .withConfig(config == null ? null : cwd.resolve(config))
                .withBaseUrl(baseUrl)
                .withLinkStyle(parseLinkStyle())
                .withDrafts(drafts);
        if (noCache) {
            options = options.withCache(null);
        }
        if (threads != null) {
            if (threads < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more, not " + threads);
            }
            options = options.withThreads(threads);
        }
        try {
            BuildResult result = SiteBuilder.build(options);
            for (String note : result.notes()) {
                err.println("note: " + note);
            }
            out.println("Built " + ContentWalker.display(cwd, options.outputDir()) + "/: " + result.summary());
            if (timings) {
                out.println("Timings: " + result.timings());
            }
            return 0;
        } catch (ProblemException e) {
            report(e.problems(), err);
            return 1;
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("    " + e.hint());
            return 2;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            err.println("    The site was left as it was. Check that the output folder can be written and the disk is not full.");
            return 1;
        }
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

    static void report(List<Problem> problems, PrintWriter err) {
        for (Problem problem : problems) {
            err.println(problem.describe());
        }
        int n = problems.size();
        err.println();
        err.println((n == 1 ? "1 problem" : n + " problems") + " found; nothing was written, the site is as it was.");
    }
}
