package org.dateline.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dateline}: the entry point of the jar. */
@Command(name = "dateline",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Dateline builds a static website from a folder of news articles.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, ImportCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:built", "1:content or template problems (listed on standard error)", "2:bad usage"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command, e.g. 'dateline build'.");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"Dateline " + (version == null ? "(development build)" : version)};
        }
    }
}
