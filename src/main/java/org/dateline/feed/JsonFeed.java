package org.dateline.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.json.Json;

/** A feed as JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written by the JSON writer. */
public final class JsonFeed {

    public static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeed() {
    }

    public static String write(FeedViews.Feed feed) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        root.put("title", feed.title());
        root.put("home_page_url", feed.link());
        root.put("feed_url", feed.self());
        root.put("description", feed.description());
        root.put("language", feed.language());
        List<Object> items = new ArrayList<>();
        for (FeedViews.Item item : feed.items()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", item.id());
            json.put("url", item.link());
            json.put("title", item.title());
            if (item.contentHtml().isEmpty()) {
                json.put("content_text", item.summary());
            } else {
                json.put("content_html", item.contentHtml());
            }
            json.put("summary", item.summary());
            json.put("date_published", item.published().isEmpty() ? null : item.published());
            json.put("date_modified", item.updated());
            if (!item.authors().isEmpty()) {
                List<Object> authors = new ArrayList<>();
                for (String name : item.authors()) {
                    authors.add(Map.of("name", name));
                }
                json.put("authors", authors);
            }
            if (!item.categories().isEmpty()) {
                json.put("tags", item.categories());
            }
            items.add(json);
        }
        root.put("items", items);
        return Json.write(root) + "\n";
    }
}
