package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.dateline.pipeline.BuildOptions;
import org.dateline.pipeline.UsageException;
import org.dateline.serve.PreviewServer;

/** {@code dateline serve}: a preview of the site that rebuilds and reloads as files change. */
final class ServeCommand {

    static final Command COMMAND = new Command("dateline serve",
            // The first line is also the summary 'dateline --help' shows: one whole sentence each.
            List.of("Previews the site at http://127.0.0.1:8080/ and reloads it as you edit.",
                "It watches the content, the templates and dateline.yml: every save rebuilds what changed and reloads the"
                    + " pages open in the browser. The preview is built in .dateline/preview/, never in the output folder,"
                    + " so drafts shown there are never deployed.",
                "A build that fails shows its problems in the browser until it is fixed. Stop with Ctrl-C."),
            ProjectOptions.with(
                Option.value("--port", "PORT", "The port to serve on; 0 picks a free one. Default: ${DEFAULT}.")
                    .withDefault("8080"),
                Option.value("--bind", "ADDRESS", "The address to listen on. The default, ${DEFAULT}, lets only this"
                    + " computer in.").withDefault("127.0.0.1"),
                Option.flag("--timings", "Also print, for each rebuild, where the time from the change to the"
                    + " reload went: waiting for the changes to settle, each phase of the build, and telling the pages.")),
            List.of("0:stopped", "2:bad usage (a folder that cannot be used, a port that is taken)"),
            List.of(), ServeCommand::run);

    private ServeCommand() {
    }

    private static int run(Arguments arguments, PrintWriter out, PrintWriter err) throws InterruptedException {
        BuildOptions options = ProjectOptions.toBuildOptions(arguments, Path.of("").toAbsolutePath());
        String bind = arguments.value("--bind");
        int port = arguments.integer("--port");
        if (port < 0 || port > 65535) {
            throw new BadUsage("--port must be from 0 to 65535, not " + port, "0 picks a free port. " + COMMAND.seeHelp());
        }
        PreviewServer server;
        try {
            server = PreviewServer.start(options, bind, port, line -> {
                out.println(line);
                out.flush();
            }, arguments.flag("--timings"));
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("    " + e.hint());
            return 2;
        } catch (IOException e) {
            err.println("error: cannot serve on " + bind + ":" + port + ": " + e.getMessage());
            err.println("    Choose another port with --port, or 0 for any free one.");
            return 2;
        }
        out.println("Serving http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + server.port()
                + "/ (Ctrl-C to stop)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "dateline-stop"));
        stopped.await();
        return 0;
    }
}
