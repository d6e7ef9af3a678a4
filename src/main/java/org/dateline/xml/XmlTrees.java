package org.dateline.xml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;

/**
 * Reads XML text into an {@link XmlElement} tree. A DOCTYPE is allowed (agency files often name
 * their DTD) but never read: no DTD is fetched, no entity it declares is expanded, and no external
 * entity is resolved, so a reference to one is a problem at its line rather than a file's contents
 * or a billion laughs.
 */
public final class XmlTrees {

    /** Deeper than any real article; a deeper file is an attack on the stack, not news. */
    static final int MAX_DEPTH = 200;

    private XmlTrees() {
    }

    public static XmlElement parse(String text, String file) throws ProblemException {
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(new StringReader(text));
            try {
                return read(reader, file);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new ProblemException(problemOf(e, file));
        }
    }

    private static XMLInputFactory factory() {
        // The JDK's own parser, whatever else is on the class path, with everything that reaches out off.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static XmlElement read(XMLStreamReader reader, String file) throws XMLStreamException, ProblemException {
        Deque<Building> open = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw new ProblemException(Problem.at(file, reader.getLocation().getLineNumber(),
                                "the XML is nested more than " + MAX_DEPTH + " elements deep",
                                "This is not an article a newsroom wrote; move it out of the content folder."));
                    }
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.putIfAbsent(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    open.push(new Building(reader.getLocalName(), reader.getNamespaceURI(), attributes,
                            reader.getLocation().getLineNumber()));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().content.add(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    Building done = open.pop();
                    XmlElement element = new XmlElement(done.name, done.namespace, done.attributes, done.content, done.line);
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().content.add(element);
                    }
                }
                default -> {
                    // Comments, processing instructions and the DOCTYPE carry no article text.
                }
            }
        }
        if (root == null) {
            throw new ProblemException(Problem.inFile(file, "the XML holds no element", "Check that the file is complete."));
        }
        return root;
    }

    private static Problem problemOf(XMLStreamException e, String file) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "" : e.getMessage();
        int cut = message.indexOf("Message: ");
        if (cut >= 0) {
            message = message.substring(cut + "Message: ".length());
        }
        return Problem.at(file, at == null ? 0 : Math.max(0, at.getLineNumber()),
                "the XML is not well-formed: " + message.strip(),
                "Fix the XML there. Dateline reads no DTD, so the only named entities are &amp; &lt; &gt; &quot;"
                        + " and &apos;: write any other character as itself or as a number (&#160;).");
    }

    private static final class Building {
        final String name;
        final String namespace;
        final Map<String, String> attributes;
        final int line;
        final List<Object> content = new ArrayList<>();

        Building(String name, String namespace, Map<String, String> attributes, int line) {
            this.name = name;
            this.namespace = namespace;
            this.attributes = attributes;
            this.line = line;
        }
    }
}
