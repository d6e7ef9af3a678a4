package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentParserTest {

    private static final Command ADD = new Command("tool add",
            List.of("Adds a thing."),
            List.of(Option.parameter("NAME", "What to add."),
                    Option.value("--into", "DIR", "Where. Default: ${DEFAULT}.").withDefault("here"),
                    Option.value("--count", "N", "How many."),
                    Option.value("--title", "TITLE", "The title.").asRequired(),
                    Option.flag("--quiet", "Say nothing."),
                    Option.flag("--secret", "Not in the help.").asHidden()),
            List.of(), List.of(), (arguments, out, err) -> 0);

    private static final Command ROOT = new Command("tool", List.of("A tool."), List.of(), List.of(),
            List.of(ADD), (arguments, out, err) -> 0);

    private static ArgumentParser.Parsed parse(String... args) {
        return ArgumentParser.parse(ROOT, List.of(args));
    }

    @Test
    void choosesTheCommandAndReadsItsOptionsInAnyOrder() {
        ArgumentParser.Parsed parsed = parse("add", "--title", "T", "thing", "--quiet", "--count=3");
        assertThat(parsed.command()).isSameAs(ADD);
        Arguments arguments = parsed.arguments();
        assertThat(arguments.value("NAME")).isEqualTo("thing");
        assertThat(arguments.value("--title")).isEqualTo("T");
        assertThat(arguments.integer("--count")).isEqualTo(3);
        assertThat(arguments.flag("--quiet")).isTrue();
        assertThat(arguments.flag("--secret")).isFalse();
        assertThat(arguments.path("--into")).isEqualTo(Path.of("here"));
        assertThat(parsed.help()).isFalse();
    }

    @Test
    void aValueMayStartWithADashAndDoubleDashEndsTheOptions() {
        Arguments arguments = parse("add", "--title", "-5 degrees", "--", "--odd-name").arguments();
        assertThat(arguments.value("--title")).isEqualTo("-5 degrees");
        assertThat(arguments.value("NAME")).isEqualTo("--odd-name");
        assertThat(parse("add", "--title=a=b", "x").arguments().value("--title")).isEqualTo("a=b");
    }

    @Test
    void helpAndVersionNeedNothingElse() {
        assertThat(parse("add", "--help").help()).isTrue();
        assertThat(parse("add", "-h").command()).isSameAs(ADD);
        assertThat(parse("-V").version()).isTrue();
        assertThat(parse().command()).isSameAs(ROOT);
    }

    @Test
    void anUnknownOptionNamesTheNearestOne() {
        assertThatThrownBy(() -> parse("add", "x", "--title", "T", "--qiet"))
                .isInstanceOf(BadUsage.class)
                .hasMessage("Unknown option: '--qiet' ('tool add' has no such option)")
                .extracting(e -> ((BadUsage) e).hint()).isEqualTo("Did you mean --quiet? See 'tool add --help'.");
        assertThatThrownBy(() -> parse("add", "x", "--title", "T", "-q"))
                .hasMessageStartingWith("Unknown option: '-q'")
                .extracting(e -> ((BadUsage) e).hint()).asString()
                .isEqualTo("Its options: --into, --count, --title, --quiet. See 'tool add --help'.");
    }

    @Test
    void anUnknownCommandNamesTheNearestOne() {
        assertThatThrownBy(() -> parse("ad"))
                .hasMessage("'tool' has no command 'ad'")
                .extracting(e -> ((BadUsage) e).hint()).isEqualTo("Did you mean 'tool add'? The commands: add. See 'tool --help'.");
    }

    @Test
    void sayWhatIsMissingOrMalformed() {
        assertThatThrownBy(() -> parse("add", "x")).hasMessage("'tool add' needs --title TITLE");
        assertThatThrownBy(() -> parse("add", "--title", "T"))
                .hasMessage("'tool add' needs NAME: What to add.")
                .extracting(e -> ((BadUsage) e).hint()).isEqualTo("For example: tool add NAME --title TITLE. See 'tool add --help'.");
        assertThatThrownBy(() -> parse("add", "x", "--title")).hasMessage("--title needs a value: --title TITLE");
        assertThatThrownBy(() -> parse("add", "x", "y", "--title", "T")).hasMessage("'tool add' does not take 'y'");
        assertThatThrownBy(() -> parse("add", "x", "--title", "T", "--quiet=yes"))
                .hasMessage("--quiet is on or off and takes no value, not 'yes'");
        Arguments arguments = parse("add", "x", "--title", "T", "--count", "many").arguments();
        assertThatThrownBy(() -> arguments.integer("--count")).hasMessage("--count takes a whole number, not 'many'");
    }
}
