package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.pipeline.BuildCache;
import org.dateline.pipeline.BuildOptions;
import org.dateline.pipeline.BuildResult;
import org.dateline.pipeline.SiteBuilder;
import org.dateline.pipeline.UsageException;
import org.dateline.source.ContentWalker;

/** {@code dateline build}: content and templates in, a site out. */
final class BuildCommand {

    static final Command COMMAND = new Command("dateline build",
            // The first line is also the summary 'dateline --help' shows: one whole sentence each.
            List.of("Builds the site from the articles and the templates.",
                "It reads the articles in the content folder, renders them with the templates and writes the site to the"
                    + " output folder.",
                "Nothing is written when any article, template or setting has a problem: every problem is listed,"
                    + " with file and line, and the site stays as it was."),
            ProjectOptions.with(
                Option.value("--output", "DIR", "Where the site is written. It belongs to Dateline: files the build does"
                    + " not produce are removed. Default: ${DEFAULT}.").withDefault("site"),
                Option.flag("--timings", "Also print how long each phase of the build took.")),
            List.of("0:built", "1:content or template problems (listed on standard error)", "2:bad usage"),
            List.of(), BuildCommand::run);

    private BuildCommand() {
    }

    private static int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        Path cwd = Path.of("").toAbsolutePath();
        BuildOptions options = ProjectOptions.toBuildOptions(arguments, cwd).withOutput(cwd.resolve(arguments.path("--output")));
        try {
            BuildResult result = SiteBuilder.build(options, new BuildCache.Memory(), TerminalProgress.forConsole(err));
            for (String note : result.notes()) {
                err.println("note: " + note);
            }
            out.println("Built " + ContentWalker.display(cwd, options.outputDir()) + "/: " + result.summary());
            if (arguments.flag("--timings")) {
                out.println("Timings: " + result.timings());
            }
            return 0;
        } catch (ProblemException e) {
            report(e.problems(), err);
            return 1;
        } catch (UsageException e) {
            return usage(e, err);
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            err.println("    The site was left as it was. Check that the output folder can be written and the disk is not full.");
            return 1;
        }
    }

    /** Says what cannot be used and what to do; the exit code of bad usage. */
    static int usage(UsageException e, PrintWriter err) {
        err.println("error: " + e.getMessage());
        err.println("    " + e.hint());
        return 2;
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
