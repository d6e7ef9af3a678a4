package org.dateline.model;

/** How an article's text is written. */
public enum SourceFormat {
    /** Markdown with optional YAML front matter. */
    MARKDOWN,
    /** Plain-text wire copy: headline on the first line, blank-line separated paragraphs. */
    WIRE,
    /** IPTC NITF: an {@code .xml} file whose root element is {@code <nitf>}. */
    NITF,
    /** IPTC NewsML-G2: an {@code .xml} file holding a {@code <newsItem>}. */
    NEWSML_G2
}
