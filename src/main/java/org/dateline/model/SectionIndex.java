package org.dateline.model;

/**
 * What Hugo's {@code _index.md} of a section folder says about the section: its display name and
 * the sentence that describes it. The one at the top of the content folder is the home page's.
 *
 * @param sourcePath the file, relative to the content folder, with {@code /} separators
 * @param slug the URL part of the section it belongs to (its folder's), or empty for the home page's
 * @param title the section's display name, or empty to keep the one made from the folder's name
 * @param description one sentence about the section, or empty
 */
public record SectionIndex(String sourcePath, String slug, String title, String description) {
}
