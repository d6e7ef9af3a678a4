/**
 * The command line (picocli): {@code dateline build} and its options, {@code check} (the same
 * reading and planning, nothing written), {@code serve} and {@code new}. Exit codes: 0 built, 1 content
 * or template problems, 2 bad usage.
 */
package org.dateline.cli;
