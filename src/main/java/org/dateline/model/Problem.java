package org.dateline.model;

/**
 * One thing wrong with the input, told the way a person can act on it.
 *
 * @param file the file concerned, as the user would type it (relative to the project), or empty
 * @param line the 1-based line, or 0 when no single line is to blame
 * @param column the 1-based column in that line, or 0 when no single place in it is to blame
 * @param message what is wrong
 * @param hint what to do about it, or empty
 */
public record Problem(String file, int line, int column, String message, String hint) {

    public Problem {
        file = file == null ? "" : file;
        hint = hint == null ? "" : hint;
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or positive: " + line);
        }
        if (column < 0) {
            throw new IllegalArgumentException("column must be 0 or positive: " + column);
        }
        if (line == 0) {
            column = 0;
        }
    }

    public Problem(String file, int line, String message, String hint) {
        this(file, line, 0, message, hint);
    }

    public static Problem at(String file, int line, String message, String hint) {
        return new Problem(file, line, message, hint);
    }

    public static Problem inFile(String file, String message, String hint) {
        return new Problem(file, 0, message, hint);
    }

    public static Problem at(String file, int line, int column, String message, String hint) {
        return new Problem(file, line, column, message, hint);
    }

    /** {@code file:line:column: message} (as much of the place as is known) and, on the next line, the hint; the form compilers use, so editors can jump to it. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        if (!file.isEmpty()) {
            out.append(file);
            if (line > 0) {
                out.append(':').append(line);
            }
            if (column > 0) {
                out.append(':').append(column);
            }
            out.append(": ");
        }
        out.append(message);
        if (!hint.isEmpty()) {
            out.append("\n    ").append(hint);
        }
        return out.toString();
    }
}
