package org.dateline.parse;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * A YAML mapping read from part of a file, remembering where each top-level key sits so that a
 * problem with a value can name its line. Dates stay strings (YAML 1.2 core schema): {@link
 * DateParser} reads them, with the site's zone.
 */
public final class YamlBlock {

    /** How the full parser types plain text, so {@link SimpleYaml} types it the same. */
    private static final ScalarResolver RESOLVER = LoadSettings.builder().build().getSchema().getScalarResolver();

    /** SnakeYAML Engine's own limit, checked here first so that it is told in the user's words. */
    static final int MAX_CHARACTERS = 3 * 1024 * 1024;

    private final Map<String, Object> values;
    private final String text;
    private final int firstLine;

    private YamlBlock(Map<String, Object> values, String text, int firstLine) {
        this.values = values;
        this.text = text;
        this.firstLine = firstLine;
    }

    /**
     * Reads the front matter of {@code parts}, whichever way it is written: TOML by
     * {@link TomlFrontMatter}, YAML and JSON (which YAML reads) here.
     */
    static YamlBlock read(FrontMatter parts, String file) throws ProblemException {
        int first = Math.max(1, parts.yamlFirstLine());
        if (parts.kind() == FrontMatter.Kind.TOML) {
            return new YamlBlock(TomlFrontMatter.read(parts.yaml(), file, first), parts.yaml(), first);
        }
        return parse(parts.yaml(), file, first);
    }

