package org.dateline.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** How long each phase of a build took, for {@code --timings}: each mark closes the phase since the last. */
final class PhaseTimer {

    private final Map<String, Duration> phases = new LinkedHashMap<>();
    private long last;

    /** @param start when the first phase began ({@link System#nanoTime}) */
    PhaseTimer(long start) {
        last = start;
    }

    void mark(String phase) {
        long now = System.nanoTime();
        phases.merge(phase, Duration.ofNanos(now - last), Duration::plus);
        last = now;
    }

    Map<String, Duration> phases() {
        return phases;
    }
}
