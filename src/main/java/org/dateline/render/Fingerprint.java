package org.dateline.render;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A 128-bit digest of everything a page shows: its view records and the maps and lists around them
 * (map keys in sorted order, so the digest never depends on hash order). Two independent 64-bit FNV-style
 * hashes: fast, and for telling whether a page changed, collisions are out of reach.
 */
public final class Fingerprint {

    private long a = 0xcbf29ce484222325L;
    private long b = 0x84222325cbf29ce4L;

    /** The digest of {@code values}, in order. */
    public static String of(Object... values) {
        Fingerprint f = new Fingerprint();
        for (Object value : values) {
            f.add(value);
        }
        return f.digest();
    }

    private void add(Object value) {
        if (value == null) {
            mix('\u0000');
        } else if (value instanceof CharSequence text) {
            mix('s');
            for (int i = 0; i < text.length(); i++) {
                mix(text.charAt(i));
            }
            mix('\u0001');
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof Character || value instanceof java.time.temporal.TemporalAccessor) {
            add(value.getClass().getSimpleName() + ":" + value);
        } else if (value instanceof Map<?, ?> map) {
            mix('m');
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            sorted.forEach((k, v) -> {
                add(k);
                add(v);
            });
            mix('\u0002');
        } else if (value instanceof Collection<?> list) {
            mix('l');
            for (Object item : list) {
                add(item);
            }
            mix('\u0003');
        } else if (value.getClass().isRecord()) {
            // A record's own toString lists every component, nested records and lists included, in
            // declaration order: one fast pass. Views hold no hash-ordered maps (see ViewMaker).
            add(value.toString());
        } else {
            add(value.getClass().getName() + ":" + value);
        }
    }

    private void mix(char c) {
        a = (a ^ c) * 0x100000001b3L;
        b = (b ^ c) * 0x9E3779B97F4A7C15L;
        b ^= b >>> 29;
    }

    private String digest() {
        return String.format("%016x%016x", a, b);
    }
}
