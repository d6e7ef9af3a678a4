package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;
import org.dateline.config.LinkStyle;
import org.dateline.model.Problem;
import org.dateline.model.SourceFormat;
import org.dateline.parse.ArticleReader;
import org.dateline.parse.Markdown;
import org.dateline.parse.ReadResult;
import org.dateline.plan.Links;
import org.dateline.plan.SourceLinks;
import org.dateline.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the build cache may stand in for a source, and when it must not. */
class SourcePhaseTest {

    private static final String TEXT = "---\ntitle: Ferry fares frozen\n---\n\nThe board froze fares.\n";

    @TempDir
    Path dir;

    /**
     * Leaves the size and time the cache holds at a path nothing can be read from: a link to a file
     * that is gone (root can read any file, but not one that is not there).
     */
    private void makeUnreadable(String source) throws IOException {
        Path link = dir.resolve("content").resolve(source);
        Files.delete(link);
        try {
            Files.createSymbolicLink(link, dir.resolve("nowhere.md"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links cannot be made here: " + e);
        }
    }

    @Test
    void aSourceTheCacheHoldsIsTakenFromItWhileItCanBeRead() throws Exception {
        SourceFile file = writtenAndCached("world/ferry.md");

        Reread again = readWithTheCache(file);

        assertThat(again.parsed()).as("taken from the cache, not parsed").isZero();
        assertThat(again.result().problems()).isEmpty();
        assertThat(again.result().article().title()).isEqualTo("Ferry fares frozen");
    }

    @Test
    void aSourceThatCanNoLongerBeReadIsAProblemWhateverTheCacheHolds() throws Exception {
        SourceFile cached = writtenAndCached("world/ferry.md");
        makeUnreadable("world/ferry.md");

        ReadResult again = readWithTheCache(cached).result();

        assertThat(again.ok()).isFalse();
        assertThat(again.problems()).extracting(Problem::file, Problem::line, Problem::message).containsExactly(
                org.assertj.core.api.Assertions.tuple("content/world/ferry.md", 0,
                        "disappeared while the build was running"));
    }

    @Test
    void aSourceTheWatcherSaysNobodyTouchedIsTakenFromTheCacheWithoutAskingAgain() throws Exception {
        SourceFile cached = writtenAndCached("world/ferry.md");
        makeUnreadable("world/ferry.md");

        Reread again = readWithTheCache(cached, true);

        assertThat(again.result().problems()).as("the file system was not asked").isEmpty();
        assertThat(again.parsed()).isZero();
        assertThat(again.result().article().title()).isEqualTo("Ferry fares frozen");
    }

    /** Writes an article and reads it once through a cache that is then saved, as a first build does. */
    private SourceFile writtenAndCached(String path) throws Exception {
        Path file = dir.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, TEXT, StandardCharsets.UTF_8);
        SourceFile source = new SourceFile(file, path, "content/" + path, SourceFormat.MARKDOWN, Files.size(file),
                Files.getLastModifiedTime(file).toMillis());
        try (BuildCache cache = openCache()) {
            ReadResult first = phase(cache).read(source, false);
            assertThat(first.problems()).isEmpty();
            cache.save();
        }
        return source;
    }

    /** A read in a second build, and how many sources that build parsed rather than took from the cache. */
    private record Reread(ReadResult result, int parsed) {
    }

    private Reread readWithTheCache(SourceFile file) throws Exception {
        return readWithTheCache(file, false);
    }

    private Reread readWithTheCache(SourceFile file, boolean untouched) throws Exception {
        try (BuildCache cache = openCache()) {
            SourcePhase phase = phase(cache);
            ReadResult result = phase.read(file, untouched);
            return new Reread(result, phase.parsed());
        }
    }

    private BuildCache openCache() throws IOException {
        return BuildCache.open(dir.resolve(".dateline"), "test", new ArrayList<>(), new BuildCache.Memory());
    }

    private static SourcePhase phase(BuildCache cache) {
        ArticleReader reader = new ArticleReader(ZoneOffset.UTC, new Markdown(false));
        return new SourcePhase(reader, cache, new SourceLinks(Map.of(), new Links(LinkStyle.PRETTY)), false, false, "en");
    }
}
