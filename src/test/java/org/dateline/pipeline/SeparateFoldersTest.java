package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeparateFoldersTest {

    @TempDir
    Path dir;

    private BuildOptions options(String content, String output) throws IOException {
        Files.createDirectories(dir.resolve(content));
        return BuildOptions.forProject(dir).withContent(dir.resolve(content)).withOutput(dir.resolve(output));
    }

    private UsageException refused(String content, String output) throws IOException {
        BuildOptions options = options(content, output);
        UsageException refused = catchThrowableOfType(UsageException.class, () -> SeparateFolders.check(options));
        assertThat(refused).as("--content %s --output %s is refused", content, output).isNotNull();
        return refused;
    }

    @Test
    void foldersSideBySideOrNamedAlikeAreFine() throws Exception {
        SeparateFolders.check(options("content", "site"));
        SeparateFolders.check(options("content", "content-site"));
        SeparateFolders.check(options("articles/content", "articles/site"));
    }

    @Test
    void anOutputFolderInsideTheContentIsRefusedBeforeItExists() throws Exception {
        UsageException refused = refused("content", "content/site");

        assertThat(refused.getMessage()).isEqualTo("the output folder content/site is inside the content folder content");
        assertThat(refused.hint()).contains("would read the site it wrote as articles").contains("outside content");
        assertThat(dir.resolve("content/site")).doesNotExist();
        assertThat(refused("content", "content/a/b/../site").getMessage()).contains("is inside the content folder");
    }

    @Test
    void theContentFolderAsOutputIsRefused() throws Exception {
        UsageException refused = refused("content", "content/.");

        assertThat(refused.getMessage()).isEqualTo("the output folder content is the content folder");
        assertThat(refused.hint()).contains("removes the files it does not write: your articles with them");
    }

    @Test
    void contentInsideTheOutputFolderIsRefused() throws Exception {
        UsageException refused = refused("site/articles", "site");

        assertThat(refused.getMessage()).isEqualTo("the content folder site/articles is inside the output folder site");
        assertThat(refused.hint()).contains("your articles with them");
        assertThat(refused(".", "..").getMessage()).contains("is inside the output folder");
    }

    @Test
    void aSymbolicLinkDoesNotHideTheOutputInsideTheContent() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        try {
            Files.createSymbolicLink(dir.resolve("elsewhere"), dir.resolve("content"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links cannot be made here: " + e);
        }

        assertThat(refused("content", "elsewhere/site").getMessage())
                .isEqualTo("the output folder elsewhere/site is inside the content folder content");
    }
}
