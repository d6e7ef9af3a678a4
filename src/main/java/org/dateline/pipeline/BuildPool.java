package org.dateline.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

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
        return start(task).join();
    }

    /**
     * Starts {@code task} in the pool, for the caller to give the pool other work meanwhile and
     * {@linkplain Started#join join} it later.
     */
    <T> Started<T> start(Callable<T> task) {
        return new Started<>(pool.submit(task));
    }

    /** A task started in the pool. */
    static final class Started<T> {
        private final Future<T> future;

        private Started(Future<T> future) {
            this.future = future;
        }

        /** Waits for the task to end, however it ends, for a caller that is already failing. */
        void await() {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the caller's own failure is the one to report
            }
        }

        /** Waits for the task; its failure comes back as {@link BuildPool} says. */
        T join() throws IOException {
            try {
                return future.get();
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
