package org.dateline.output;

import java.io.IOException;

/** The output folder cannot be used; {@link #hint()} says what to do instead. */
public final class OutputFolderException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String hint;

    public OutputFolderException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
