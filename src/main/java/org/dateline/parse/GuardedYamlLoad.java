package org.dateline.parse;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * SnakeYAML Engine's loader, stopped where hostile YAML would take it down. Its composer builds
 * nested lists and mappings by recursion, and the engine has no depth setting: 5,000 {@code [}
 * overflow the stack. Its alias limit is checked only once the values are built, and named in its
 * own terms. So the events are counted here, on their way from the parser to the composer, and the
 * first one past a limit stops the load with the line it is on.
 */
final class GuardedYamlLoad extends Load {

    /** Lists and mappings inside one another: far more than front matter needs, far less than the stack holds. */
    static final int MAX_DEPTH = 50;

    /** Aliases ('*name') to lists or mappings: each may copy a whole structure, so a few lines can make billions. */
    static final int MAX_COLLECTION_ALIASES = 50;

    /** Values once aliases are written out: the steps after reading walk every one, and keep them in the cache. */
    static final long MAX_VALUES = 100_000;

    private final LoadSettings settings;

    GuardedYamlLoad(LoadSettings settings) {
        super(settings);
        this.settings = settings;
    }

    @Override
    protected Composer createComposer(String yaml) {
        return new Composer(settings, new Counting(new ParserImpl(settings, new StreamReader(settings, yaml))));
    }

    /** Which limit a load passed. */
    enum Limit {
        /** Lists and mappings inside one another, aliases followed. */
        DEPTH,
        /** Aliases to lists or mappings. */
        ALIASES,
        /** Values once every alias is replaced by what it names. */
        VALUES
    }

    /** Why the load was stopped, and where (0-based, as SnakeYAML counts lines). */
    static final class LimitExceeded extends YamlEngineException {

        private static final long serialVersionUID = 1L;

        private final Limit limit;
        private final transient Optional<Mark> mark;

        LimitExceeded(Limit limit, Optional<Mark> mark) {
            super("past the limit on " + limit);
            this.limit = limit;
            this.mark = mark;
        }

        Limit limit() {
            return limit;
        }

        Optional<Mark> mark() {
            return mark;
        }
    }

    /** A list or mapping being parsed: how deep it reaches and how many values it holds, aliases expanded. */
    private static final class Open {
        final String anchor;
        final int depth;
        int deepest;
        long values = 1;

        Open(String anchor, int depth) {
            this.anchor = anchor;
            this.depth = depth;
            this.deepest = depth;
        }
    }

    /** What an anchor names, for the aliases to it: levels and values it adds where it is repeated. */
    private record Named(int levels, long values) {
    }

    /**
     * Passes the parser's events on, counting what the values will be once built: nesting depth and
     * values as if every alias were written out (which is what the build's later steps walk), and
     * aliases to lists or mappings.
     */
    private static final class Counting implements Parser {

        private final Parser parser;
        private final ArrayDeque<Open> open = new ArrayDeque<>();
        private final Map<String, Named> anchors = new HashMap<>();
        private long values;
        private int collectionAliases;

        Counting(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            if (event instanceof CollectionStartEvent start) {
                Open collection = new Open(start.getAnchor().map(Anchor::getValue).orElse(null), open.size() + 1);
                open.push(collection);
                reach(collection.depth, 1, event);
            } else if (event.getEventId() == Event.ID.SequenceEnd || event.getEventId() == Event.ID.MappingEnd) {
                Open done = open.pop();
                if (done.anchor != null) {
                    anchors.put(done.anchor, new Named(done.deepest - done.depth + 1, done.values));
                }
                Open parent = open.peek();
                if (parent != null) {
                    parent.deepest = Math.max(parent.deepest, done.deepest);
                    parent.values += done.values;
                }
            } else if (event instanceof ScalarEvent scalar) {
                scalar.getAnchor().ifPresent(anchor -> anchors.put(anchor.getValue(), new Named(0, 1)));
                add(1);
                reach(open.size(), 1, event);
            } else if (event instanceof AliasEvent alias) {
                // An alias inside the anchor it names is not known yet: YamlBlock reports that value.
                Named named = anchors.getOrDefault(alias.getAlias().getValue(), new Named(0, 1));
                if (named.levels() > 0 && ++collectionAliases > MAX_COLLECTION_ALIASES) {
                    throw new LimitExceeded(Limit.ALIASES, event.getStartMark());
                }
                add(named.values());
                reach(open.size() + named.levels(), named.values(), event);
            }
            return event;
        }

        /** Counts values that are not inside the list or mapping open now (those it counts itself). */
        private void add(long count) {
            Open parent = open.peek();
            if (parent != null) {
                parent.values += count;
            }
        }

        /** Counts {@code count} more values, reaching {@code depth}; stops the load past a limit. */
        private void reach(int depth, long count, Event event) {
            values += count;
            // The mapping of top-level keys is not a level the writer counts: 'extra: [[1]]' is two deep.
            if (depth > MAX_DEPTH + 1) {
                throw new LimitExceeded(Limit.DEPTH, event.getStartMark());
            }
            if (values > MAX_VALUES) {
                throw new LimitExceeded(Limit.VALUES, event.getStartMark());
            }
            Open parent = open.peek();
            if (parent != null) {
                parent.deepest = Math.max(parent.deepest, depth);
            }
        }
    }
}
