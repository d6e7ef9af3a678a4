package org.dateline.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.text.Text;

/**
 * Reads plain-text wire copy by the rules newsrooms' wire feeds follow:
 * <ul>
 *   <li>an optional header of {@code Key: value} lines (known keys only) and a blank line;</li>
 *   <li>then the first line is the headline;</li>
 *   <li>blank lines separate paragraphs; inside a block, a line break after closing punctuation
 *       starts a new paragraph, any other is a soft wrap;</li>
 *   <li>a short single line without closing punctuation between paragraphs is a subheading;</li>
 *   <li>a paragraph repeated word for word (a photo caption pasted twice) appears once;</li>
 *   <li>a closing {@code Source: …} line names the source and is not body text.</li>
 * </ul>
 * The text is kept as text; escaping is the renderer's job.
 */
public final class WireCopyReader {

    /** Header keys, in lower case, and the article field each one fills. */
    static final Set<String> HEADER_KEYS = Set.of(
            "title", "headline", "date", "updated", "author", "authors", "by", "byline", "source",
            "section", "tags", "keywords", "summary", "dateline", "slug");

    private static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z][A-Za-z ]{0,20}):\\s*(.*)$");
    private static final Pattern SOURCE_LINE = Pattern.compile("^(?i:source|sources):\\s*(\\S.{0,200})$");
    private static final int SUBHEADING_MAX_CHARS = 100;
    private static final int SUBHEADING_MAX_WORDS = 14;

    private WireCopyReader() {
    }

    /** Reads {@code text} (with {@code \n} line ends). Returns a story with an empty headline for a blank file. */
    public static WireStory read(String text) {
        List<RawBlock> blocks = blocksOf(text);
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Integer> headerLines = new LinkedHashMap<>();
        int next = 0;
        if (blocks.size() > 1 && isHeader(blocks.get(0))) {
            RawBlock first = blocks.get(0);
            for (int i = 0; i < first.lines.size(); i++) {
                Matcher m = HEADER_LINE.matcher(first.lines.get(i));
                if (m.matches()) {
                    String key = m.group(1).strip().toLowerCase(Locale.ROOT);
                    header.put(key, m.group(2).strip());
                    headerLines.put(key, first.firstLine + i);
                }
            }
            next = 1;
        }
        if (next >= blocks.size()) {
            return new WireStory(header, headerLines, "", 0, List.of(), "");
        }
        RawBlock headlineBlock = blocks.get(next);
        String headline = headlineBlock.lines.get(0).strip();
        int headlineLine = headlineBlock.firstLine;
        List<RawBlock> rest = new ArrayList<>();
        if (headlineBlock.lines.size() > 1) {
            rest.add(new RawBlock(headlineBlock.firstLine + 1, headlineBlock.lines.subList(1, headlineBlock.lines.size())));
        }
        rest.addAll(blocks.subList(next + 1, blocks.size()));

        String source = "";
        if (!rest.isEmpty()) {
            RawBlock last = rest.get(rest.size() - 1);
            Matcher m = last.lines.size() == 1 ? SOURCE_LINE.matcher(last.lines.get(0).strip()) : null;
            if (m != null && m.matches()) {
                source = m.group(1).strip();
                rest.remove(rest.size() - 1);
            }
        }
        return new WireStory(header, headerLines, headline, headlineLine, bodyOf(rest), source);
    }

    private static List<WireStory.Block> bodyOf(List<RawBlock> rest) {
        List<List<String>> paragraphsPerBlock = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (RawBlock block : rest) {
            List<String> paragraphs = paragraphsOf(block.lines);
            paragraphsPerBlock.add(paragraphs);
            for (String p : paragraphs) {
                seen.merge(p, 1, Integer::sum);
            }
        }
        List<WireStory.Block> body = new ArrayList<>();
        Set<String> emitted = new HashSet<>();
        for (int b = 0; b < rest.size(); b++) {
            List<String> paragraphs = paragraphsPerBlock.get(b);
            boolean betweenParagraphs = b > 0 && b < rest.size() - 1 && !body.isEmpty();
            if (betweenParagraphs && paragraphs.size() == 1 && looksLikeSubheading(paragraphs.get(0))
                    && seen.get(paragraphs.get(0)) == 1) {
                body.add(new WireStory.Subheading(paragraphs.get(0)));
                continue;
            }
            for (String p : paragraphs) {
                if (emitted.add(p)) {
                    body.add(new WireStory.Paragraph(p, seen.get(p) > 1));
                }
            }
        }
        return body;
    }

    static boolean looksLikeSubheading(String line) {
        if (line.length() > SUBHEADING_MAX_CHARS || Text.wordCount(line) > SUBHEADING_MAX_WORDS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".!?:;,\"'”’)]…".indexOf(last) < 0;
    }

    /** Lines of one block become paragraphs; a break after closing punctuation ends one. */
    private static List<String> paragraphsOf(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            // A line said twice in a row is a caption pasted twice, not a soft wrap, even when it ends
            // without punctuation ("Photograph: Agency"): each copy is a paragraph of its own.
            boolean repeated = i + 1 < lines.size() && lines.get(i + 1).strip().equals(line)
                    || i > 0 && lines.get(i - 1).strip().equals(line);
            if (repeated && current.length() > 0) {
                paragraphs.add(current.toString().replaceAll("\\s+", " "));
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line);
            if (repeated || endsSentence(line)) {
                paragraphs.add(current.toString().replaceAll("\\s+", " "));
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString().replaceAll("\\s+", " "));
        }
        return paragraphs;
    }

    private static boolean endsSentence(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".!?\"”’)…".indexOf(last) >= 0;
    }

    private static boolean isHeader(RawBlock block) {
        for (String line : block.lines) {
            Matcher m = HEADER_LINE.matcher(line);
            if (!m.matches() || !HEADER_KEYS.contains(m.group(1).strip().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static List<RawBlock> blocksOf(String text) {
        List<RawBlock> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int start = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new RawBlock(start, current));
                    current = new ArrayList<>();
                }
            } else {
                if (current.isEmpty()) {
                    start = i + 1;
                }
                current.add(lines[i]);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new RawBlock(start, current));
        }
        return blocks;
    }

    private record RawBlock(int firstLine, List<String> lines) {
    }
}
