package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void describeWithFileLineAndHint() {
        Problem p = Problem.at("content/world/story.md", 3, "date 'yesterday' is not a date", "Write it as 2024-03-05.");

        assertThat(p.describe()).isEqualTo("content/world/story.md:3: date 'yesterday' is not a date\n    Write it as 2024-03-05.");
    }

    @Test
    void describeWithoutALine() {
        Problem p = Problem.inFile("content/a.md", "the file is empty", "Write the article.");

        assertThat(p.line()).isZero();
        assertThat(p.describe()).isEqualTo("content/a.md: the file is empty\n    Write the article.");
    }

    @Test
    void describeWithoutAHint() {
        assertThat(Problem.at("content/a.md", 7, "bad", "").describe()).isEqualTo("content/a.md:7: bad");
        assertThat(Problem.at("content/a.md", 7, "bad", null).describe()).isEqualTo("content/a.md:7: bad");
    }

    @Test
    void describeGivesTheColumnAfterTheLine() {
        assertThat(Problem.at("templates/article.peb", 3, 12, "bad", "Fix it.").describe())
                .isEqualTo("templates/article.peb:3:12: bad\n    Fix it.");
        assertThat(Problem.at("templates/article.peb", 0, 12, "bad", "").describe()).isEqualTo("templates/article.peb: bad");
    }

    @Test
    void describeWithoutAFileIgnoresTheLine() {
        assertThat(Problem.at("", 4, "two pages at one URL", "Rename one.").describe())
                .isEqualTo("two pages at one URL\n    Rename one.");
        assertThat(new Problem(null, 0, "bare", null).describe()).isEqualTo("bare");
    }

    @Test
    void nullFileAndHintBecomeEmpty() {
        Problem p = new Problem(null, 0, "m", null);

        assertThat(p.file()).isEmpty();
        assertThat(p.hint()).isEmpty();
    }

    @Test
    void negativeLineIsRefused() {
        assertThatThrownBy(() -> Problem.at("a.md", -1, "m", "h"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line must be 0 or positive: -1");
    }

    @Test
    void exceptionMessageIsTheOneProblemOrACount() {
        Problem one = Problem.at("a.md", 1, "first", "fix it");
        Problem two = Problem.inFile("b.md", "second", "");

        assertThat(new ProblemException(one).getMessage()).isEqualTo("a.md:1: first\n    fix it");
        assertThat(new ProblemException(List.of(one, two)).getMessage()).isEqualTo("2 problems");
        assertThat(new ProblemException(List.of(one, two)).problems()).containsExactly(one, two);
    }

    @Test
    void exceptionKeepsACopyOfTheProblems() {
        List<Problem> problems = new ArrayList<>(List.of(Problem.inFile("a.md", "m", "")));
        ProblemException e = new ProblemException(problems);
        problems.clear();

        assertThat(e.problems()).hasSize(1);
        assertThatThrownBy(() -> e.problems().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
