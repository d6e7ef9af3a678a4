package org.dateline.config;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Entities;
import org.dateline.model.EntitySettings;
import org.dateline.model.Problem;
import org.dateline.model.TermKind;

/**
 * Reads {@code entities:}: {@code true} to find people, places and organisations (absent or
 * {@code false}: none are found), or a map of {@code minArticles},
 * {@code aliases} (other spelling: the name), {@code drop} (a list of names) and {@code add}
 * ({@code people}, {@code places}, {@code organisations}: lists of names).
 */
final class EntitySettingsReader {

    static final Set<String> KEYS = Set.of("minArticles", "aliases", "drop", "add");
    private static final String EXAMPLE = "Write e.g.\n      entities:\n        minArticles: 3\n"
            + "        aliases: {\"Kerry\": \"John Kerry\"}\n        drop: [Reuters]\n"
            + "        add: {places: [Russia]}\n    or 'entities: true' for the defaults.";

    private EntitySettingsReader() {
    }

    /**
     * Finding entities is asked for: at 10,000 articles it adds 44 % to a cold build on a quiet
     * machine, far over the 15 % allowed (README).
     */
    static EntitySettings read(Object value, String file, int line, List<Problem> problems) {
        if (Boolean.TRUE.equals(value)) {
            return EntitySettings.on();
        }
        if (value == null || Boolean.FALSE.equals(value)) {
            return EntitySettings.off();
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(Problem.at(file, line, "entities must be true, false or a map of settings", EXAMPLE));
            return EntitySettings.on();
        }
        int minArticles = EntitySettings.DEFAULT_MIN_ARTICLES;
        Map<String, String> aliases = new HashMap<>();
        Set<String> drop = new HashSet<>();
        Map<String, TermKind> add = new HashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object v = entry.getValue();
            switch (key) {
                case "minArticles" -> {
                    if (v instanceof Integer n && n >= 1) {
                        minArticles = n;
                    } else {
                        problems.add(Problem.at(file, line, "entities: minArticles must be a whole number of at least 1",
                                "Write e.g. 'minArticles: 3': an entity gets a page once that many articles name it."));
                    }
                }
                case "aliases" -> {
                    if (v instanceof Map<?, ?> pairs && pairs.values().stream().allMatch(String.class::isInstance)) {
                        pairs.forEach((from, to) -> aliases.put(String.valueOf(from).strip(), ((String) to).strip()));
                    } else {
                        problems.add(Problem.at(file, line, "entities: aliases must map each spelling to a name", EXAMPLE));
                    }
                }
                case "drop" -> {
                    if (v instanceof List<?> names) {
                        names.forEach(n -> drop.add(String.valueOf(n).strip()));
                    } else {
                        problems.add(Problem.at(file, line, "entities: drop must be a list of names", EXAMPLE));
                    }
                }
                case "add" -> readAdd(v, file, line, add, problems);
                default -> problems.add(Problem.at(file, line, "entities: unknown setting '" + key + "'",
                        "Known entities settings: " + String.join(", ", KEYS.stream().sorted().toList()) + "."));
            }
        }
        return new EntitySettings(true, minArticles, aliases, drop, add);
    }

    private static void readAdd(Object v, String file, int line, Map<String, TermKind> add, List<Problem> problems) {
        if (!(v instanceof Map<?, ?> kinds)) {
            problems.add(Problem.at(file, line, "entities: add must be a map of kinds to lists of names", EXAMPLE));
            return;
        }
        kinds.forEach((kindName, names) -> {
            TermKind kind = null;
            for (TermKind k : Entities.KINDS) {
                if (k.folder().equals(String.valueOf(kindName))) {
                    kind = k;
                }
            }
            if (kind == null || !(names instanceof List<?> list)) {
                problems.add(Problem.at(file, line, "entities: add takes people, places and organisations, each a list"
                        + " of names; '" + kindName + "' is not one of them", EXAMPLE));
                return;
            }
            for (Object name : list) {
                add.put(String.valueOf(name).strip(), kind);
            }
        });
    }
}
