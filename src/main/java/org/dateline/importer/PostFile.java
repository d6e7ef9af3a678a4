package org.dateline.importer;

/**
 * One article the import writes.
 *
 * @param path where it goes under the content folder, with {@code /} separators
 * @param text the Markdown file: front matter and body
 * @param draft whether it is written as a draft
 * @param attachments how many attachments it lists
 */
record PostFile(String path, String text, boolean draft, int attachments) {
}
