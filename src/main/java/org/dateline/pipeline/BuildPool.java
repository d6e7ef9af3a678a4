package org.dateline.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * The build's threads: parallel streams run inside it take its size (the {@code --threads} option)
 * instead of the JVM's common pool. A task's I/O failure comes back as the {@link IOException} it
 * was, and an unchecked one as itself, not wrapped.
 */
final class BuildPool implements AutoCloseable {

    private final ForkJoinPool pool;

    BuildPool(int threads) {
        this.pool = new ForkJoinPool(Math.max(1, threads));
    }

    /** Runs {@code task} in the pool and waits for it. */
    <T> T call(Callable<T> task) throws IOException {
        try {
            return pool.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the build was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    /** Runs {@code task} in the pool and waits for it. */
    void run(Runnable task) throws IOException {
        call(() -> {
            task.run();
            return null;
        });
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
