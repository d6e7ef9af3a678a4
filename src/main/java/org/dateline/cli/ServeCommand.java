package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dateline.pipeline.BuildOptions;
import org.dateline.pipeline.UsageException;
import org.dateline.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code dateline serve}: a preview of the site that rebuilds and reloads as files change. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        // The first line is also the summary 'dateline --help' shows: one whole sentence each.
        description = {
            "Previews the site at http://127.0.0.1:8080/ and reloads it as you edit.",
            "It watches the content, the templates and dateline.yml: every save rebuilds what changed and reloads the"
                + " pages open in the browser. The preview is built in .dateline/preview/, never in the output folder,"
                + " so drafts shown there are never deployed.",
            "A build that fails shows its problems in the browser until it is fixed. Stop with Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:bad usage (a folder that cannot be used, a port that is taken)"})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProjectOptions project;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to serve on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on. The default, ${DEFAULT-VALUE}, lets only this computer in.")
    String bind;

    @Option(names = "--timings", description = "Also print, for each rebuild, where the time from the change to the"
            + " reload went: waiting for the changes to settle, each phase of the build, and telling the pages.")
    boolean timings;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildOptions options = project.toBuildOptions(Path.of("").toAbsolutePath());
        PreviewServer server;
        try {
            server = PreviewServer.start(options, bind, port, line -> {
                out.println(line);
                out.flush();
            }, timings);
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
