package org.dateline.parse;

import org.dateline.model.Problem;
import org.dateline.model.ProblemException;

/**
 * Separates front matter from the Markdown body. YAML front matter opens with a {@code ---} line at
 * the very top and closes with the next {@code ---} (or YAML's {@code ...}) line; Hugo's TOML is
 * between {@code +++} lines, its JSON an object that starts the file. A file starting otherwise has
 * none. Expects {@code \n} line ends (the source reader normalises them).
 */
public final class FrontMatterSplitter {

    private FrontMatterSplitter() {
    }

    public static FrontMatter split(String text, String file) throws ProblemException {
        if (isFence(text, 0, "+++")) {
            return fenced(text, file, "+++", FrontMatter.Kind.TOML);
        }
        if (text.startsWith("{\n") || text.startsWith("{\"") || text.startsWith("{ \"")) {
            return json(text, file);
        }
        if (!isFence(text, 0, "---")) {
            return new FrontMatter("", 0, text, 1);
        }
        return fenced(text, file, "---", FrontMatter.Kind.YAML);
    }

    /** Front matter between two {@code fence} lines (YAML may also close with {@code ...}). */
    private static FrontMatter fenced(String text, String file, String fence, FrontMatter.Kind kind) throws ProblemException {
        if (text.indexOf('\n') < 0) {
            throw unclosed(file, fence); // the opening line is the whole file: it cannot close itself too
        }
        int yamlStart = text.indexOf('\n') + 1;
        int line = 2;
        int pos = yamlStart;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            int lineEnd = end < 0 ? text.length() : end;
            String current = text.substring(pos, lineEnd).stripTrailing();
            if (current.equals(fence) || kind == FrontMatter.Kind.YAML && current.equals("...")) {
                String yaml = text.substring(yamlStart, pos);
                int bodyStart = end < 0 ? text.length() : end + 1;
                return new FrontMatter(yaml, 2, text.substring(bodyStart), line + 1, kind);
            }
            pos = lineEnd + 1;
            line++;
        }
        throw unclosed(file, fence);
    }

    /**
     * Hugo's JSON front matter: an object at the top of the file, up to the line that closes it
     * (a line holding only '}', as Hugo writes it).
     */
    private static FrontMatter json(String text, String file) throws ProblemException {
        int pos = 0;
        int line = 1;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            int lineEnd = end < 0 ? text.length() : end;
            if (text.substring(pos, lineEnd).stripTrailing().endsWith("}") && closesObject(text.substring(0, lineEnd))) {
                int bodyStart = end < 0 ? text.length() : end + 1;
                return new FrontMatter(text.substring(0, lineEnd), 1, text.substring(bodyStart), line + 1, FrontMatter.Kind.JSON);
            }
            pos = lineEnd + 1;
            line++;
        }
        throw new ProblemException(Problem.at(file, 1, "the JSON front matter opened on line 1 is never closed",
                "End the object with a line holding only '}', then a blank line and the text."));
    }

    /** Whether {@code json}'s braces balance, outside strings: the object that began it is closed. */
    private static boolean closesObject(String json) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return depth == 0;
    }

    private static ProblemException unclosed(String file, String fence) {
        return new ProblemException(Problem.at(file, 1, "the front matter opened on line 1 is never closed",
                "Add a line holding only '" + fence + "' after the last " + (fence.equals("+++") ? "'key = value'" : "'key: value'")
                        + " line."));
    }

    private static boolean isFence(String text, int pos, String fence) {
        if (!text.startsWith(fence, pos)) {
            return false;
        }
        int end = text.indexOf('\n', pos);
        String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
        return line.stripTrailing().equals(fence);
    }
}
