package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dateline.config.ConfigReader;
import org.dateline.config.SiteConfig;
import org.dateline.model.ProblemException;
import org.dateline.pipeline.SiteBuilder;
import org.dateline.source.ContentWalker;
import org.dateline.text.Slugs;

/** {@code dateline new world/some-slug --title "…"}: a new draft article, ready to write. */
final class NewCommand {

    static final Command COMMAND = new Command("dateline new",
            // The first line is also the summary 'dateline --help' shows: one whole sentence each.
            List.of("Writes a new draft article, ready to write.",
                "The file content/SECTION/SLUG.md gets front matter with the title, the date now in the site's time zone"
                    + " and 'draft: true'. It never overwrites a file. Preview drafts with 'serve --drafts'."),
            List.of(Option.parameter("SECTION/SLUG", "Where the article goes, e.g. world/ferry-fares-frozen."),
                Option.value("--title", "TITLE", "The headline.").asRequired(),
                Option.value("--content", "DIR", "The content folder. Default: ${DEFAULT}.").withDefault("content")),
            List.of("0:written", "1:the settings file has problems", "2:bad usage (the file exists, a bad path)"),
            List.of(), NewCommand::run);

    private NewCommand() {
    }

    private static int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        String where = arguments.value("SECTION/SLUG");
        String title = arguments.value("--title");
        Path content = arguments.path("--content");
        Path cwd = Path.of("").toAbsolutePath();
        String[] parts = where.replace('\\', '/').replaceAll("\\.md$", "").split("/");
        StringBuilder relative = new StringBuilder();
        for (String part : parts) {
            String slug = Slugs.of(part);
            if (slug.isEmpty() || !slug.equals(part.toLowerCase(java.util.Locale.ROOT))) {
                err.println("error: '" + part + "' in '" + where + "' is not a plain name for a URL");
                err.println("    Use lower-case words joined by hyphens, e.g. world/ferry-fares-frozen (here: '" + slug + "').");
                return 2;
            }
            relative.append(relative.length() == 0 ? "" : "/").append(slug);
        }
        SiteConfig config;
        try {
            Path settings = cwd.resolve(SiteBuilder.CONFIG_FILE);
            config = Files.isRegularFile(settings) ? ConfigReader.read(Files.readString(settings), SiteBuilder.CONFIG_FILE)
                    : SiteConfig.defaults();
        } catch (ProblemException e) {
            BuildCommand.report(e.problems(), err);
            return 1;
        } catch (IOException e) {
            err.println("error: cannot read " + SiteBuilder.CONFIG_FILE + ": " + e.getMessage());
            return 1;
        }
        Path file = cwd.resolve(content).resolve(relative + ".md");
        String now = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.now(config.timeZone()).truncatedTo(ChronoUnit.SECONDS));
        String text = "---\ntitle: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\ndate: " + now
                + "\ndraft: true\n---\n\nWrite the article here.\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            err.println("error: " + ContentWalker.display(cwd, file) + " already exists; it was left as it is");
            err.println("    Choose another slug, or edit that file.");
            return 2;
        } catch (IOException e) {
            err.println("error: cannot write " + file + ": " + e.getMessage());
            return 2;
        }
        out.println("Wrote " + ContentWalker.display(cwd, file) + " (a draft: preview it with 'dateline serve --drafts')");
        return 0;
    }
}
