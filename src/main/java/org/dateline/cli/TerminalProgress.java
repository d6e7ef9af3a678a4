package org.dateline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.pipeline.Progress;

/**
 * A progress bar on the terminal, for builds that last: nothing for the first second, then one line
 * redrawn five times a second, cleared when the build ends.
 */
final class TerminalProgress implements Progress {

    static final int WIDTH = 30;

    private final PrintWriter out;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dateline-progress");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger done = new AtomicInteger();
    private volatile String phase = "";
    private volatile int total;
    private volatile boolean drawn;

    TerminalProgress(PrintWriter out) {
        this.out = out;
        ticker.scheduleAtFixedRate(this::draw, 1000, 200, TimeUnit.MILLISECONDS);
    }

    /** A bar when standard error is a terminal and no CI runs the build; else silence. */
    static Progress forConsole(PrintWriter err) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return terminal ? new TerminalProgress(err) : Progress.SILENT;
    }

    @Override
    public void phase(String name, int steps) {
        phase = name;
        total = steps;
        done.set(0);
    }

    @Override
    public void advance() {
        done.incrementAndGet();
    }

    @Override
    public void done() {
        ticker.shutdownNow();
        if (drawn) {
            synchronized (out) {
                out.print("\r" + " ".repeat(WIDTH + 40) + "\r");
                out.flush();
            }
        }
    }

    private void draw() {
        int steps = total;
        int now = Math.min(done.get(), steps);
        int filled = steps == 0 ? WIDTH : (int) ((long) now * WIDTH / steps);
        synchronized (out) {
            out.print(String.format(Locale.ROOT, "\r[%s%s] %-7s %,d/%,d ", "#".repeat(filled), ".".repeat(WIDTH - filled),
                    phase, now, steps));
            out.flush();
        }
        drawn = true;
    }
}
