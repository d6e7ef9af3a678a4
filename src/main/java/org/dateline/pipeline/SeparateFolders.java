package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.source.ContentWalker;

/**
 * Keeps the content and the output folders apart. A site written inside the content folder is
 * read back as content on the next build (its pages copied as files, its folders taken for
 * sections); content inside the output folder is deleted with the files the build does not
 * produce. Both are refused before anything is written. Folders are compared as the file system
 * resolves them, so a symbolic link or a {@code ..} does not hide one inside the other.
 */
final class SeparateFolders {

    private SeparateFolders() {
    }

    /**
     * @throws UsageException when one of the two folders is, or is inside, the other
     */
    static void check(BuildOptions options) throws UsageException {
        Path base = options.projectDir().toAbsolutePath().normalize();
        Path content = resolved(options.contentDir());
        Path output = resolved(options.outputDir());
        String contentName = ContentWalker.display(base, options.contentDir());
        String outputName = ContentWalker.display(base, options.outputDir());
        if (content.equals(output)) {
            throw new UsageException("the output folder " + outputName + " is the content folder",
                    "The output folder belongs to Dateline, which removes the files it does not write: your articles"
                            + " with them. Pass another --output, e.g. 'site' beside the content folder.");
        }
        if (output.startsWith(content)) {
            throw new UsageException("the output folder " + outputName + " is inside the content folder " + contentName,
                    "The next build would read the site it wrote as articles and files to copy. Pass an --output"
                            + " outside " + contentName + ", e.g. 'site' beside it.");
        }
        if (content.startsWith(output)) {
            throw new UsageException("the content folder " + contentName + " is inside the output folder " + outputName,
                    "The output folder belongs to Dateline, which removes the files it does not write: your articles"
                            + " with them. Pass an --output outside " + contentName + ".");
        }
    }

    /**
     * The folder with every symbolic link resolved: the real path of the part that exists, and the
     * rest as written (an output folder is made by the first build).
     */
    private static Path resolved(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
