package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelpTextTest {

    @Test
    void listsUsageDescriptionOptionsAndExitCodes() {
        Command command = new Command("tool add",
                List.of("Adds a thing.", "It adds the thing named, once, and says so."),
                List.of(Option.parameter("NAME", "What to add."),
                        Option.value("--into", "DIR", "Where it goes. Default: ${DEFAULT}.").withDefault("here"),
                        Option.value("--title", "TITLE", "The title.").asRequired(),
                        Option.flag("--secret", "Not shown.").asHidden()),
                List.of("0:added", "2:bad usage"), List.of(), (arguments, out, err) -> 0);

        assertThat(HelpText.of(command)).isEqualTo("""
                Usage: tool add [OPTIONS] --title=TITLE NAME
                Adds a thing.
                It adds the thing named, once, and says so.

                      NAME            What to add.
                  -h, --help          Show this help message and exit.
                      --into=DIR      Where it goes. Default: here.
                      --title=TITLE   The title.
                  -V, --version       Print version information and exit.

                Exit codes:
                  0   added
                  2   bad usage
                """);
    }

    @Test
    void wrapsLongTextsBesideTheirColumn() {
        StringBuilder out = new StringBuilder("  --x   ");
        HelpText.wrap("word ".repeat(30).strip(), 8, 10, out);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(HelpText.WIDTH));
        assertThat(lines[1]).startsWith(" ".repeat(10) + "word");
        assertThat(String.join(" ", lines).strip().replaceAll(" +", " ")).isEqualTo("--x" + " word".repeat(30));
    }
}
