package org.dateline.parse;

import org.dateline.model.Problem;
import org.dateline.model.ProblemException;

/**
 * Separates YAML front matter from the Markdown body. Front matter opens with a {@code ---} line at
 * the very top and closes with the next {@code ---} (or YAML's {@code ...}) line; a file not starting
 * with {@code ---} has none. Expects {@code \n} line ends (the source reader normalises them).
 */
public final class FrontMatterSplitter {

    private FrontMatterSplitter() {
    }

    public static FrontMatter split(String text, String file) throws ProblemException {
        if (text.startsWith("+++")) {
            throw new ProblemException(Problem.at(file, 1, "front matter in TOML ('+++') is not supported",
                    "Rewrite it as YAML between '---' lines: 'title = \"X\"' becomes 'title: \"X\"'."));
        }
        if (!isFence(text, 0)) {
            return new FrontMatter("", 0, text, 1);
        }
        if (text.indexOf('\n') < 0) {
            throw unclosed(file); // the opening line is the whole file: it cannot close itself too
        }
        int yamlStart = text.indexOf('\n') + 1;
        int line = 2;
        int pos = yamlStart;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            int lineEnd = end < 0 ? text.length() : end;
            String current = text.substring(pos, lineEnd).stripTrailing();
            if (current.equals("---") || current.equals("...")) {
                String yaml = text.substring(yamlStart, pos);
                int bodyStart = end < 0 ? text.length() : end + 1;
                return new FrontMatter(yaml, 2, text.substring(bodyStart), line + 1);
            }
            pos = lineEnd + 1;
            line++;
        }
        throw unclosed(file);
    }

    private static ProblemException unclosed(String file) {
        return new ProblemException(Problem.at(file, 1, "the front matter opened on line 1 is never closed",
                "Add a line holding only '---' after the last 'key: value' line."));
    }

    private static boolean isFence(String text, int pos) {
        if (!text.startsWith("---", pos)) {
            return false;
        }
        int end = text.indexOf('\n', pos);
        String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
        return line.stripTrailing().equals("---");
    }
}
