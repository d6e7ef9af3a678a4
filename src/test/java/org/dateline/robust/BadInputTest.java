package org.dateline.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.pipeline.BuildResult;
import org.dateline.testing.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of bad input a newsroom's content folder can hold is refused with one problem that
 * names the file, the line where one applies, what is wrong and what to do, and a refused build
 * leaves the site that was there before byte for byte as it was.
 */
class BadInputTest {

    private static final String DATE_HINT =
            "Write it as 2024-03-05, 2024-03-05 14:30, 2024-03-05T14:30:00Z or 2024-03-05T14:30:00+01:00.";
    private static final String SLUG_HINT = "Use plain words joined by hyphens, e.g. 'slug: ferry-fares-frozen'.";
    private static final String SECTION_HINT = "Name the section in plain words, e.g. 'section: World'.";
    private static final String YAML_HINT = "Check the indentation and the quoting: a value that holds ': ' or '#',"
            + " or starts with a quote, '[', '{', '&', '*' or '@', must be wrapped in double quotes.";
    private static final String NUL_MESSAGE =
            "the file holds NUL bytes: it is binary or UTF-16 without a byte-order mark, not UTF-8 text";
    private static final String NUL_HINT = "Save it as UTF-8 text, or if it is not an article, give it another extension.";

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void buildAGoodSiteFirst() throws Exception {
        project = new TestProject(dir);
        project.markdown("world/alpha.md", "Alpha talks resume", "2024-03-05", "Envoys met again on Tuesday.");
        project.markdown("world/beta.md", "Beta fares frozen", "2024-03-06", "The board froze fares.");
        project.article("business/rates.txt", "Date: 2024-03-07\n\nRates held\n\nThe bank held its rates.\n");
        BuildResult first = project.build();
        assertThat(first.articlesPublished()).isEqualTo(3);
        assertThat(project.exists("world/alpha/index.html")).isTrue();
    }

    /**
     * One bad file and the one problem it must give.
     *
     * @param path where it goes under content/
     * @param line the line the problem must name (0: the whole file)
     * @param message the problem's exact message
     * @param hint the problem's exact hint
     */
    record BadFile(String path, byte[] bytes, int line, String message, String hint) {
        BadFile(String path, String text, int line, String message, String hint) {
            this(path, text.getBytes(StandardCharsets.UTF_8), line, message, hint);
        }
    }

    private static Arguments bad(String kind, BadFile file) {
        return Arguments.of(Named.of(kind, file));
    }

