package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingRunsTest {

    /** Each term with its postings, as "term:doc/weight,doc/weight". */
    private static List<String> visit(PostingRuns runs) {
        List<String> seen = new ArrayList<>();
        runs.forEach((term, postings, count) -> {
            StringBuilder line = new StringBuilder(term).append(':');
            for (int i = 0; i < count; i++) {
                line.append(i == 0 ? "" : ",").append(postings[i] >>> 8).append('/').append(postings[i] & 255);
            }
            seen.add(line.toString());
        });
        return seen;
    }

    private static void addAll(PostingRuns runs) {
        // Article 0: ferry, harbour; 1: ferry; 2: zebra, ferry; 300: ferry (a gap wider than one byte).
        runs.add("harbour", 0 << 8 | 3);
        runs.add("ferry", 0 << 8 | 1);
        runs.add("ferry", 1 << 8 | 255);
        runs.add("zebra", 2 << 8 | 7);
        runs.add("ferry", 2 << 8 | 2);
        runs.add("ferry", 300 << 8 | 9);
    }

    private static final List<String> EXPECTED = List.of(
            "ferry:0/1,1/255,2/2,300/9", "harbour:0/3", "zebra:2/7");

    @Test
    void heldInMemoryTermsComeSortedWithTheirPostingsInOrder() {
        try (PostingRuns runs = new PostingRuns(1000)) {
            addAll(runs);
            assertThat(runs.spilled()).isZero();
            assertThat(visit(runs)).isEqualTo(EXPECTED);
        }
    }

    @Test
    void runsWrittenToDiskMergeIntoTheSameTermsAndPostingsAndCanBeReadTwice() {
        try (PostingRuns runs = new PostingRuns(2)) {
            addAll(runs);
            assertThat(runs.spilled()).isEqualTo(3);
            assertThat(visit(runs)).isEqualTo(EXPECTED);
            assertThat(visit(runs)).isEqualTo(EXPECTED);
        }
    }

    @Test
    void closingRemovesTheScratchFiles() throws Exception {
        PostingRuns runs = new PostingRuns(1);
        addAll(runs);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> scratch;
        try (var list = Files.list(tmp)) {
            scratch = list.filter(p -> p.getFileName().toString().startsWith("dateline-postings-")).toList();
        }
        assertThat(scratch).isNotEmpty();
        runs.close();
        assertThat(scratch).noneMatch(Files::exists);
    }
}
