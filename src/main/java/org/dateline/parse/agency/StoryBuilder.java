package org.dateline.parse.agency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.parse.WireStory;
import org.dateline.xml.XmlElement;

/** Collects the fields of an agency item as its reader finds them: the first value given for a key wins. */
final class StoryBuilder {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final List<String> tags = new ArrayList<>();
    private int tagsLine;
    private final List<WireStory.Block> blocks = new ArrayList<>();

    /** Sets {@code key} from {@code element}'s text, unless it is set already or the text is empty. */
    void text(String key, XmlElement element) {
        if (element != null) {
            text(key, element.text(), element.line());
        }
    }

    void text(String key, String value, int line) {
        if (value != null && !value.isBlank() && !values.containsKey(key)) {
            values.put(key, value.strip());
            lines.put(key, line);
        }
    }

    void names(String key, List<String> names, int line) {
        if (!names.isEmpty() && !values.containsKey(key)) {
            values.put(key, List.copyOf(names));
            lines.put(key, line);
        }
    }

    void flag(String key, int line) {
        values.putIfAbsent(key, Boolean.TRUE);
        lines.putIfAbsent(key, line);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Object value(String key) {
        return values.get(key);
    }

    void tag(String name, int line) {
        String tag = name == null ? "" : name.replaceAll("\\s+", " ").strip();
        if (!tag.isEmpty() && !tags.contains(tag)) {
            if (tags.isEmpty()) {
                tagsLine = line;
            }
            tags.add(tag);
        }
    }

    List<WireStory.Block> blocks() {
        return blocks;
    }

    AgencyStory build() {
        if (!tags.isEmpty()) {
            values.put("tags", List.copyOf(tags));
            lines.put("tags", tagsLine);
        }
        Object title = values.get("title");
        return new AgencyStory(values, lines, title == null ? "" : (String) title, lines.getOrDefault("title", 1), blocks);
    }
}
