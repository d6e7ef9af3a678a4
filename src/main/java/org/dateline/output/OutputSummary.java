package org.dateline.output;

/** What committing a build did to the output folder. */
public record OutputSummary(int written, int unchanged, int removed) {
}
