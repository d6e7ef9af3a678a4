/**
 * Pure readers: text in, an {@link org.dateline.model.Article} (or problems naming file and line)
 * out. Front matter, Markdown, plain-text wire copy and dates. No files, clocks or globals:
 * the caller hands in the text, the path it came from and the site's time zone. The common shapes
 * of front matter and dates are read by small exact readers ({@code SimpleYaml},
 * {@code DateParser}'s common forms) that hand anything else to the full YAML parser and the date
 * formatters, and are tested against them. Markdown bodies go the same way: one made only of
 * plain paragraphs is read by the fast paths of {@link org.dateline.parse.fast}, any other through
 * Flexmark; either is a {@code MarkdownBody}, and the tests hold the fast readers to Flexmark's
 * output on random bodies. Archives from other generators are read as they are: Hugo's TOML
 * ({@code TomlFrontMatter}) and JSON front matter, Jekyll's posts ({@code JekyllPost}), their keys
 * ({@code GeneratorKeys}), Liquid tags and shortcodes ({@code GeneratorTags}) and the freer dates
 * Jekyll reads ({@code FreeFormDate}); {@code SourceFacts} says what was found, for
 * {@code dateline check}.
 */
package org.dateline.parse;
