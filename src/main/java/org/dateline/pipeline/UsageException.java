package org.dateline.pipeline;

/** The build was asked for something impossible (a missing folder, a folder it must not write to). */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String hint;

    public UsageException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