    static Stream<Arguments> badFiles() {
        String longTitle = "H".repeat(10_000);
        byte[] invalidUtf8 = concat("---\ntitle: Café owners\nsummary: caf".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28},
                "\n---\n\nText.\n".getBytes(StandardCharsets.UTF_8));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
        return Stream.of(
                bad("malformed YAML: bad indentation", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\n  date: 2024-03-07\nauthor: Ana Ruiz\n---\n\nText.\n",
                        3, "the YAML is not valid: mapping values are not allowed here", YAML_HINT)),
                bad("malformed YAML: unclosed quote", new BadFile("world/gamma.md",
                        "---\ntitle: \"Gamma\ndate: 2024-03-07\n---\n\nText.\n",
                        2, "the YAML is not valid: found unexpected end of stream (while scanning a quoted scalar)",
                        YAML_HINT)),
                bad("wrong type: tags: 5", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\ndate: 2024-03-07\ntags: 5\n---\n\nText.\n",
                        4, "tags should be a list of names, but is a number ('5')",
                        "Write 'tags: [\"First\", \"Second\"]', or one name as 'tags: \"Name\"'.")),
                bad("wrong type: date: yesterday", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\ndate: yesterday\n---\n\nText.\n",
                        3, "date 'yesterday' is not a date Dateline can read", DATE_HINT)),
                bad("wrong type: draft: maybe", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\ndate: 2024-03-07\ndraft: maybe\n---\n\nText.\n",
                        4, "draft should be true or false, but is 'maybe'", "Write 'draft: true' or 'draft: false'.")),
                bad("unknown date format: 05/03/2024", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\ndate: 05/03/2024\n---\n\nText.\n",
                        3, "date '05/03/2024' is not a date Dateline can read", DATE_HINT)),
                bad("unknown date format: March 5th", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\ndate: March 5th\n---\n\nText.\n",
                        3, "date 'March 5th' is not a date Dateline can read", DATE_HINT)),
                bad("empty Markdown file (0 bytes)", new BadFile("world/gamma.md", new byte[0],
                        0, "the file is empty", "Write the article, or delete the file.")),
                bad("empty wire file (0 bytes)", new BadFile("world/gamma.txt", new byte[0],
                        0, "the file is empty", "Put the headline on the first line, then a blank line, then the story.")),
                bad("whitespace-only file", new BadFile("world/gamma.md", "  \n\t\n   \r\n\n",
                        0, "the file is empty", "Write the article, or delete the file.")),
                bad("file with only front matter", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\ndate: 2024-03-07\n---\n",
                        5, "the article has front matter but no text",
                        "Write the article's text below the closing '---' line.")),
                bad("invalid UTF-8 (0xC3 0x28 on line 3)", new BadFile("world/gamma.md", invalidUtf8,
                        3, "the file is not valid UTF-8 text (bad byte at offset 36)",
                        "Save it as UTF-8: most editors offer this under 'Save with encoding'; from Latin-1, run"
                                + " 'iconv -f latin1 -t utf-8'.")),
                bad("UTF-16LE without a byte-order mark", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\n---\n\nText.\n".getBytes(StandardCharsets.UTF_16LE),
                        1, NUL_MESSAGE, NUL_HINT)),
                // The first NUL of a PNG comes after its two line feeds: that is the line named.
                bad("binary file with .md extension (PNG)", new BadFile("world/gamma.md", png, 3, NUL_MESSAGE, NUL_HINT)),
                bad("headline of 10,000 characters in front matter", new BadFile("world/gamma.md",
                        "---\ntitle: " + longTitle + "\ndate: 2024-03-07\n---\n\nText.\n",
                        2, "the headline is 10000 characters long (at most 400 fit a page)",
                        "Shorten the title; put the longer text in 'summary:'.")),
                bad("headline of 10,000 characters as a wire story's first line", new BadFile("world/gamma.txt",
                        longTitle + "\n\nThe story.\n",
                        1, "the headline is 10000 characters long (at most 400 fit a page)",
                        "The first line of wire copy is the headline: put a blank line after a short headline.")),
                bad("slug: ../../etc", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\nslug: ../../etc\n---\n\nText.\n",
                        3, "slug '../../etc' cannot be used: it holds a slash, which would put the page in another folder",
                        SLUG_HINT)),
                bad("slug: /etc/passwd", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\nslug: /etc/passwd\n---\n\nText.\n",
                        3, "slug '/etc/passwd' cannot be used: it holds a slash, which would put the page in another folder",
                        SLUG_HINT)),
                bad("slug: \"%2e%2e\"", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\nslug: \"%2e%2e\"\n---\n\nText.\n",
                        3, "slug '%2e%2e' cannot be used: it points outside its folder", SLUG_HINT)),
                bad("slug: \"a\\0b\" (NUL)", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\nslug: \"a\\0b\"\n---\n\nText.\n",
                        3, "slug 'a\\0b' cannot be used: it holds control characters", SLUG_HINT)),
                bad("slug: con", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\nslug: con\n---\n\nText.\n",
                        3, "slug 'con' cannot be used: 'con' is a file name Windows reserves", SLUG_HINT)),
                bad("section: ../x", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\nsection: ../x\n---\n\nText.\n",
                        3, "section '../x' cannot be used: it holds a slash, which would put the page in another folder",
                        SECTION_HINT)),
                bad("section: nul", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\nsection: nul\n---\n\nText.\n",
                        3, "section 'nul' cannot be used: 'nul' is a file name Windows reserves", SECTION_HINT)),
                bad("20,000 tags", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\ntags: [" + String.join(", ", java.util.stream.IntStream.range(0, 20_000)
                                .mapToObj(i -> "tag" + i).toList()) + "]\n---\n\nText.\n",
                        3, "tags lists 20000 names, more than one article can carry (1000)",
                        "Each tag is a page of its own that lists the article: keep the ones readers would look for.")),
                bad("a tag of 300 characters", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\ntags: [Harbours, " + "x".repeat(300) + "]\n---\n\nText.\n",
                        3, "tag '" + "x".repeat(40) + "…' is 300 characters long, more than a name can be (200)",
                        "Shorten it: a tag is a name shown on every page that lists the article.")),
                bad("5,000 nested quotes in the body", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\n---\n\n" + "> ".repeat(5_000) + "deep\n", 5,
                        "the text nests quotes, lists, links or emphasis more than 100 levels inside one another,"
                                + " more than Dateline reads",
                        "Look for a run of '>', '*', '_' or '[' that an editor or a script repeated: no article needs"
                                + " more than a few levels.")),
                bad("a line of 20,000 '*'", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\n---\n\nText.\n\n" + "*".repeat(20_000) + "x\n", 7,
                        "the line holds more than 300 '*' in a row, more than Dateline reads",
                        "Three '*', '-' or '_' on a line of their own draw a rule: shorten the run.")),
                bad("image: javascript: URL", new BadFile("world/gamma.md",
                        "---\ntitle: Gamma\nimage: \" JaVaScRiPt:alert(1)\"\n---\n\nText.\n",
                        3, "image 'JaVaScRiPt:alert(1)' is a script or data URL, not the address of a picture",
                        "Give the picture's file name beside the article ('image: photo.jpg') or its https:// address.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedAndTheSiteIsLeftAsItWas(BadFile file) throws Exception {
        project.bytes("content/" + file.path(), file.bytes());

        Problem problem = refusedWithOneProblem();

        assertThat(problem.file()).isEqualTo("content/" + file.path());
        assertThat(problem.line()).isEqualTo(file.line());
        assertThat(problem.message()).isEqualTo(file.message());
        assertThat(problem.hint()).isEqualTo(file.hint());
    }

    /**
     * Front matter written to take the reader down rather than to describe an article: each is one
     * problem of its file, in the user's words (no parser jargon, no Java), and the site stays.
     *
     * @param line the line the problem must name
     * @param message what the message must hold
     */
    record HostileFrontMatter(String yaml, int line, String message) {
    }

    static Stream<Arguments> hostileFrontMatters() {
        StringBuilder laughs = new StringBuilder("title: Laughs\nlol0: &lol0 [lol]\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("lol").append(i).append(": &lol").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*lol" + (i - 1)))).append("]\n");
        }
        StringBuilder chain = new StringBuilder("title: Chain\na0: &a0 [x]\n");
        for (int i = 1; i < 50; i++) {
            chain.append("a").append(i).append(": &a").append(i).append(' ').append("[".repeat(48))
                    .append("*a").append(i - 1).append("]".repeat(48)).append('\n');
        }
        String deep = "levels inside one another";
        String aliases = "through aliases ('*name') more than 50 times";
        return Stream.of(
                Arguments.of(Named.of("5,000 nested flow lists", new HostileFrontMatter(
                        "title: Deep\nextra: " + "[".repeat(5000) + "]".repeat(5000) + "\n", 3, deep))),
                Arguments.of(Named.of("5,000 nested flow mappings", new HostileFrontMatter(
                        "title: Deep\nextra: " + "{a: ".repeat(5000) + "}".repeat(5000) + "\n", 3, deep))),
                Arguments.of(Named.of("5,000 nested block lists on one line", new HostileFrontMatter(
                        "title: Deep\nextra:\n" + "- ".repeat(5000) + "x\n", 4, deep))),
                Arguments.of(Named.of("60 nested block mappings", new HostileFrontMatter(
                        "title: Deep\n" + nestedMappings(60), 54, deep))),
                Arguments.of(Named.of("an unclosed bracket run at the end", new HostileFrontMatter(
                        "title: Deep\nextra: " + "[".repeat(5000) + "\n", 3, deep))),
                Arguments.of(Named.of("billion laughs", new HostileFrontMatter(laughs.toString(), 8,
                        "aliases ('*name') repeat lists or mappings into more than 100000 values"))),
                Arguments.of(Named.of("aliases that nest 49 levels each", new HostileFrontMatter(chain.toString(), 5, deep))),
                Arguments.of(Named.of("one list aliased 60 times", new HostileFrontMatter(
                        "title: Many\nbase: &b [x]\nuses: [" + String.join(", ", java.util.Collections.nCopies(60, "*b"))
                                + "]\n", 4, aliases))),
                Arguments.of(Named.of("an alias inside its own anchor", new HostileFrontMatter(
                        "title: Loop\nlayout: &a [*a]\n", 3, "contains itself"))),
                Arguments.of(Named.of("4,000,000 characters of YAML", new HostileFrontMatter(
                        "title: Long\nlayout: \"" + "x".repeat(4_000_000) + "\"\n", 2,
                        "the YAML is 4000023 characters long, more than Dateline reads (3145728)"))),
                Arguments.of(Named.of("a key of 100,000 characters", new HostileFrontMatter(
                        "title: Key\n" + "k".repeat(100_000) + ": v\n", 3, "the YAML is not valid"))),
                Arguments.of(Named.of("a quoted key of 100,000 characters", new HostileFrontMatter(
                        "title: Key\n\"" + "k".repeat(100_000) + "\": v\n", 3, "the YAML is not valid"))),
                Arguments.of(Named.of("an explicit key of 100,000 characters in a list", new HostileFrontMatter(
                        "title: Key\nextra:\n  ? [" + "k".repeat(100_000) + "]\n  : v\ntags: 5\n", 6,
                        "tags should be a list of names"))));
    }

    private static String nestedMappings(int levels) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        return yaml.append("  ".repeat(levels)).append("end\n").toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFrontMatters")
    void hostileFrontMatterIsOneProblemOfItsFileInTheUsersWords(HostileFrontMatter hostile) throws Exception {
        project.article("world/hostile.md", "---\n" + hostile.yaml() + "---\n\nText.\n");

        Problem problem = refusedWithOneProblem();

        assertThat(problem.file()).isEqualTo("content/world/hostile.md");
        assertThat(problem.line()).isEqualTo(hostile.line());
        assertThat(problem.message()).contains(hostile.message())
                .doesNotContain("java", "Exception", "snakeyaml", "max=", "non-scalar");
        assertThat(problem.hint()).isNotBlank();
    }

    @Test
    void aTitleThatIsAListIsRefused() throws Exception {
        project.article("world/gamma.md", "---\ntitle: [a, b]\ndate: 2024-03-07\n---\n\nText.\n");

        ProblemException refused = refused();

        // The wrong type, and (as the parse tests pin down) the headline it therefore lacks.
        assertThat(refused.problems()).extracting(Problem::file).containsOnly("content/world/gamma.md");
        assertThat(refused.problems()).extracting(Problem::line, Problem::message, Problem::hint).containsExactly(
                tuple(1, "the article has no headline",
                        "Add 'title: \"The headline\"' to the front matter, or start the text with '# The headline'."),
                tuple(2, "title should be text, but is a list", "Write it on one line, e.g. 'title: \"Some text\"'."));
    }

    @Test
    void twoArticlesWithOneUrlAreRefused() throws Exception {
        project.article("world/gamma.md", "---\ntitle: Gamma\ndate: 2024-03-07\nslug: alpha\n---\n\nText.\n");

        Problem problem = refusedWithOneProblem();

        // The planner blames whichever of the two it meets second (newest first: here the older alpha.md),
        // and names both in the message; it keeps no line numbers, so the line is 0.
        assertThat(problem.file()).isEqualTo("content/world/alpha.md");
        assertThat(problem.line()).isZero();
        assertThat(problem.message()).isEqualTo(
                "content/world/alpha.md and content/world/gamma.md would both be written to world/alpha/index.html");
        assertThat(problem.hint()).isEqualTo(
                "Give one of them another 'slug:' (or rename the file) so each has its own URL.");
    }

    @Test
    void aFiftyMegabyteArticleIsRefusedWithItsSize() throws Exception {
        Path big = dir.resolve("content/world/huge.md");
        byte[] chunk = "All work and no play makes a very long article. ".repeat(21_000).getBytes(StandardCharsets.US_ASCII);
        long target = 50L * 1024 * 1024;
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("---\ntitle: Huge\n---\n\n".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written < target; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, target - written));
            }
        }
        assertThat(Files.size(big)).isBetween(target, target + 100);

        long start = System.nanoTime();
        Problem problem = refusedWithOneProblem();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(problem.file()).isEqualTo("content/world/huge.md");
        assertThat(problem.line()).isZero();
        assertThat(problem.message()).isEqualTo("the file is 50 MB, larger than an article can be (16 MB)");
        assertThat(problem.hint()).contains("Split it").contains("another extension");
        assertThat(millis).as("refused by its size, without reading it").isLessThan(10_000);
    }

    @Test
    void aSymbolicLinkLoopIsReportedNotFollowed() throws Exception {
        Path link = dir.resolve("content/world/loop");
        try {
            Files.createSymbolicLink(link, Path.of("."));
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            assumeTrue(false, "symbolic links cannot be made here: " + e);
        }

        Problem problem = refusedWithOneProblem();

        assertThat(problem.file()).isEqualTo("content/world/loop");
        assertThat(problem.line()).isZero();
        assertThat(problem.message()).isEqualTo("this symbolic link points back to a folder that contains it (a loop)");
        assertThat(problem.hint()).isEqualTo("Remove the link or point it somewhere outside its own folder.");
    }

    /** Also when the last build read it, and the cache holds what it said: chmod leaves its size and time. */
    @ParameterizedTest(name = "the last build read it: {0}")
    @ValueSource(booleans = {false, true})
    void anUnreadableFileIsReported(boolean readBefore) throws Exception {
        project.markdown("world/secret.md", "Secret", "2024-03-07", "Text.");
        if (readBefore) {
            project.build();
        }
        Path file = dir.resolve("content/world/secret.md");
        assumeTrue(posix(file), "the file system has no POSIX permissions");
        Files.setPosixFilePermissions(file, Set.of());
        try {
            assumeFalse(Files.isReadable(file), "running as root (or with CAP_DAC_OVERRIDE): a file with mode 000"
                    + " can still be read, so there is no unreadable file to report");

            Problem problem = refusedWithOneProblem();

            assertThat(problem.file()).isEqualTo("content/world/secret.md");
            assertThat(problem.line()).isZero();
            assertThat(problem.message()).isEqualTo("cannot be read: permission denied");
            assertThat(problem.hint()).contains("read permission (chmod)");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void anUnreadableFolderIsReported() throws Exception {
        project.markdown("locked/inside.md", "Inside", "2024-03-07", "Text.");
        Path folder = dir.resolve("content/locked");
        assumeTrue(posix(folder), "the file system has no POSIX permissions");
        Files.setPosixFilePermissions(folder, Set.of());
        try {
            assumeFalse(Files.isReadable(folder), "running as root (or with CAP_DAC_OVERRIDE): a folder with mode 000"
                    + " can still be listed, so there is no unreadable folder to report");

            Problem problem = refusedWithOneProblem();

            assertThat(problem.file()).isEqualTo("content/locked");
            assertThat(problem.line()).isZero();
            assertThat(problem.message()).isEqualTo("cannot be read: permission denied");
            assertThat(problem.hint()).contains("read permission (chmod)");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void everyProblemIsListedTogetherSortedByFile() throws Exception {
        // Written out of order, in four folders: the report is sorted all the same.
        project.article("world/zulu.md", "---\ntitle: Zulu\nslug: ../x\n---\n\nText.\n");
        project.article("culture/kilo.md", "---\ntitle: Kilo\ntags: 5\n---\n\nText.\n");
        project.bytes("content/science/empty.txt", new byte[0]);
        project.article("business/delta.md", "---\ntitle: Delta\ndate: yesterday\n---\n\nText.\n");
        project.article("world/echo.md", "---\ntitle: \"Echo\n---\n\nText.\n");

        ProblemException refused = refused();

        assertThat(refused.problems()).extracting(Problem::file).containsExactly(
                "content/business/delta.md",
                "content/culture/kilo.md",
                "content/science/empty.txt",
                "content/world/echo.md",
                "content/world/zulu.md");
        assertThat(refused.problems()).isSortedAccordingTo(Comparator.comparing(Problem::file));
        assertThat(refused.problems()).extracting(Problem::line).containsExactly(3, 3, 0, 2, 3);
        assertThat(refused.problems()).extracting(Problem::message).containsExactly(
                "date 'yesterday' is not a date Dateline can read",
                "tags should be a list of names, but is a number ('5')",
                "the file is empty",
                "the YAML is not valid: found unexpected end of stream (while scanning a quoted scalar)",
                "slug '../x' cannot be used: it holds a slash, which would put the page in another folder");
        assertThat(refused.getMessage()).isEqualTo("5 problems");
    }

    static Stream<Arguments> utf16WithByteOrderMark() {
        return Stream.of(
                Arguments.of(Named.of("UTF-16LE with BOM", StandardCharsets.UTF_16LE)),
                Arguments.of(Named.of("UTF-16BE with BOM", StandardCharsets.UTF_16BE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("utf16WithByteOrderMark")
    void utf16WithAByteOrderMarkBuilds(java.nio.charset.Charset charset) throws Exception {
        project.bytes("content/world/zurich.md", ("\uFEFF---\r\ntitle: \"Café owners in Zürich, 東京\"\r\n"
                + "date: 2024-03-08\r\n---\r\n\r\nThe café reopened.\r\n").getBytes(charset));

        BuildResult result = project.build();

        assertThat(result.articlesPublished()).isEqualTo(4);
        assertThat(project.page("world/zurich/").selectFirst("h1").text()).isEqualTo("Café owners in Zürich, 東京");
        assertThat(project.page("world/zurich/").selectFirst(".story-body").text()).isEqualTo("The café reopened.");
        assertThat(project.page("world/").select("a").eachText()).contains("Café owners in Zürich, 東京");
    }

    // --- helpers ---

    private ProblemException refused() {
        Map<String, byte[]> siteBefore = TestProject.snapshot(project.site());
        Set<String> projectBefore = projectFiles();
        assertThat(siteBefore).containsKey("world/alpha/index.html");

        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> project.build());

        assertThat(refused).as("the build must be refused with problems").isNotNull();
        Map<String, byte[]> siteAfter = TestProject.snapshot(project.site());
        assertThat(siteAfter.keySet()).as("no file appeared in or vanished from site/").isEqualTo(siteBefore.keySet());
        for (Map.Entry<String, byte[]> file : siteBefore.entrySet()) {
            assertThat(Arrays.equals(siteAfter.get(file.getKey()), file.getValue()))
                    .as("site/%s is unchanged", file.getKey()).isTrue();
        }
        assertThat(projectFiles()).as("no new file beside the content (staging folders, temp files)")
                .isEqualTo(projectBefore);
        return refused;
    }

    private Problem refusedWithOneProblem() {
        ProblemException refused = refused();
        assertThat(refused.problems()).as("exactly one problem: %s", refused.problems()).hasSize(1);
        return refused.problems().get(0);
    }

    /** Every file of the project outside content/ (which the test itself writes), as relative paths. */
    private Set<String> projectFiles() {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.startsWith(dir.resolve("content")))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
