package org.dateline.parse.agency;

import java.util.List;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.model.SourceFormat;
import org.dateline.xml.XmlElement;
import org.dateline.xml.XmlTrees;

/** Reads one NITF or NewsML-G2 file into an {@link AgencyStory}. */
public final class AgencyXmlReader {

    private AgencyXmlReader() {
    }

    /**
     * @param text the file's text
     * @param file the file's name as problems show it
     * @param format which standard the content walker found the file to be in
     */
    public static AgencyStory read(String text, String file, SourceFormat format) throws ProblemException {
        XmlElement root = XmlTrees.parse(text, file);
        StoryBuilder story = new StoryBuilder();
        if (format == SourceFormat.NITF) {
            expect(root, "nitf", file);
            NitfReader.read(root, story);
        } else {
            NewsMlReader.read(newsItem(root, file), story);
        }
        AgencyStory read = story.build();
        if (read.headline().isEmpty()) {
            throw new ProblemException(Problem.at(file, root.line(), "the " + standard(format) + " item has no headline",
                    format == SourceFormat.NITF
                            ? "Give it one in body.head/hedline/hl1 (or head/title)."
                            : "Give it one in contentMeta/headline."));
        }
        return read;
    }

    /** The one news item of a file: the root, or the only one in a {@code newsMessage}. */
    private static XmlElement newsItem(XmlElement root, String file) throws ProblemException {
        if (root.name().equals("newsMessage")) {
            XmlElement itemSet = root.child("itemSet");
            List<XmlElement> items = itemSet == null ? List.of() : itemSet.children("newsItem");
            if (items.size() != 1) {
                throw new ProblemException(Problem.at(file, itemSet == null ? root.line() : itemSet.line(),
                        "the NewsML-G2 message holds " + items.size() + " news items; Dateline reads one article per file",
                        items.isEmpty() ? "Move the file out of the content folder: it has no news item to read."
                                : "Split the message into one file per newsItem."));
            }
            return items.get(0);
        }
        expect(root, "newsItem", file);
        return root;
    }

    private static void expect(XmlElement root, String name, String file) throws ProblemException {
        if (!root.name().equals(name)) {
            throw new ProblemException(Problem.at(file, root.line(), "the XML's root element is <" + root.name()
                    + ">, not <" + name + ">", "Check that the file is complete, or move it out of the content folder."));
        }
    }

    private static String standard(SourceFormat format) {
        return format == SourceFormat.NITF ? "NITF" : "NewsML-G2";
    }
}
