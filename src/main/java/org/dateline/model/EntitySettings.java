package org.dateline.model;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the archive finds people, places and organisations ({@code entities:} in the settings).
 *
 * @param enabled whether articles are read for them at all ({@code entities: false} turns it off)
 * @param minArticles how many articles must name an entity for it to have a page of its own
 * @param aliases other spellings, each to the name it stands for ("Kerry" → "John Kerry")
 * @param drop names never taken for an entity
 * @param add names taken for an entity of the given kind wherever they are found, whatever their sentences say
 */
public record EntitySettings(boolean enabled, int minArticles, Map<String, String> aliases, Set<String> drop,
                             Map<String, TermKind> add) {

    public static final int DEFAULT_MIN_ARTICLES = 3;

    public EntitySettings {
        aliases = Map.copyOf(aliases);
        // Sorted: page fingerprints digest the settings, and Set.copyOf's order changes from one JVM to the next.
        drop = Collections.unmodifiableSortedSet(new TreeSet<>(drop));
        add = Map.copyOf(add);
    }

    /** What {@code entities: true} asks for: entities found, with pages from three articles up. */
    public static EntitySettings on() {
        return new EntitySettings(true, DEFAULT_MIN_ARTICLES, Map.of(), Set.of(), Map.of());
    }

    /** No entities found: what a site gets when its settings do not ask for them. */
    public static EntitySettings off() {
        return new EntitySettings(false, DEFAULT_MIN_ARTICLES, Map.of(), Set.of(), Map.of());
    }
}
