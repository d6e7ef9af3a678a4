package org.dateline.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.text.Nearest;

/**
 * Reads a command line: the words that choose the command, then its options ({@code --name value},
 * {@code --name=value}, flags) and positional parameters, in any order; {@code --} ends the options.
 */
final class ArgumentParser {

    /** What the line asks for: a command to run, or its help, or the version. */
    record Parsed(Command command, Arguments arguments, boolean help, boolean version) {
    }

    private ArgumentParser() {
    }

    static Parsed parse(Command root, List<String> args) {
        Command command = root;
        int i = 0;
        while (i < args.size() && !command.subcommands().isEmpty() && !args.get(i).startsWith("-")) {
            Command chosen = command.subcommand(args.get(i));
            if (chosen == null) {
                throw unknownCommand(command, args.get(i));
            }
            command = chosen;
            i++;
        }
        return options(command, args.subList(i, args.size()));
    }

    private static Parsed options(Command command, List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> flags = new HashSet<>();
        List<Option> parameters = command.parameters();
        int nextParameter = 0;
        boolean help = false;
        boolean version = false;
        boolean onlyParameters = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!onlyParameters && arg.equals("--")) {
                onlyParameters = true;
            } else if (!onlyParameters && (arg.equals("-h") || arg.equals("--help"))) {
                help = true;
            } else if (!onlyParameters && (arg.equals("-V") || arg.equals("--version"))) {
                version = true;
            } else if (!onlyParameters && arg.startsWith("-") && arg.length() > 1) {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                Option option = command.option(name);
                if (option == null || !name.startsWith("--")) {
                    throw unknownOption(command, name);
                }
                if (option.isFlag()) {
                    if (equals >= 0) {
                        throw new BadUsage(name + " is on or off and takes no value, not '" + arg.substring(equals + 1) + "'",
                                "Give " + name + " alone to turn it on. " + command.seeHelp());
                    }
                    flags.add(name);
                } else if (equals >= 0) {
                    values.put(name, arg.substring(equals + 1));
                } else if (i + 1 < args.size()) {
                    values.put(name, args.get(++i));
                } else {
                    throw new BadUsage(name + " needs a value: " + name + " " + option.label(), option.help());
                }
            } else if (nextParameter < parameters.size()) {
                values.put(parameters.get(nextParameter++).name(), arg);
            } else {
                throw new BadUsage("'" + command.path() + "' does not take '" + arg + "'",
                        (parameters.isEmpty() ? "It takes options only, each starting with --. "
                                : "It takes " + labels(parameters) + ", then options. ")
                        + command.seeHelp());
            }
        }
        if (!help && !version) {
            for (Option option : command.options()) {
                if (option.required() && !values.containsKey(option.name())) {
                    throw missing(command, option);
                }
            }
        }
        return new Parsed(command, new Arguments(command, values, flags), help, version);
    }

    private static BadUsage unknownCommand(Command command, String name) {
        List<String> names = command.subcommands().stream().map(Command::name).toList();
        String nearest = Nearest.of(name, names);
        return new BadUsage("'" + command.path() + "' has no command '" + name + "'",
                (nearest == null ? "" : "Did you mean '" + command.path() + " " + nearest + "'? ")
                        + "The commands: " + String.join(", ", names) + ". " + command.seeHelp());
    }

    private static BadUsage unknownOption(Command command, String name) {
        List<String> names = new ArrayList<>();
        for (Option option : command.options()) {
            if (option.name().startsWith("--") && !option.hidden()) {
                names.add(option.name());
            }
        }
        String nearest = Nearest.of(name, names);
        String hint = nearest != null ? "Did you mean " + nearest + "? " + command.seeHelp()
                : names.isEmpty() ? command.seeHelp()
                : "Its options: " + String.join(", ", names) + ". " + command.seeHelp();
        return new BadUsage("Unknown option: '" + name + "' ('" + command.path() + "' has no such option)", hint);
    }

    private static BadUsage missing(Command command, Option option) {
        if (option.name().startsWith("--")) {
            return new BadUsage("'" + command.path() + "' needs " + option.name() + " " + option.label(),
                    option.help() + " " + command.seeHelp());
        }
        return new BadUsage("'" + command.path() + "' needs " + option.label() + ": " + option.help(),
                "For example: " + command.path() + " " + example(command) + ". " + command.seeHelp());
    }

    private static String example(Command command) {
        StringBuilder line = new StringBuilder();
        for (Option option : command.options()) {
            if (option.required()) {
                line.append(line.length() == 0 ? "" : " ")
                        .append(option.name().startsWith("--") ? option.name() + " " + option.label() : option.label());
            }
        }
        return line.toString();
    }

    private static String labels(List<Option> parameters) {
        return String.join(" ", parameters.stream().map(Option::label).toList());
    }
}
