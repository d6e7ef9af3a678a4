package org.dateline.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * One command of the command line ({@code dateline build}), what it takes and what it does. Every
 * command also takes {@code -h}/{@code --help} and {@code -V}/{@code --version}.
 *
 * @param path        the words that name it, {@code dateline build}
 * @param description its help: the first line is the summary the list of commands shows, one whole sentence
 * @param options     its options, and its positional parameters in the order they come
 * @param exitCodes   {@code "0:built"}: each exit code and what it means, for the help
 * @param subcommands the commands under it ({@code dateline import wordpress}); most have none
 * @param action      what it does with the arguments; returns the exit code
 */
record Command(String path, List<String> description, List<Option> options, List<String> exitCodes,
               List<Command> subcommands, Action action) {

    /** What a command does: reads its arguments, writes to {@code out} and {@code err}, gives an exit code. */
    @FunctionalInterface
    interface Action {
        int run(Arguments arguments, PrintWriter out, PrintWriter err) throws Exception;
    }

    Command {
        description = List.copyOf(description);
        options = List.copyOf(options);
        exitCodes = List.copyOf(exitCodes);
        subcommands = List.copyOf(subcommands);
    }

    /** The last word of the path: {@code build}. */
    String name() {
        return path.substring(path.lastIndexOf(' ') + 1);
    }

    String summary() {
        return description.get(0);
    }

    /** The option called {@code name} ({@code --content}), or the parameter with that label; null if none. */
    Option option(String name) {
        for (Option option : options) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        return null;
    }

    List<Option> parameters() {
        return options.stream().filter(option -> !option.name().startsWith("-")).toList();
    }

    Command subcommand(String name) {
        for (Command command : subcommands) {
            if (command.name().equals(name)) {
                return command;
            }
        }
        return null;
    }

    /** Where a person who typed something wrong finds out what is right. */
    String seeHelp() {
        return "See '" + path + " --help'.";
    }
}
