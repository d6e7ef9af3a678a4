package org.dateline.cli;

/**
 * A command line that cannot be run as given: an unknown option, a value missing or malformed. Exit
 * code 2; the message says what is wrong, the hint what to type instead.
 */
final class BadUsage extends RuntimeException {

    private final String hint;

    BadUsage(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    String hint() {
        return hint;
    }
}
