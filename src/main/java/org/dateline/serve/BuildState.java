package org.dateline.serve;

import java.util.List;
import org.dateline.model.Problem;

/**
 * What the last build said: nothing (it worked) or its problems, which the preview shows in place
 * of pages until a build works again.
 */
record BuildState(List<Problem> problems, String summary) {

    BuildState {
        problems = List.copyOf(problems);
    }

    boolean failed() {
        return !problems.isEmpty();
    }
}
