/**
 * The command line: {@code dateline build} and its options, {@code check} (the same reading and
 * planning, nothing written), {@code serve}, {@code new} and {@code import}. Each command is a
 * {@link org.dateline.cli.Command}: its options, its help and what it does; {@code ArgumentParser}
 * reads a line against them and {@code HelpText} prints them. Exit codes: 0 built, 1 content or
 * template problems, 2 bad usage.
 */
package org.dateline.cli;
