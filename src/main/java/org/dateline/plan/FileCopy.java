package org.dateline.plan;

import java.nio.file.Path;

/**
 * A file copied into the site as it is: an image beside an article, or a theme's static file.
 *
 * @param outputPath where it goes in the site, with {@code /} separators
 * @param source where it comes from
 * @param origin how problems name it
 */
public record FileCopy(String outputPath, Path source, String origin) {
}
