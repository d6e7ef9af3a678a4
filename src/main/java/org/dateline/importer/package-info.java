/**
 * Imports from other systems into {@code content/}: a WordPress export (WXR) becomes one Markdown
 * article with front matter per post. Reading the export and making each article's text are pure
 * ({@code WxrReader}, {@code PostFiles}); only {@code WordPressImport} touches files, and it never
 * overwrites one.
 */
package org.dateline.importer;
