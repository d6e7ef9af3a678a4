package org.dateline.model;

/** How an article's text is written. */
public enum SourceFormat {
    /** Markdown with optional YAML front matter. */
    MARKDOWN,
    /** Plain-text wire copy: headline on the first line, blank-line separated paragraphs. */
    WIRE
}