    /**
     * Reads {@code yaml}, which starts at line {@code firstLine} of {@code file}.
     *
     * @throws ProblemException when it is not YAML, or not a mapping of keys to values
     */
    public static YamlBlock parse(String yaml, String file, int firstLine) throws ProblemException {
        if (yaml.isBlank()) {
            return new YamlBlock(Map.of(), yaml, firstLine);
        }
        if (yaml.length() > MAX_CHARACTERS) {
            throw new ProblemException(Problem.at(file, firstLine, "the YAML is " + yaml.length()
                            + " characters long, more than Dateline reads (" + MAX_CHARACTERS + ")",
                    "Keep the article's details in the YAML and put long text in the body, below the closing '---'."));
        }
        Map<String, Object> simple = SimpleYaml.read(yaml, RESOLVER);
        if (simple != null) {
            return new YamlBlock(simple, yaml, firstLine);
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setCodePointLimit(MAX_CHARACTERS)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(GuardedYamlLoad.MAX_COLLECTION_ALIASES)
                .build();
        Object root;
        try {
            root = new GuardedYamlLoad(settings).loadFromString(yaml);
        } catch (GuardedYamlLoad.LimitExceeded e) {
            throw new ProblemException(limitProblem(e, file, firstLine));
        } catch (MarkedYamlEngineException e) {
            // At the end of the text (an unclosed quote or bracket) the useful line is where the
            // construct began, not where the text ran out.
            Optional<Mark> mark = e.getProblemMark();
            if (mark.isEmpty() || mark.get().getIndex() >= yaml.length() - 1) {
                mark = e.getContextMark().or(() -> e.getProblemMark());
            }
            int line = mark.map(m -> m.getLine() + firstLine).orElse(firstLine);
            throw new ProblemException(Problem.at(file, line,
                    "the YAML is not valid: " + oneLine(e.getProblem()) + contextOf(e),
                    "Check the indentation and the quoting: a value that holds ': ' or '#', or starts with"
                            + " a quote, '[', '{', '&', '*' or '@', must be wrapped in double quotes."));
        } catch (YamlEngineException e) {
            throw new ProblemException(Problem.at(file, firstLine,
                    "the YAML is not valid: " + oneLine(e.getMessage()),
                    "Check the indentation and the quoting of the values."));
        }
        if (root == null) {
            return new YamlBlock(Map.of(), yaml, firstLine);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new ProblemException(Problem.at(file, firstLine,
                    "the YAML is " + (root instanceof String ? "plain text" : "a " + kindOf(root)) + ", not a set of 'key: value' lines",
                    "Write one 'key: value' per line, for example 'title: \"Ferry fares frozen\"'."));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            values.put(String.valueOf(entry.getKey()), entry.getValue());
        }
        YamlBlock block = new YamlBlock(values, yaml, firstLine);
        // An alias inside the anchor it names ('tags: &a [*a]') makes a value that contains itself:
        // printing, hashing or walking it never ends.
        List<Problem> problems = new java.util.ArrayList<>();
        Set<Object> acyclic = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            Set<Object> path = Collections.newSetFromMap(new IdentityHashMap<>());
            path.add(root);
            if (containsItself(entry.getValue(), path, acyclic)) {
                problems.add(Problem.at(file, block.lineOf(entry.getKey()),
                        "the value of '" + entry.getKey() + "' contains itself (an alias '*' inside the anchor '&' it names)",
                        "Write the value out in full instead of referring to it from inside itself."));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        return block;
    }

    private static Problem limitProblem(GuardedYamlLoad.LimitExceeded e, String file, int firstLine) {
        int line = e.mark().map(m -> m.getLine() + firstLine).orElse(firstLine);
        String aliasHint = "Write the values out where they are needed instead of referring to them with '*'.";
        return switch (e.limit()) {
            case DEPTH -> Problem.at(file, line, "the YAML holds lists or mappings more than " + GuardedYamlLoad.MAX_DEPTH
                            + " levels inside one another",
                    "Front matter needs a few levels at most: look for a '[' or '{' that is never closed, or write the"
                            + " value with fewer levels.");
            case ALIASES -> Problem.at(file, line, "the YAML repeats lists or mappings through aliases ('*name') more than "
                            + GuardedYamlLoad.MAX_COLLECTION_ALIASES + " times, which can multiply a few lines into"
                            + " billions of values", aliasHint);
            case VALUES -> Problem.at(file, line, "the YAML's aliases ('*name') repeat lists or mappings into more than "
                            + GuardedYamlLoad.MAX_VALUES + " values", aliasHint);
        };
    }

    /** Whether {@code value} reaches a list or mapping on {@code path} (its own ancestors) again. */
    private static boolean containsItself(Object value, Set<Object> path, Set<Object> acyclic) {
        if (!(value instanceof Map<?, ?> || value instanceof Collection<?>) || acyclic.contains(value)) {
            return false;
        }
        if (!path.add(value)) {
            return true;
        }
        Collection<?> children = value instanceof Map<?, ?> map ? concat(map) : (Collection<?>) value;
        for (Object child : children) {
            if (containsItself(child, path, acyclic)) {
                return true;
            }
        }
        path.remove(value);
        acyclic.add(value);
        return false;
    }

    private static Collection<?> concat(Map<?, ?> map) {
        List<Object> all = new java.util.ArrayList<>(map.keySet());
        all.addAll(map.values());
        return all;
    }

    public Map<String, Object> values() {
        return values;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Object get(String key) {
        return values.get(key);
    }

    /** The line of the file where top-level {@code key} is written, or the block's first line. */
    public int lineOf(String key) {
        Pattern keyLine = Pattern.compile("^[\"']?" + Pattern.quote(key) + "[\"']?\\s*[:=]"); // YAML or TOML
        String[] lines = text.split("\n", -1); // only for problems: most blocks never need it
        for (int i = 0; i < lines.length; i++) {
            if (keyLine.matcher(lines[i]).find()) {
                return firstLine + i;
            }
        }
        return firstLine;
    }

    public static String kindOf(Object value) {
        if (value instanceof List<?>) {
            return "list";
        }
        if (value instanceof Map<?, ?>) {
            return "mapping";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "true/false value";
        }
        return "text";
    }

    private static String contextOf(MarkedYamlEngineException e) {
        String context = e.getContext();
        return context == null || context.isBlank() ? "" : " (" + oneLine(context) + ")";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
