package org.dateline.render;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The parts of pages a build has rendered once and may put on other pages as they are: what the
 * {@code reuse} tag keeps ({@link ReuseTag}). Each is kept under the tag it came from and the value
 * of the tag's key, as UTF-8.
 *
 * <p>Bounded: a million-article archive has millions of distinct cards, so only about
 * {@code budget} bytes are kept, in two generations: new fragments go into the young one, and when
 * it holds half the budget it becomes the old one and the old one is dropped; a fragment found in
 * the old generation is moved back into the young one. Those used again soon stay, the rest go,
 * with no lock on the way to a fragment. Safe for many threads: two threads that miss the same
 * fragment at once both render it, and the same bytes are kept.
 */
final class Fragments {

    /** What each fragment costs besides its bytes: the map's entry, the key and the array's header. */
    static final int OVERHEAD = 160;

    /**
     * A fragment's place: the tag (by identity: each tag in each template is one), its key's value,
     * and the locale the page is rendered in, which the theme's words ({@code t()}) and Pebble's
     * own filters depend on: the languages of a site share the templates, and their fragments.
     */
    record Key(Object tag, Object value, Locale locale) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.tag == tag && k.value.equals(value) && Objects.equals(k.locale, locale);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(tag) * 31 + value.hashCode()) * 31 + Objects.hashCode(locale);
        }
    }

    private final long generationBytes;
    private volatile Map<Key, byte[]> young = new ConcurrentHashMap<>();
    private volatile Map<Key, byte[]> old = Map.of();
    private final AtomicLong youngBytes = new AtomicLong();

    /** @param budget about how many bytes the fragments may take, with their keys' own objects left out */
    Fragments(long budget) {
        this.generationBytes = Math.max(1, budget / 2);
    }

    /** The fragment kept under {@code key}, or null. */
    byte[] get(Key key) {
        byte[] found = young.get(key);
        if (found == null) {
            found = old.get(key);
            if (found != null) {
                put(key, found);
            }
        }
        return found;
    }

    void put(Key key, byte[] fragment) {
        if (young.putIfAbsent(key, fragment) == null
                && youngBytes.addAndGet(fragment.length + OVERHEAD) > generationBytes) {
            age();
        }
    }

    /** How many fragments are kept now (both generations; one may be in both). */
    int size() {
        return young.size() + old.size();
    }

    private synchronized void age() {
        if (youngBytes.get() > generationBytes) {
            old = young;
            young = new ConcurrentHashMap<>();
            youngBytes.set(0);
        }
    }
}
