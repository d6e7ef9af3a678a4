package org.dateline.parse.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dateline.xml.XmlElement;

/**
 * IPTC NewsML-G2 news items: the headline (the lowest {@code rank}), the description as deck,
 * {@code by} or the creators as author, the dateline (or where it was located), {@code firstCreated}
 * (else {@code contentCreated}, else {@code versionCreated}) as the date and {@code versionCreated}
 * as the update, subject names and keywords as tags, the copyright holder or provider as the
 * source, {@code embargoed} as the embargo, and the body from the first inline NITF, XHTML or
 * plain text of the content set. A withheld or cancelled item is a draft.
 */
final class NewsMlReader {

    private static final Set<String> WITHDRAWN = Set.of("stat:withheld", "stat:canceled", "stat:cancelled");

    private NewsMlReader() {
    }

    static void read(XmlElement item, StoryBuilder story) {
        XmlElement itemMeta = item.child("itemMeta");
        XmlElement contentMeta = item.child("contentMeta");
        XmlElement contentSet = item.child("contentSet");
        if (contentMeta != null) {
            contentMeta.children("headline").stream()
                    .min(Comparator.comparingInt(NewsMlReader::rank))
                    .ifPresent(headline -> story.text("title", headline));
            story.text("summary", contentMeta.child("description"));
            XmlElement by = contentMeta.child("by");
            if (by != null) {
                // One name as written: "Von Andrej Sokolow, dpa" is one byline, not two people.
                String byline = AgencyText.byline(by.text());
                story.names("author", byline.isEmpty() ? List.of() : List.of(byline), by.line());
            }
            List<String> creators = new ArrayList<>();
            contentMeta.children("creator").forEach(creator -> {
                if (!creator.textAt("name").isEmpty()) {
                    creators.add(creator.textAt("name"));
                }
            });
            story.names("author", creators, contentMeta.children("creator").isEmpty() ? 0 : contentMeta.child("creator").line());
            XmlElement dateline = contentMeta.child("dateline");
            if (dateline != null) {
                story.text("dateline", AgencyText.dateline(dateline.text()), dateline.line());
            }
        }
        if (itemMeta != null) {
            story.text("date", itemMeta.child("firstCreated"));
        }
        if (contentMeta != null) {
            story.text("date", contentMeta.child("contentCreated"));
        }
        if (itemMeta != null) {
            XmlElement version = itemMeta.child("versionCreated");
            if (version != null && !version.text().equals(story.value("date"))) {
                story.text(story.has("date") ? "updated" : "date", version);
            }
            story.text("embargo", itemMeta.child("embargoed"));
            XmlElement status = itemMeta.child("pubStatus");
            if (status != null && WITHDRAWN.contains(status.attribute("qcode"))) {
                story.flag("draft", status.line());
            }
        }
        XmlElement rights = item.child("rightsInfo");
        if (rights != null) {
            XmlElement holder = rights.child("copyrightHolder");
            if (holder != null) {
                story.text("source", holder.child("name") != null ? holder.textAt("name") : holder.text(), holder.line());
            }
        }
        if (itemMeta != null) {
            XmlElement provider = itemMeta.child("provider");
            if (provider != null) {
                String qcode = provider.attribute("qcode");
                story.text("source", !provider.textAt("name").isEmpty() ? provider.textAt("name")
                        : qcode.substring(qcode.indexOf(':') + 1), provider.line());
            }
        }
        if (contentMeta != null) {
            for (XmlElement subject : contentMeta.children("subject")) {
                story.tag(subject.textAt("name"), subject.line());
            }
            for (XmlElement keyword : contentMeta.children("keyword")) {
                story.tag(keyword.text(), keyword.line());
            }
        }
        if (contentSet != null) {
            body(contentSet, story);
        }
        if (contentMeta != null) {
            XmlElement located = contentMeta.child("located");
            if (located != null) {
                story.text("dateline", located.textAt("name"), located.line());
            }
        }
    }

    /** The first rendition that holds text: inline NITF, XHTML, or plain text. */
    private static void body(XmlElement contentSet, StoryBuilder story) {
        for (XmlElement rendition : contentSet.children()) {
            if (rendition.name().equals("inlineData")) {
                AgencyBody.addPlainText(rendition.rawText(), story.blocks());
            } else if (rendition.name().equals("inlineXML")) {
                XmlElement nitf = rendition.child("nitf");
                XmlElement html = rendition.child("html");
                if (nitf != null) {
                    NitfReader.read(nitf, story);
                } else if (html != null) {
                    AgencyBody.addBlocks(html.child("body"), story.blocks());
                    story.text("title", html.path("head", "title"));
                } else {
                    AgencyBody.addBlocks(rendition, story.blocks());
                }
            }
            if (!story.blocks().isEmpty()) {
                return;
            }
        }
    }

    private static int rank(XmlElement headline) {
        try {
            return headline.attribute("rank").isEmpty() ? 1 : Integer.parseInt(headline.attribute("rank").strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
