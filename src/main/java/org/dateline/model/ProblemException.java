package org.dateline.model;

import java.util.List;

/** Thrown where a stage cannot go on; carries every problem found so far, so all are reported together. */
public final class ProblemException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public ProblemException(List<Problem> problems) {
        super(problems.size() == 1 ? problems.get(0).describe() : problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    public ProblemException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
