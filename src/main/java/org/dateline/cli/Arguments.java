package org.dateline.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** What a command line gave a command: the flags that were set, and each option's value or default. */
final class Arguments {

    private final Command command;
    private final Map<String, String> values;
    private final Set<String> flags;

    Arguments(Command command, Map<String, String> values, Set<String> flags) {
        this.command = command;
        this.values = Map.copyOf(values);
        this.flags = Set.copyOf(flags);
    }

    /** Whether the flag {@code name} was given. */
    boolean flag(String name) {
        known(name);
        return flags.contains(name);
    }

    /** The value given for {@code name}, else its default; null when it has neither. */
    String value(String name) {
        Option option = known(name);
        String value = values.get(name);
        return value != null ? value : option.defaultValue();
    }

    Path path(String name) {
        String value = value(name);
        return value == null ? null : Path.of(value);
    }

    /** The whole number given for {@code name}; null when none was given. */
    Integer integer(String name) {
        String value = value(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new BadUsage(name + " takes a whole number, not '" + value + "'",
                    "For example " + name + " 4. " + command.seeHelp());
        }
    }

    Command command() {
        return command;
    }

    private Option known(String name) {
        Option option = command.option(name);
        if (option == null) {
            // A mistake in Dateline's own code, not in the command line.
            throw new IllegalArgumentException("'" + command.path() + "' has no option " + name);
        }
        return option;
    }
}
