package org.dateline.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.util.List;

/**
 * What Dateline adds to Pebble: the {@code reuse} tag ({@link ReuseTag}) and a quicker way to a
 * view record's values ({@link RecordAttributes}).
 */
final class DatelineExtension extends AbstractExtension {

    private final Fragments fragments;

    DatelineExtension(Fragments fragments) {
        this.fragments = fragments;
    }

    @Override
    public List<TokenParser> getTokenParsers() {
        return List.of(new ReuseTag(fragments));
    }

    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(new RecordAttributes());
    }
}
