package org.dateline.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A command's help, as {@code --help} prints it: usage, description, options, commands, exit codes. */
final class HelpText {

    static final int WIDTH = 80;

    private static final Option HELP = Option.flag("--help", "Show this help message and exit.");
    private static final Option VERSION = Option.flag("--version", "Print version information and exit.");

    private HelpText() {
    }

    static String of(Command command) {
        StringBuilder out = new StringBuilder();
        out.append(usage(command)).append('\n');
        for (String paragraph : command.description()) {
            wrap(paragraph, 0, 0, out);
        }
        out.append('\n');
        List<String[]> rows = new ArrayList<>();
        for (Option parameter : command.parameters()) {
            rows.add(new String[] {"      " + parameter.label(), parameter.help()});
        }
        List<Option> options = new ArrayList<>(command.options().stream()
                .filter(option -> option.name().startsWith("--") && !option.hidden()).toList());
        options.add(HELP);
        options.add(VERSION);
        options.sort(Comparator.comparing(option -> option.name().substring(2)));
        for (Option option : options) {
            String shortName = option == HELP ? "  -h, " : option == VERSION ? "  -V, " : "      ";
            rows.add(new String[] {shortName + option.name() + (option.isFlag() ? "" : "=" + option.label()), option.help()});
        }
        table(rows, out);
        if (!command.subcommands().isEmpty()) {
            out.append("\nCommands:\n");
            List<String[]> commands = new ArrayList<>();
            for (Command subcommand : command.subcommands()) {
                commands.add(new String[] {"  " + subcommand.name(), subcommand.summary()});
            }
            table(commands, out);
        }
        if (!command.exitCodes().isEmpty()) {
            out.append("\nExit codes:\n");
            for (String code : command.exitCodes()) {
                int colon = code.indexOf(':');
                wrap(code.substring(colon + 1), 6, 6, out.append("  ").append(code, 0, colon)
                        .append(" ".repeat(Math.max(1, 4 - colon))));
            }
        }
        return out.toString();
    }

    /** {@code Usage: dateline new [OPTIONS] --title=TITLE SECTION/SLUG}. */
    static String usage(Command command) {
        StringBuilder line = new StringBuilder("Usage: ").append(command.path()).append(" [OPTIONS]");
        for (Option option : command.options()) {
            if (option.required() && option.name().startsWith("--")) {
                line.append(' ').append(option.name()).append('=').append(option.label());
            }
        }
        for (Option parameter : command.parameters()) {
            line.append(' ').append(parameter.required() ? parameter.label() : "[" + parameter.label() + "]");
        }
        if (!command.subcommands().isEmpty()) {
            line.append(" COMMAND");
        }
        return line.toString();
    }

    /** Two columns: the names, then the text wrapped beside them, all texts starting in one column. */
    private static void table(List<String[]> rows, StringBuilder out) {
        int column = 0;
        for (String[] row : rows) {
            column = Math.max(column, row[0].length() + 3);
        }
        for (String[] row : rows) {
            out.append(row[0]).append(" ".repeat(column - row[0].length()));
            wrap(row[1], column, column + 2, out);
        }
    }

    /**
     * Appends {@code text} in lines of at most {@link #WIDTH} characters, breaking at spaces: the first
     * line continues what {@code out} holds at column {@code first}, the others start at {@code rest}.
     */
    static void wrap(String text, int first, int rest, StringBuilder out) {
        int column = first;
        boolean lineEmpty = true;
        for (String word : text.split(" ")) {
            if (!lineEmpty && column + 1 + word.length() > WIDTH) {
                out.append('\n').append(" ".repeat(rest));
                column = rest;
                lineEmpty = true;
            }
            if (!lineEmpty) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
            lineEmpty = false;
        }
        out.append('\n');
    }
}
