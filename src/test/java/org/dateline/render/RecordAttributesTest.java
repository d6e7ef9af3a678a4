package org.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A view record's values read by {@link RecordAttributes}: what Pebble's own resolver would give, every time. */
class RecordAttributesTest {

    public record Card(String title, int count, boolean current, List<String> tags, Card next) {
    }

    /** A record with a bean-style method beside a component: Pebble prefers {@code getTitle()}, and so must we. */
    public record Shouting(String title) {
        public String getTitle() {
            return title.toUpperCase();
        }

        public String twice(String word) {
            return word + word;
        }
    }

    private static String render(boolean withDateline, String template, Map<String, Object> variables) {
        PebbleEngine.Builder builder = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true)
                .autoEscaping(true).newLineTrimming(false);
        if (withDateline) {
            builder.extension(new DatelineExtension(new Fragments(1 << 16)));
        }
        StringWriter out = new StringWriter();
        try {
            builder.build().getTemplate(template).evaluate(out, variables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The template rendered with Dateline's resolver and with Pebble's alone: both must agree. */
    private static String both(String template, Map<String, Object> variables) {
        String ours = render(true, template, variables);
        assertThat(ours).isEqualTo(render(false, template, variables));
        return ours;
    }

    private final Card card = new Card("Oil & gas", 3, true, List.of("energy", "Opec"), new Card("Next", 1, false, List.of(), null));

    @Test
    void readsEachComponentAsPebbleWould() {
        assertThat(both("{{ c.title }}|{{ c.count + 1 }}|{{ c.current }}|{{ c.tags | join(',') }}|{{ c.next.title }}"
                + "|{{ c.tags[1] }}|{% if c.next.next is null %}none{% endif %}", Map.of("c", card)))
                .isEqualTo("Oil &amp; gas|4|true|energy,Opec|Next|Opec|none");
    }

    @Test
    void aBeanStyleMethodBesideAComponentStillWinsAndMethodsWithArgumentsStillWork() {
        assertThat(both("{{ s.title }} {{ s.twice('ab') }}", Map.of("s", new Shouting("quiet")))).isEqualTo("QUIET abab");
    }

    @Test
    void whatIsNotARecordComponentIsLeftToPebble() {
        assertThat(both("{{ m.title }} {{ l[0].title }} {{ text.length }}", Map.of("m", Map.of("title", "From a map"),
                "l", List.of(card), "text", "four"))).isEqualTo("From a map Oil &amp; gas 4");
        assertThatThrownBy(() -> render(true, "{{ c.headline }}", Map.of("c", card))).isInstanceOf(PebbleException.class)
                .hasMessageContaining("headline");
    }
}
