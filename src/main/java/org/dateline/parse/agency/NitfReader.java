package org.dateline.parse.agency;

import java.util.ArrayList;
import java.util.List;
import org.dateline.xml.XmlElement;

/**
 * IPTC NITF (News Industry Text Format): {@code hl1} is the headline, {@code hl2} or the abstract
 * the deck, {@code byline} the author, {@code dateline} the dateline, {@code date.issue} and
 * {@code date.release} the dates, keywords and subjects the tags, the copyright holder or the
 * distributor the source, and {@code body.content} (with {@code body.end}) the body.
 */
final class NitfReader {

    private NitfReader() {
    }

    static void read(XmlElement nitf, StoryBuilder story) {
        XmlElement head = nitf.child("head");
        XmlElement body = nitf.child("body");
        XmlElement bodyHead = body == null ? null : body.child("body.head");
        if (bodyHead != null) {
            headlines(bodyHead, story);
            bylines(bodyHead, story);
            XmlElement dateline = bodyHead.child("dateline");
            if (dateline != null) {
                story.text("dateline", AgencyText.dateline(dateline.text()), dateline.line());
            }
            story.text("summary", bodyHead.child("abstract"));
        }
        if (head != null) {
            story.text("title", head.child("title"));
            XmlElement docdata = head.child("docdata");
            if (docdata != null) {
                dates(docdata, story);
                XmlElement copyright = docdata.child("doc.copyright");
                if (copyright != null) {
                    story.text("source", copyright.attribute("holder"), copyright.line());
                }
                for (XmlElement keyword : docdata.findAll("keyword")) {
                    story.tag(keyword.attribute("key"), keyword.line());
                }
                for (XmlElement classifier : docdata.findAll("classifier")) {
                    story.tag(classifier.text(), classifier.line());
                }
            }
            for (XmlElement meta : head.children("meta")) {
                if (meta.attribute("name").equalsIgnoreCase("keywords")) {
                    for (String keyword : meta.attribute("content").split(",")) {
                        story.tag(keyword, meta.line());
                    }
                }
            }
            for (XmlElement subject : head.findAll("tobject.subject")) {
                story.tag(mostSpecific(subject), subject.line());
            }
            XmlElement pubdata = head.child("pubdata");
            if (pubdata != null) {
                story.text("date", AgencyText.isoDate(pubdata.attribute("date.publication")), pubdata.line());
            }
        }
        if (bodyHead != null) {
            story.text("source", bodyHead.child("distributor"));
        }
        if (body != null) {
            AgencyBody.addBlocks(body.child("body.content"), story.blocks());
            AgencyBody.addBlocks(body.child("body.end"), story.blocks());
        }
    }

    /** The headline and deck: {@code hedline} in NITF 3.x, {@code headline} in some feeds. */
    static void headlines(XmlElement bodyHead, StoryBuilder story) {
        for (String holder : List.of("hedline", "headline")) {
            XmlElement hedline = bodyHead.child(holder);
            if (hedline != null) {
                story.text("title", hedline.child("hl1"));
                story.text("summary", hedline.child("hl2"));
            }
        }
    }

    /** A byline's people, or its text without the title ({@code byttl}) and the "By". */
    static void bylines(XmlElement bodyHead, StoryBuilder story) {
        List<String> names = new ArrayList<>();
        int line = 0;
        for (XmlElement byline : bodyHead.children("byline")) {
            line = line == 0 ? byline.line() : line;
            List<XmlElement> people = byline.children("person");
            if (!people.isEmpty()) {
                people.forEach(person -> names.add(person.text()));
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (Object part : byline.content()) {
                if (part instanceof String s) {
                    text.append(s);
                } else if (part instanceof XmlElement e && !e.name().equals("byttl")) {
                    text.append(e.text());
                }
            }
            String name = AgencyText.byline(text.toString().replaceAll("\\s+", " "));
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        story.names("author", names.stream().filter(n -> !n.isBlank()).distinct().toList(), line);
    }

    private static void dates(XmlElement docdata, StoryBuilder story) {
        XmlElement issue = docdata.child("date.issue");
        XmlElement release = docdata.child("date.release");
        if (issue != null) {
            story.text("date", AgencyText.isoDate(issue.attribute("norm")), issue.line());
        }
        if (release != null) {
            String released = AgencyText.isoDate(release.attribute("norm"));
            if (!released.equals(story.value("date"))) {
                story.text(story.has("date") ? "updated" : "date", released, release.line());
            }
        }
    }

    /** A subject's most specific name: its detail, else its matter, else its type. */
    private static String mostSpecific(XmlElement subject) {
        for (String key : List.of("tobject.subject.detail", "tobject.subject.matter", "tobject.subject.type")) {
            if (!subject.attribute(key).isBlank()) {
                return subject.attribute(key);
            }
        }
        return "";
    }
}
