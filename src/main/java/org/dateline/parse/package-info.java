/**
 * Pure readers: text in, an {@link org.dateline.model.Article} (or problems naming file and line)
 * out. Front matter, Markdown, plain-text wire copy, dates and slugs. No files, clocks or globals:
 * the caller hands in the text, the path it came from and the site's time zone.
 */
package org.dateline.parse;
