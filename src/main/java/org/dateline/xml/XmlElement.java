package org.dateline.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One element of a document: its local name (the namespace prefix dropped: agency files mix
 * namespaces freely, and the readers look for names, not namespaces), attributes by local name,
 * and its content in order, each an {@code XmlElement} or a {@code String} of text.
 *
 * @param namespace the namespace URI, or empty: for the rare reader that must tell two names apart
 *     (WordPress's {@code content:encoded} and {@code excerpt:encoded})
 * @param line the line the element starts on, for problems
 */
public record XmlElement(String name, String namespace, Map<String, String> attributes, List<Object> content, int line) {

    public XmlElement {
        namespace = namespace == null ? "" : namespace;
        attributes = Map.copyOf(attributes);
        content = List.copyOf(content);
    }

    public String attribute(String key) {
        return attributes.getOrDefault(key, "");
    }

    /** The child elements, in order. */
    public List<XmlElement> children() {
        List<XmlElement> out = new ArrayList<>();
        for (Object part : content) {
            if (part instanceof XmlElement child) {
                out.add(child);
            }
        }
        return out;
    }

    public List<XmlElement> children(String childName) {
        return children().stream().filter(child -> child.name.equals(childName)).toList();
    }

    /** The first child called {@code childName}, or null. */
    public XmlElement child(String childName) {
        for (Object part : content) {
            if (part instanceof XmlElement child && child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /** The element at the end of a path of child names, or null. */
    public XmlElement path(String... names) {
        XmlElement at = this;
        for (String step : names) {
            at = at.child(step);
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    /** The first element called {@code wanted} at any depth below this one (depth first), or null. */
    public XmlElement find(String wanted) {
        for (XmlElement child : children()) {
            if (child.name.equals(wanted)) {
                return child;
            }
            XmlElement below = child.find(wanted);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** Every element called {@code wanted} below this one, in document order. */
    public List<XmlElement> findAll(String wanted) {
        List<XmlElement> out = new ArrayList<>();
        collect(wanted, out);
        return out;
    }

    private void collect(String wanted, List<XmlElement> out) {
        for (XmlElement child : children()) {
            if (child.name.equals(wanted)) {
                out.add(child);
            }
            child.collect(wanted, out);
        }
    }

    /** All the text inside, with runs of white space made one space and the ends trimmed. */
    public String text() {
        StringBuilder out = new StringBuilder();
        appendText(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** The text inside as written, white space and line breaks kept (for plain-text bodies). */
    public String rawText() {
        StringBuilder out = new StringBuilder();
        appendText(out);
        return out.toString();
    }

    private void appendText(StringBuilder out) {
        for (Object part : content) {
            if (part instanceof String text) {
                out.append(text);
            } else {
                ((XmlElement) part).appendText(out);
            }
        }
    }

    /** The text of the child at {@code names}, or empty. */
    public String textAt(String... names) {
        XmlElement at = path(names);
        return at == null ? "" : at.text();
    }
}
