package org.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.junit.jupiter.api.Test;

class YamlBlockTest {

    private static final String FILE = "content/x.md";

    private static Problem problemOf(String yaml, int firstLine) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> YamlBlock.parse(yaml, FILE, firstLine));
        assertThat(e).as("a problem for %s", yaml).isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void readsTopLevelValuesInOrderWithTheirYamlTypes() throws ProblemException {
        YamlBlock block = YamlBlock.parse(
                "title: A\ndate: 2024-03-05\ntags: [a, b]\ndraft: false\ncount: 5\nratio: 1.5\nempty:\n", FILE, 2);

        assertThat(block.values()).containsExactly(
                entry("title", "A"),
                entry("date", "2024-03-05"),
                entry("tags", List.of("a", "b")),
                entry("draft", false),
                entry("count", 5),
                entry("ratio", 1.5),
                entry("empty", null));
        assertThat(block.has("empty")).isTrue();
        assertThat(block.has("missing")).isFalse();
        assertThat(block.get("count")).isEqualTo(5);
    }

    @Test
    void datesStayTextForTheDateParser() throws ProblemException {
        YamlBlock block = YamlBlock.parse("date: 2023-11-02T18:00:00-05:00\nupdated: 2024-09-12 08:15:00 +0200\n", FILE, 2);

        assertThat(block.get("date")).isEqualTo("2023-11-02T18:00:00-05:00");
        assertThat(block.get("updated")).isEqualTo("2024-09-12 08:15:00 +0200");
    }

    @Test
    void quotedStringsKeepColonsAndHashes() throws ProblemException {
        YamlBlock block = YamlBlock.parse("title: \"Q: what # now\"\nsummary: 'it''s: #1'\nplain: a # comment\n", FILE, 2);

        assertThat(block.get("title")).isEqualTo("Q: what # now");
        assertThat(block.get("summary")).isEqualTo("it's: #1");
        assertThat(block.get("plain")).isEqualTo("a");
    }

    @Test
    void blankOrCommentOnlyYamlIsEmpty() throws ProblemException {
        assertThat(YamlBlock.parse("", FILE, 2).values()).isEmpty();
        assertThat(YamlBlock.parse("  \n", FILE, 2).values()).isEmpty();
        YamlBlock comment = YamlBlock.parse("# nothing here\n", FILE, 2);
        assertThat(comment.values()).isEmpty();
        assertThat(comment.lineOf("title")).isEqualTo(2);
    }

    @Test
    void lineOfCountsFromTheBlocksFirstLine() throws ProblemException {
        YamlBlock block = YamlBlock.parse("titles: [x]\ntitle: A\nauthor:\n  name: B\n\"quoted\": q\n", FILE, 2);

        assertThat(block.lineOf("titles")).isEqualTo(2);
        assertThat(block.lineOf("title")).isEqualTo(3);
        assertThat(block.lineOf("author")).isEqualTo(4);
        assertThat(block.lineOf("quoted")).isEqualTo(6);
        assertThat(block.lineOf("name")).as("nested keys are not top-level lines").isEqualTo(2);
        assertThat(block.lineOf("missing")).isEqualTo(2);
    }

    @Test
    void badIndentationNamesTheFileLine() {
        Problem p = problemOf("title: a\n  bad: indent\n", 2);

        assertThat(p.file()).isEqualTo(FILE);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("the YAML is not valid: mapping values are not allowed here");
        assertThat(p.hint()).startsWith("Check the indentation and the quoting");
    }

    @Test
    void unclosedQuoteNamesTheLineWhereItOpened() {
        Problem p = problemOf("title: a\nsummary: \"never closed\nmore: b\n", 2);

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo(
                "the YAML is not valid: found unexpected end of stream (while scanning a quoted scalar)");
    }

    @Test
    void unclosedFlowListNamesTheLineWhereItOpened() {
        Problem p = problemOf("title: a\nfoo: [1, 2\n", 5);

        assertThat(p.line()).isEqualTo(6);
        assertThat(p.message()).isEqualTo(
                "the YAML is not valid: expected ',' or ']', but got <stream end> (while parsing a flow sequence)");
    }

    @Test
    void tabIndentationIsAProblemOnItsLine() {
        Problem p = problemOf("title: x\n\tdate: y\n", 2);

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).startsWith("the YAML is not valid: found character '\\t(TAB)' that cannot start any token");
    }

    @Test
    void duplicateKeysAreAProblemOnTheSecondKey() {
        Problem p = problemOf("title: a\ndate: 2024-03-05\ntitle: b\n", 2);

        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).isEqualTo("the YAML is not valid: found duplicate key title (while constructing a mapping)");
    }

    @Test
    void aListIsNotFrontMatter() {
        Problem p = problemOf("- a\n- b\n", 2);

        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).isEqualTo("the YAML is a list, not a set of 'key: value' lines");
        assertThat(p.hint()).isEqualTo("Write one 'key: value' per line, for example 'title: \"Ferry fares frozen\"'.");
    }

    @Test
    void plainTextIsNotFrontMatter() {
        assertThat(problemOf("just some words\n", 2).message())
                .isEqualTo("the YAML is plain text, not a set of 'key: value' lines");
    }

    @Test
    void kindOfNamesValuesAsAPersonWould() {
        assertThat(YamlBlock.kindOf(List.of("a"))).isEqualTo("list");
        assertThat(YamlBlock.kindOf(Map.of("a", 1))).isEqualTo("mapping");
        assertThat(YamlBlock.kindOf(5)).isEqualTo("number");
        assertThat(YamlBlock.kindOf(1.5)).isEqualTo("number");
        assertThat(YamlBlock.kindOf(true)).isEqualTo("true/false value");
        assertThat(YamlBlock.kindOf("x")).isEqualTo("text");
    }

    @Test
    void fiftyLevelsOfNestingAreReadAndTheFiftyFirstIsAProblemOnItsLine() throws ProblemException {
        Object fifty = YamlBlock.parse("title: T\nextra: " + "[".repeat(50) + "1" + "]".repeat(50) + "\n", FILE, 2)
                .get("extra");
        for (int level = 1; level < 50; level++) {
            assertThat(fifty).isInstanceOf(List.class);
            fifty = ((List<?>) fifty).get(0);
        }
        assertThat(fifty).isEqualTo(List.of(1));

        Problem problem = problemOf("title: T\nlayout:\n  extra: " + "{a: ".repeat(51) + "1" + "}".repeat(51) + "\n", 2);

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).isEqualTo("the YAML holds lists or mappings more than 50 levels inside one another");
        assertThat(problem.hint()).startsWith("Front matter needs a few levels at most");
    }

    @Test
    void fiftyAliasesToListsAreReadAndTheFiftyFirstIsAProblemOnItsLine() throws ProblemException {
        String fifty = "base: &b [x]\nuses: [" + String.join(", ", java.util.Collections.nCopies(50, "*b")) + "]\n";
        assertThat(YamlBlock.parse(fifty, FILE, 2).get("uses")).isEqualTo(java.util.Collections.nCopies(50, List.of("x")));
        // Aliases to plain values copy nothing large: there is no limit on them.
        String scalars = "name: &n x\nuses: [" + String.join(", ", java.util.Collections.nCopies(500, "*n")) + "]\n";
        assertThat((List<?>) YamlBlock.parse(scalars, FILE, 2).get("uses")).hasSize(500);

        Problem problem = problemOf(fifty + "more: *b\n", 2);

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).isEqualTo("the YAML repeats lists or mappings through aliases ('*name') more than"
                + " 50 times, which can multiply a few lines into billions of values");
        assertThat(problem.hint()).isEqualTo("Write the values out where they are needed instead of referring to them with '*'.");
    }

    @Test
    void aliasesThatWouldRepeatIntoMoreThanAHundredThousandValuesAreAProblem() throws ProblemException {
        String base = "base: &b [" + String.join(", ", java.util.Collections.nCopies(2500, "1")) + "]\n";
        String thirty = base + "uses: [" + String.join(", ", java.util.Collections.nCopies(30, "*b")) + "]\n";
        assertThat((List<?>) YamlBlock.parse(thirty, FILE, 2).get("uses")).hasSize(30);

        Problem problem = problemOf(thirty + "more: [" + String.join(", ", java.util.Collections.nCopies(10, "*b")) + "]\n", 2);

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).isEqualTo("the YAML's aliases ('*name') repeat lists or mappings into more than"
                + " 100000 values");
    }

    @Test
    void depthCountsTheLevelsAnAliasBringsWhereItIsRepeated() throws ProblemException {
        String thirty = "a: &a " + "[".repeat(30) + "1" + "]".repeat(30) + "\n";
        assertThat(YamlBlock.parse(thirty + "b: " + "[".repeat(20) + "*a" + "]".repeat(20) + "\n", FILE, 2).has("b"))
                .isTrue();

        Problem problem = problemOf(thirty + "b: " + "[".repeat(21) + "*a" + "]".repeat(21) + "\n", 2);

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).isEqualTo("the YAML holds lists or mappings more than 50 levels inside one another");
    }
}
