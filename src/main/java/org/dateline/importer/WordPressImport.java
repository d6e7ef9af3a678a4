package org.dateline.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.source.SourceReader;

/** {@code dateline import wordpress}: reads the export, then writes each post's article, never over an existing file. */
public final class WordPressImport {

    /**
     * What an import did.
     *
     * @param written the files written, under the content folder
     * @param kept the files that already existed and were left as they were
     * @param drafts how many of those written are drafts
     * @param notes what the person importing should know
     */
    public record Report(List<String> written, List<String> kept, int drafts, List<String> notes) {
    }

    private WordPressImport() {
    }

    /**
     * @param export the WXR file
     * @param shownAs its name as messages show it
     * @param content the content folder to write into
     */
    public static Report run(Path export, String shownAs, Path content) throws ProblemException, IOException {
        String text;
        try {
            text = SourceReader.decode(Files.readAllBytes(export), shownAs);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ProblemException(Problem.inFile(shownAs, "there is no such file",
                    "Give the path of the .xml file WordPress exported (Tools → Export)."));
        }
        PostFiles.Plan plan = PostFiles.plan(WxrReader.read(text, shownAs));
        List<String> written = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        int drafts = 0;
        for (PostFile post : plan.files()) {
            Path file = content.resolve(post.path());
            Files.createDirectories(file.getParent());
            try {
                Files.writeString(file, post.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                written.add(post.path());
                drafts += post.draft() ? 1 : 0;
            } catch (FileAlreadyExistsException e) {
                kept.add(post.path());
            }
        }
        return new Report(written, kept, drafts, plan.notes());
    }
}
