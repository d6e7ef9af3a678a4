package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.ProblemException;
import org.dateline.pipeline.SiteCheck;
import org.dateline.pipeline.UsageException;

/** {@code dateline check}: what a build would read and make, and what it would stop at, with nothing written. */
final class CheckCommand {

    static final Command COMMAND = new Command("dateline check",
            List.of("Reads every article and plans the site as 'build' would, and writes nothing (not even the build cache).",
                "Prints a report for moving an archive from another system: articles read in each form, dates taken"
                    + " from file names, Liquid tags and shortcodes left as text, front matter keys Dateline does not"
                    + " know, URLs changed to keep two posts apart; then every problem that would stop the build."),
            ProjectOptions.OPTIONS,
            List.of("0:the site would build", "1:problems that would stop the build (listed)", "2:bad usage"),
            List.of(), CheckCommand::run);

    private CheckCommand() {
    }

    private static int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        try {
            SiteCheck.Result result = SiteCheck.run(ProjectOptions.toBuildOptions(arguments, Path.of("").toAbsolutePath()));
            result.report().lines().forEach(out::println);
            out.println("URLs changed and other notes: " + result.notes().size());
            result.notes().forEach(note -> out.println("  " + note));
            if (!result.problems().isEmpty()) {
                out.println();
                result.problems().forEach(problem -> err.println(problem.describe()));
                int n = result.problems().size();
                err.println();
                err.println((n == 1 ? "1 problem" : n + " problems") + " would stop the build; nothing was written.");
                return 1;
            }
            out.println("The site would build: " + result.published() + " articles published, " + result.pages()
                    + " pages. Nothing was written.");
            return 0;
        } catch (ProblemException e) {
            BuildCommand.report(e.problems(), err);
            return 1;
        } catch (UsageException e) {
            return BuildCommand.usage(e, err);
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            err.println("    Check that the content folder can be read.");
            return 1;
        }
    }
}
