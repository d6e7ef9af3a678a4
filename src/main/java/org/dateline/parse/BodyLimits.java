package org.dateline.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;

/**
 * Bounds on a Markdown body that no article comes near, checked so that hostile text is a problem of
 * its file and line rather than a stack overflow, and the same problem on every machine. Flexmark
 * tries each line as a rule ({@code ***}) with a regular expression that recurses once a mark: a
 * few thousand marks in a row overflow the stack. And Flexmark's renderer, like the text collector
 * here, walks quotes, lists and emphasis inside one another by recursion.
 */
final class BodyLimits {

    /** '*', '-' or '_' in a row, spaces between them allowed: a rule needs three. */
    static final int MAX_RUN = 300;

    /** Quotes, lists, emphasis and links inside one another. */
    static final int MAX_DEPTH = 100;

    private BodyLimits() {
    }

    /**
     * Refuses a run of more than {@link #MAX_RUN} rule marks, before Flexmark reads the body.
     *
     * @param firstLine the file line the body starts on
     */
    static void checkRuns(String body, String file, int firstLine) throws ProblemException {
        char mark = 0;
        int run = 0;
        int line = firstLine;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '*' || c == '-' || c == '_') {
                run = c == mark ? run + 1 : 1;
                mark = c;
                if (run > MAX_RUN) {
                    throw new ProblemException(Problem.at(file, line, "the line holds more than " + MAX_RUN + " '" + c
                                    + "' in a row, more than Dateline reads",
                            "Three '*', '-' or '_' on a line of their own draw a rule: shorten the run."));
                }
            } else if (c != ' ' && c != '\t') {
                mark = 0;
                run = 0;
                if (c == '\n') {
                    line++;
                }
            }
        }
    }

    /**
     * Refuses a body whose quotes, lists, emphasis or links nest more than {@link #MAX_DEPTH} levels,
     * before anything walks it by recursion; walked here without.
     *
     * @param firstLine the file line the body starts on
     */
    static void checkDepth(Document document, String file, int firstLine) throws ProblemException {
        ArrayDeque<Node> nodes = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                throw new ProblemException(Problem.at(file, firstLine + node.getLineNumber(),
                        "the text nests quotes, lists, links or emphasis more than " + MAX_DEPTH
                                + " levels inside one another, more than Dateline reads",
                        "Look for a run of '>', '*', '_' or '[' that an editor or a script repeated: no article"
                                + " needs more than a few levels."));
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
    }
}
