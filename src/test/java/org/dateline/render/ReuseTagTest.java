package org.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReuseTagTest {

    private final Fragments fragments = new Fragments(1 << 20);
    private final PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true)
            .autoEscaping(true).newLineTrimming(false).extension(new DatelineExtension(fragments)).build();

    /** Counts how often it is printed: a value the key leaves out, to see when the output was reused. */
    static final class Counter {
        final AtomicInteger printed = new AtomicInteger();

        @Override
        public String toString() {
            return String.valueOf(printed.incrementAndGet());
        }
    }

    private String render(PebbleTemplate template, Map<String, Object> variables) {
        Utf8Writer out = new Utf8Writer(16);
        try {
            template.evaluate(out, variables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void anEqualKeyPutsTheOutputRenderedForItFirst() {
        PebbleTemplate template = engine.getTemplate("<li>{% reuse [card, level] %}<h{{ level }}>{{ card }} #{{ n }}"
                + "</h{{ level }}>{% endreuse %}</li>");
        Counter n = new Counter();
        assertThat(render(template, Map.of("card", "Budget", "level", 2, "n", n))).isEqualTo("<li><h2>Budget #1</h2></li>");
        // Equal, not the same, key values: the fragment is put again without rendering it.
        assertThat(render(template, Map.of("card", new String("Budget"), "level", 2, "n", n)))
                .isEqualTo("<li><h2>Budget #1</h2></li>");
        assertThat(render(template, Map.of("card", "Budget", "level", 3, "n", n))).isEqualTo("<li><h3>Budget #2</h3></li>");
        assertThat(render(template, Map.of("card", "Strike", "level", 2, "n", n))).isEqualTo("<li><h2>Strike #3</h2></li>");
        assertThat(n.printed).hasValue(3);
    }

    @Test
    void twoTagsWithEqualKeysKeepTheirOwnOutput() {
        PebbleTemplate template = engine.getTemplate("{% reuse key %}A{{ key }}{% endreuse %}|{% reuse key %}B{{ key }}{% endreuse %}");
        PebbleTemplate other = engine.getTemplate("{% reuse key %}C{{ key }}{% endreuse %}");
        assertThat(render(template, Map.of("key", 1))).isEqualTo("A1|B1");
        assertThat(render(other, Map.of("key", 1))).isEqualTo("C1");
        assertThat(render(template, Map.of("key", 1))).isEqualTo("A1|B1");
    }

    /** The languages of a site share templates: a fragment is never put on a page of another locale. */
    @Test
    void aFragmentIsReusedOnlyInTheLocaleItWasRenderedIn() throws IOException {
        PebbleTemplate template = engine.getTemplate("{% reuse card %}{{ card }} ({{ locale }}){% endreuse %}");
        for (int round = 0; round < 2; round++) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                Utf8Writer out = new Utf8Writer(16);
                template.evaluate(out, Map.of("card", "Budget"), locale);
                assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("Budget (" + locale + ")");
            }
        }
    }

    @Test
    void whatItPutsIsEscapedAsAnywhereElse() {
        PebbleTemplate template = engine.getTemplate("{% reuse title %}<b>{{ title }}</b>{{ title | raw }}{% endreuse %}");
        assertThat(render(template, Map.of("title", "<i>A & B</i>"))).isEqualTo("<b>&lt;i&gt;A &amp; B&lt;/i&gt;</b><i>A & B</i>");
        assertThat(render(template, Map.of("title", "<i>A & B</i>"))).isEqualTo("<b>&lt;i&gt;A &amp; B&lt;/i&gt;</b><i>A & B</i>");
    }

    @Test
    void writesTheSameIntoAnyWriterAndKeepsTextAroundItWhole() throws IOException {
        PebbleTemplate template = engine.getTemplate("«{% reuse key %}{{ key }} · 😀{% endreuse %}»");
        StringWriter plain = new StringWriter();
        template.evaluate(plain, Map.of("key", "é"));
        assertThat(plain.toString()).isEqualTo("«é · 😀»");
        assertThat(render(template, Map.of("key", "é"))).isEqualTo("«é · 😀»");
        StringWriter again = new StringWriter();
        template.evaluate(again, Map.of("key", "é"));
        assertThat(again.toString()).isEqualTo("«é · 😀»");
    }

    /** A fragment that ends with half of a surrogate pair is not kept: cut off, its half would be a '?'. */
    @Test
    void halfOfASurrogatePairAtItsEdgeIsWrittenWithTheTextAroundIt() {
        PebbleTemplate template = engine.getTemplate("{% reuse 1 %}{{ high }}{% endreuse %}{{ low }}");
        Map<String, Object> variables = Map.of("high", "a\ud83d", "low", "\ude00b");
        assertThat(render(template, variables)).isEqualTo("a😀b");
        assertThat(render(template, variables)).isEqualTo("a😀b");
        assertThat(fragments.size()).isZero();
    }

    @Test
    void aNullKeyIsAKeyLikeAnyOther() {
        PebbleTemplate template = engine.getTemplate("{% reuse missing %}#{{ n }}{% endreuse %}");
        Counter n = new Counter();
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("missing", null);
        variables.put("n", n);
        assertThat(render(template, variables)).isEqualTo("#1");
        assertThat(render(template, variables)).isEqualTo("#1");
    }

    /** Many threads rendering pages whose fragments they share: every page is what it would be alone. */
    @Test
    void pagesRenderedAtOnceShareFragmentsAndComeOutWhole() throws Exception {
        PebbleTemplate template = engine.getTemplate("<ol>{% for item in items %}<li>{% reuse [item, root] %}"
                + "<a href=\"{{ root }}{{ item }}/\">{{ item | upper }} ‹{{ root }}›</a>{% endreuse %}</li>{% endfor %}</ol>");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> pages = new ArrayList<>();
            for (int page = 0; page < 2000; page++) {
                int number = page;
                pages.add(threads.submit(() -> {
                    String root = "../".repeat(number % 4);
                    List<String> items = new ArrayList<>();
                    StringBuilder expected = new StringBuilder("<ol>");
                    for (int i = 0; i < 20; i++) {
                        String item = "story-" + (number * 7 + i * 13) % 97;
                        items.add(item);
                        expected.append("<li><a href=\"").append(root).append(item).append("/\">")
                                .append(item.toUpperCase()).append(" ‹").append(root).append("›</a></li>");
                    }
                    expected.append("</ol>");
                    return render(template, Map.of("items", items, "root", root)).contentEquals(expected);
                }));
            }
            for (Future<Boolean> page : pages) {
                assertThat(page.get()).isTrue();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(fragments.size()).isBetween(1, 97 * 4 * 2);
    }
}
