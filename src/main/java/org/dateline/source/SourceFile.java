package org.dateline.source;

import java.nio.file.Path;
import org.dateline.model.SourceFormat;

/**
 * A file found under the content folder.
 *
 * @param path where it is on disk
 * @param relativePath its path under the content folder, with {@code /} separators
 * @param displayName how problems name it (relative to where the build was started)
 * @param format the article format, or null for an asset copied as it is
 * @param size its size in bytes when the folder was walked
 * @param modified its modification time then, in milliseconds: with the size, what tells a rebuild
 *     that a file is the one it read last time, without asking the file system twice
 */
public record SourceFile(Path path, String relativePath, String displayName, SourceFormat format, long size,
                         long modified) {

    public boolean isArticle() {
        return format != null;
    }
}
