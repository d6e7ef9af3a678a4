package org.dateline.importer;

import java.util.List;
import java.util.Map;

/**
 * A WordPress export, read.
 *
 * @param blogUrl the blog's address ({@code base_blog_url}, else the channel's link), for turning
 *     old permalinks into paths
 * @param authors display names by login
 * @param items every item, in the export's order
 * @param repairedAmpersands how many bare {@code &} the reader had to read as {@code &amp;} (an
 *     export some plugin wrote by hand), 0 for a well-formed file
 */
record WxrExport(String blogUrl, Map<String, String> authors, List<WxrItem> items, int repairedAmpersands) {

    WxrExport {
        authors = Map.copyOf(authors);
        items = List.copyOf(items);
    }
}
