package org.dateline.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/**
 * {@code dateline}: the entry point of the jar. It reads the command line itself: a library for it
 * took a tenth of a second to start, a tenth of a small archive's whole build.
 */
public final class Main {

    private static final List<String> EXIT_CODES =
            List.of("0:built", "1:content or template problems (listed on standard error)", "2:bad usage");

    private static final Command HELP = new Command("dateline help",
            List.of("Shows the help of a command: 'dateline help build'."),
            List.of(new Option("COMMAND", "COMMAND", "The command whose help to show.", null, false, false)),
            List.of(), List.of(), null);

    static final Command ROOT = new Command("dateline",
            List.of("Dateline builds a static website from a folder of news articles."),
            List.of(), EXIT_CODES,
            List.of(BuildCommand.COMMAND, CheckCommand.COMMAND, ServeCommand.COMMAND, NewCommand.COMMAND,
                    ImportCommand.COMMAND, HELP),
            (arguments, out, err) -> {
                throw new BadUsage("Name a command, e.g. 'dateline build'.", Main.commands());
            });

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            ArgumentParser.Parsed parsed = ArgumentParser.parse(ROOT, Arrays.asList(args));
            Command command = parsed.command();
            if (parsed.help()) {
                out.print(HelpText.of(command));
                return 0;
            }
            if (parsed.version()) {
                out.println(version());
                return 0;
            }
            if (command == HELP) {
                return help(parsed.arguments().value("COMMAND"), out);
            }
            return command.action().run(parsed.arguments(), out, err);
        } catch (BadUsage e) {
            StringBuilder message = new StringBuilder("error: ").append(e.getMessage()).append('\n').append("    ");
            HelpText.wrap(e.hint(), 4, 4, message);
            err.print(message);
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int help(String name, PrintWriter out) {
        Command command = name == null ? ROOT : ROOT.subcommand(name);
        if (command == null) {
            throw new BadUsage("'dateline' has no command '" + name + "'", commands());
        }
        out.print(HelpText.of(command));
        return 0;
    }

    private static String commands() {
        return "The commands: " + String.join(", ", ROOT.subcommands().stream().map(Command::name).toList())
                + ". See 'dateline --help'.";
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return "Dateline " + (version == null ? "(development build)" : version);
    }
}
