package org.dateline.pipeline;

/**
 * Where a build says how far it has got: the phase it is in and how much of it is done. Called from
 * many threads at once.
 */
public interface Progress {

    /** Says nothing: tests, CI, output that is not a terminal. */
    Progress SILENT = new Progress() {
        @Override
        public void phase(String name, int total) {
        }

        @Override
        public void advance() {
        }

        @Override
        public void done() {
        }
    };

    /** A new phase of {@code total} steps begins. */
    void phase(String name, int total);

    /** One more step of the current phase is done. */
    void advance();

    /**
     * The new site is in the output folder: what the build does after this (saving its cache)
     * changes nothing a reader of the site sees. A preview reloads its pages here.
     */
    default void committed() {
    }

    /** The build is over, however it ended. */
    void done();
}
