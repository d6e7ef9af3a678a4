package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.model.SectionIndex;
import org.dateline.parse.SectionIndexReader;
import org.dateline.source.SourceFile;
import org.dateline.source.SourceReader;

/**
 * Reads the content folder's {@code _index.md} files, one for each folder: {@code _index.md} when a
 * folder has it beside {@code _index.en.md} and others, else the first of those by name. They are
 * few and small, so every build reads them afresh, not through the cache.
 */
final class SectionIndexes {

    private SectionIndexes() {
    }

    /** The indexes, in path order; what is wrong with any of them goes to {@code problems}. */
    static List<SectionIndex> read(List<SourceFile> files, SectionIndexReader reader, List<Problem> problems) {
        Map<String, SourceFile> byFolder = new LinkedHashMap<>();
        for (SourceFile file : files.stream().sorted(Comparator.comparing(SectionIndexes::preference)).toList()) {
            byFolder.putIfAbsent(folderOf(file.relativePath()), file);
        }
        List<SectionIndex> indexes = new ArrayList<>();
        for (SourceFile file : byFolder.values()) {
            try {
                String text = SourceReader.decode(SourceReader.readBytes(file), file.displayName());
                indexes.add(reader.read(file.relativePath(), file.displayName(), text));
            } catch (ProblemException e) {
                problems.addAll(e.problems());
            }
        }
        indexes.sort(Comparator.comparing(SectionIndex::sourcePath));
        return indexes;
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The folder, then the plain {@code _index.md} before the ones in a language, then the name. */
    private static String preference(SourceFile file) {
        String path = file.relativePath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        boolean plain = name.equalsIgnoreCase("_index.md") || name.equalsIgnoreCase("_index.markdown");
        return folderOf(path) + "/" + (plain ? "0" : "1") + name;
    }
}
