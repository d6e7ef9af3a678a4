package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.importer.WordPressImport;
import org.dateline.model.ProblemException;
import org.dateline.source.ContentWalker;

/** {@code dateline import …}: content from other systems, written into the content folder. */
final class ImportCommand {

    static final Command WORDPRESS = new Command("dateline import wordpress",
            List.of("Writes each post of a WordPress export (Tools → Export, a WXR .xml file) as a Markdown article"
                    + " with front matter under the content folder.",
                "Each post becomes CATEGORY/SLUG.md, and its old permalinks become aliases (redirects). It never"
                    + " overwrites a file."),
            List.of(Option.parameter("EXPORT", "The WordPress export (WXR) file."),
                Option.value("--content", "DIR", "The content folder. Default: ${DEFAULT}.").withDefault("content")),
            List.of("0:imported", "1:the export cannot be read (the problem is listed)", "2:bad usage"),
            List.of(), ImportCommand::wordpress);

    static final Command COMMAND = new Command("dateline import",
            List.of("Imports articles from another system into the content folder."),
            List.of(), List.of(), List.of(WORDPRESS), (arguments, out, err) -> {
                throw new BadUsage("Name what to import from, e.g. 'dateline import wordpress export.xml'.",
                        "What it can import from: wordpress. " + arguments.command().seeHelp());
            });

    private ImportCommand() {
    }

    private static int wordpress(Arguments arguments, PrintWriter out, PrintWriter err) {
        Path export = arguments.path("EXPORT");
        Path content = arguments.path("--content");
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
