package org.dateline.parse;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
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

    private final LoadSettings settings;

    GuardedYamlLoad(LoadSettings settings) {
        super(settings);
        this.settings = settings;
    }

    @Override
    protected Composer createComposer(String yaml) {
        return new Composer(settings, new Counting(new ParserImpl(settings, new StreamReader(settings, yaml))));
    }

    /** Why the load was stopped, and where (0-based, as SnakeYAML counts lines). */
    static final class LimitExceeded extends YamlEngineException {

        private static final long serialVersionUID = 1L;

        private final transient Optional<Mark> mark;
        private final boolean tooDeep;

        LimitExceeded(boolean tooDeep, Optional<Mark> mark) {
            super(tooDeep ? "nested too deeply" : "too many aliases");
            this.tooDeep = tooDeep;
            this.mark = mark;
        }

        /** True when lists and mappings nest too deeply, false when there are too many aliases. */
        boolean tooDeep() {
            return tooDeep;
        }

        Optional<Mark> mark() {
            return mark;
        }
    }

    /** Passes the parser's events on, counting nesting depth and aliases to collections. */
    private static final class Counting implements Parser {

        private final Parser parser;
        private final Set<String> collectionAnchors = new HashSet<>();
        private int depth;
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
                // The mapping of top-level keys is not a level the writer counts: 'extra: [[1]]' is two deep.
                if (++depth > MAX_DEPTH + 1) {
                    throw new LimitExceeded(true, event.getStartMark());
                }
                start.getAnchor().ifPresent(anchor -> collectionAnchors.add(anchor.getValue()));
            } else if (event.getEventId() == Event.ID.SequenceEnd || event.getEventId() == Event.ID.MappingEnd) {
                depth--;
            } else if (event instanceof ScalarEvent scalar) {
                scalar.getAnchor().ifPresent(anchor -> collectionAnchors.remove(anchor.getValue()));
            } else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAlias().getValue())
                    && ++collectionAliases > MAX_COLLECTION_ALIASES) {
                throw new LimitExceeded(false, event.getStartMark());
            }
            return event;
        }
    }
}
