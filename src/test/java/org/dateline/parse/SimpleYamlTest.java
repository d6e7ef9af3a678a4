package org.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

class SimpleYamlTest {

    private static final LoadSettings SETTINGS = LoadSettings.builder().setAllowDuplicateKeys(false).build();
    private static final ScalarResolver RESOLVER = SETTINGS.getSchema().getScalarResolver();

    private static Map<String, Object> simple(String yaml) {
        return SimpleYaml.read(yaml, RESOLVER);
    }

    /** What the full parser makes of it, keys as text; null when it refuses the text. */
    private static Map<String, Object> full(String yaml) {
        Object root;
        try {
            root = new Load(SETTINGS).loadFromString(yaml);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(root instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((key, value) -> values.put(String.valueOf(key), value));
        return values;
    }

    @Test
    void readsTheFrontMatterOfATypicalArticle() {
        Map<String, Object> values = simple("""
                title: "Yahoo moves into \\"desktop\\" search"
                date: 2021-12-17T15:33:43Z
                author: "BBC News" # the desk
                tags: ["Yahoo", 'Google''s rival', Microsoft]
                summary: Internet giant Yahoo has launched software, to search e-mail (C#, a:b) and all.
                authors:
                  - Ann Smith
                  - 'Bob: the builder'
                empty:
                slug: yahoo-desktop
                """);

        assertThat(values).containsExactly(
                entry("title", "Yahoo moves into \"desktop\" search"),
                entry("date", "2021-12-17T15:33:43Z"),
                entry("author", "BBC News"),
                entry("tags", List.of("Yahoo", "Google's rival", "Microsoft")),
                entry("summary", "Internet giant Yahoo has launched software, to search e-mail (C#, a:b) and all."),
                entry("authors", List.of("Ann Smith", "Bob: the builder")),
                entry("empty", null),
                entry("slug", "yahoo-desktop"));
    }

    @Test
    void readsCommentsBlankLinesEmptyListsAndListsAtTheKeysIndent() {
        assertThat(simple("# a note\n\ntags: []\naliases:\n- old/one\n- old/two\n  # indented note\ntitle: T\n"))
                .containsExactly(entry("tags", List.of()), entry("aliases", List.of("old/one", "old/two")),
                        entry("title", "T"));
    }

    /** Each of these is left to the full parser, which types, nests, joins or refuses it. */
    @ParameterizedTest
    @ValueSource(strings = {
            "count: 5", "draft: true", "title: null", "ratio: 1.5", "tags: [a, 1]",
            "1: one", "true: yes",
            "title: a\ntitle: b",
            "title: a\n  continued",
            "title:\n  on the next line",
            "tags:\n  - a\n    - b",
            "tags:\n  - a\n - b",
            "tags:\n  - a: b",
            "tags:\n  -",
            "tags:\n\n  - a",
            "summary: |\n  block",
            "summary: >\n  folded",
            "title: &a x\nother: *a",
            "title: !!str 5",
            "title: \"a\\u00e9\"",
            "title: \"open",
            "title: 'a' b",
            "title: \"a\"#no space",
            "title: Note:",
            "title: a: b",
            "title: a # comment",
            "tags: [a, [b]]",
            "tags: [a, {b: c}]",
            "tags: [a, b,]",
            "tags: [a, , b]",
            "tags: [\"a\" # c]",
            "tags: [a:b]",
            "tags: [a] b",
            "tags: [\"a]\"]",
            "tags: [a",
            "meta: {a: b}",
            "title:\ta",
            "title: a\u0085b",
            "title: \ud83d\ude00",
            "  title: indented",
            "? key\n: value",
            "%YAML 1.2\n---\ntitle: a",
            "og:title: x",
            "-title: x",
            "title: - x",
            "title: @x",
            "title: `x`",
    })
    void leavesEverythingElseToTheFullParser(String yaml) {
        assertThat(simple(yaml)).as(yaml).isNull();
    }

    @Test
    void neverDisagreesWithTheFullParserOnRandomFrontMatter() {
        Random random = new Random(20261124);
        String[] keys = {"title", "date", "tags", "author", "summary", "x-y", "_k", "slug"};
        String[] pieces = {"word", "two words", "Yahoo's", "a:b", "a: b", "C#", "a #c", "#c", "\"q\"", "'s'",
                "\"es\\\"c\"", "\"b\\\\s\"", "\"u\\u0041\"", "\"n\\nl\"", "\"t\\tb\"", "\"sl\\/\"", "\"q\" #c", "'it''s'", "'", "\"", "12", "-3", "1.5", "true", "null",
                "~", "", " ", "[", "]", "{", "}", ",", "-", "- x", "é", "…", "http://x.org/a?b=c", "2024-03-05",
                "&a", "*a", "!t", "|", ">", "%", "@", "`", "?", ":", "a,b", "[a]", "\"a]\"", "a\tb"};
        int accepted = 0;
        int runs = 20_000;
        for (int run = 0; run < runs; run++) {
            StringBuilder yaml = new StringBuilder();
            int entries = 1 + random.nextInt(5);
            for (int e = 0; e < entries; e++) {
                if (random.nextInt(10) == 0) {
                    yaml.append(random.nextBoolean() ? "\n" : "  # note\n");
                }
                yaml.append(keys[random.nextInt(keys.length)]).append(':');
                switch (random.nextInt(4)) {
                    case 0 -> yaml.append(' ').append(scalar(random, pieces));
                    case 1 -> {
                        yaml.append(" [");
                        int items = random.nextInt(4);
                        for (int i = 0; i < items; i++) {
                            yaml.append(i == 0 ? "" : random.nextBoolean() ? ", " : ",").append(scalar(random, pieces));
                        }
                        yaml.append(']').append(random.nextInt(8) == 0 ? " # c" : "");
                    }
                    case 2 -> {
                        yaml.append(random.nextInt(8) == 0 ? " # c" : "");
                        String indent = " ".repeat(random.nextInt(3));
                        int items = random.nextInt(4);
                        for (int i = 0; i < items; i++) {
                            String itemIndent = random.nextInt(15) == 0 ? indent + " " : indent;
                            yaml.append('\n').append(itemIndent).append("- ").append(scalar(random, pieces));
                        }
                    }
                    default -> {
                        if (random.nextBoolean()) {
                            yaml.append(' ');
                        }
                    }
                }
                yaml.append(random.nextInt(12) == 0 ? "\n  " + scalar(random, pieces) : "").append('\n');
            }
            String text = yaml.toString();
            Map<String, Object> simple = simple(text);
            if (simple != null) {
                accepted++;
                assertThat(simple).as("what the full parser reads from:\n%s", text).isEqualTo(full(text));
                assertThat(new ArrayList<>(simple.keySet())).isEqualTo(new ArrayList<>(full(text).keySet()));
            }
        }
        assertThat(accepted).as("front matters read without the full parser").isGreaterThan(runs / 10);
    }

    private static String scalar(Random random, String[] pieces) {
        StringBuilder out = new StringBuilder(pieces[random.nextInt(pieces.length)]);
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            out.append(random.nextBoolean() ? " " : "").append(pieces[random.nextInt(pieces.length)]);
        }
        return out.toString();
    }
}
