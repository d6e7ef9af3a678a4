package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.importer.WordPressImport;
import org.dateline.model.ProblemException;
import org.dateline.source.ContentWalker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline import …}: content from other systems, written into the content folder. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = "Imports articles from another system into the content folder.",
        subcommands = {ImportCommand.WordPress.class})
final class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name what to import from, e.g. 'dateline import wordpress export.xml'.");
    }

    @Command(name = "wordpress",
            mixinStandardHelpOptions = true,
            description = {"Writes each post of a WordPress export (Tools → Export, a WXR .xml file) as a Markdown article",
                "with front matter under the content folder: CATEGORY/SLUG.md. Old permalinks become aliases (redirects).",
                "It never overwrites a file."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:imported", "1:the export cannot be read (the problem is listed)", "2:bad usage"})
    static final class WordPress implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "EXPORT", description = "The WordPress export (WXR) file.")
        Path export;

        @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "The content folder. Default: ${DEFAULT-VALUE}.")
        Path content;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path cwd = Path.of("").toAbsolutePath();
            Path contentDir = cwd.resolve(content);
            if (Files.exists(contentDir) && !Files.isDirectory(contentDir)) {
                err.println("error: " + ContentWalker.display(cwd, contentDir) + " is not a folder");
                return 2;
            }
            String shownContent = ContentWalker.display(cwd, contentDir);
            WordPressImport.Report report;
            try {
                report = WordPressImport.run(cwd.resolve(export), ContentWalker.display(cwd, cwd.resolve(export)), contentDir);
            } catch (ProblemException e) {
                e.problems().forEach(problem -> err.println(problem.describe()));
                err.println("Nothing was imported.");
                return 1;
            } catch (IOException e) {
                err.println("error: cannot write into " + shownContent + ": " + e.getMessage());
                return 2;
            }
            report.written().forEach(path -> out.println("Wrote " + shownContent + "/" + path));
            report.kept().forEach(path -> err.println("note: " + shownContent + "/" + path + " already exists; it was left as it is"));
            report.notes().forEach(note -> err.println("note: " + note));
            int written = report.written().size();
            out.println("Imported " + written + (written == 1 ? " post" : " posts") + " into " + shownContent + "/ ("
                    + (written - report.drafts()) + " published, " + report.drafts() + (report.drafts() == 1 ? " draft)" : " drafts)")
                    + (report.kept().isEmpty() ? "" : "; " + report.kept().size() + " left as they were")
                    + ". Build with 'dateline build' (drafts: 'dateline serve --drafts').");
            return 0;
        }
    }
}
