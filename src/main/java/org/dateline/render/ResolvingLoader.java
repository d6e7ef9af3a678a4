package org.dateline.render;

import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A template loader that remembers how it resolved a name. Pebble asks its loader, at every
 * {@code include} of every page, where the included name leads from the including template and
 * what the template's cache key is; the answers depend only on the two names, and working them out
 * (regular expressions over both paths, a key object made of every loader's key) was a thirtieth of
 * rendering. Reading a template is left to the loader it wraps. Safe for many threads.
 */
final class ResolvingLoader implements Loader<Object> {

    /** Stands for "no relative path here" (Pebble's null), which a concurrent map cannot hold. */
    private static final String UNRESOLVED = new String("unresolved");

    private final Loader<Object> loader;
    /** By the including template's name, then the included name: the resolved path. */
    private final Map<String, Map<String, String>> resolved = new ConcurrentHashMap<>();
    private final Map<String, Object> keys = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    ResolvingLoader(Loader<?> loader) {
        this.loader = (Loader<Object>) loader;
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        if (relativePath == null || anchorPath == null) {
            return loader.resolveRelativePath(relativePath, anchorPath);
        }
        String path = resolved.computeIfAbsent(anchorPath, anchor -> new ConcurrentHashMap<>())
                .computeIfAbsent(relativePath, relative -> {
                    String found = loader.resolveRelativePath(relative, anchorPath);
                    return found == null ? UNRESOLVED : found;
                });
        return path == UNRESOLVED ? null : path;
    }

    @Override
    public Object createCacheKey(String templateName) {
        return templateName == null ? loader.createCacheKey(null) : keys.computeIfAbsent(templateName, loader::createCacheKey);
    }

    @Override
    public Reader getReader(Object cacheKey) {
        return loader.getReader(cacheKey);
    }

    @Override
    public boolean resourceExists(String templateName) {
        return loader.resourceExists(templateName);
    }

    @Override
    public void setCharset(String charset) {
        loader.setCharset(charset);
    }

    @Override
    public void setPrefix(String prefix) {
        loader.setPrefix(prefix);
    }

    @Override
    public void setSuffix(String suffix) {
        loader.setSuffix(suffix);
    }
}
