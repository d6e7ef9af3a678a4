/**
 * Fast paths past Flexmark for the bodies most news archives are made of: {@code PlainParagraphs}
 * reads a body of nothing but plain paragraphs (its quotes paired by {@code Quotes} as Flexmark's
 * delimiter stack pairs them), and {@code ProseHtml} writes the HTML of a parsed body of prose
 * without the renderer's machinery. Each gives exactly Flexmark's bytes or declines. One switch
 * turns them all off ({@code new Markdown(unsafeHtml, false)}; {@code dateline build
 * --no-fast-paths}), so a Flexmark upgrade is checked by building with and without them and
 * comparing the sites byte for byte.
 */
package org.dateline.parse.fast;
