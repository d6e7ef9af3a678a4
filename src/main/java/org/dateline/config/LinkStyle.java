package org.dateline.config;

/** How links between pages are written. */
public enum LinkStyle {
    /** {@code world/some-story/}: clean URLs for a web server. */
    PRETTY,
    /** {@code world/some-story/index.html}: browsable straight from disk, no server needed. */
    FILES
}
