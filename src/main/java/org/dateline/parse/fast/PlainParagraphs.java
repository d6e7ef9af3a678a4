package org.dateline.parse.fast;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.dateline.parse.Markdown;
import org.dateline.parse.MarkdownBody;
import org.dateline.text.Ascii;
import org.dateline.text.Text;

/**
 * A body made only of paragraphs of plain text, read without Flexmark: its HTML, byte for byte as
 * Flexmark writes it, and its text. Plain means no markup at all apart from what the typographic
 * extension turns into entities (straight quotes and apostrophes, {@code ...}, {@code . . .},
 * {@code --} and {@code ---}) and an {@code &} that starts no entity. That is most bodies of wire
 * copy turned into Markdown (93 % of the benchmark's), and
 * Flexmark's parser was a fifth of a cold build's CPU, a third of it set-up it repeats for every
 * document. Anything else (a character that could start markup, a line that could start a block,
 * blanks at either end of a line, a bare address) makes {@link #read} return null, and the body goes
 * to Flexmark.
 *
 * <p>Quotes are paired as Flexmark's inline parser pairs them (its delimiter stack, with the
 * typographic extension's rule that a quote next to a letter or digit on the outside pairs with
 * nothing): {@link Quotes} follows that algorithm step for step, and the tests compare the two on
 * random bodies.
 */
public final class PlainParagraphs implements MarkdownBody {

    private final String body;
    /**
     * The body's characters, read by index several times each: an array read, not {@code charAt}'s
     * coder and bounds checks, which the quick compiler (C1) leaves as calls for a body of two-byte
     * characters (one curly quote makes it so).
     */
    private final char[] chars;
    /** Start and end offsets in {@link #body} of each paragraph, its last line's break left out. */
    private final int[] bounds;

    private PlainParagraphs(String body, char[] chars, int[] bounds) {
        this.body = body;
        this.chars = chars;
        this.bounds = bounds;
    }

    /** The body as plain paragraphs, or null when it holds anything Flexmark must read. */
    public static PlainParagraphs read(String body) {
        char[] chars = body.toCharArray();
        if (!plainCharacters(chars) || Markdown.mayHoldAddress(body)) {
            return null;
        }
        int[] bounds = new int[8];
        int count = 0;
        int paragraphStart = -1;
        int paragraphEnd = -1;
        for (int start = 0; start <= body.length(); ) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            if (isBlank(chars, start, end)) {
                if (paragraphStart >= 0) {
                    bounds = add(bounds, count, paragraphStart, paragraphEnd);
                    count += 2;
                    paragraphStart = -1;
                }
            } else {
                if (!plainLine(chars, start, end)) {
                    return null;
                }
                if (paragraphStart < 0) {
                    paragraphStart = start;
                }
                paragraphEnd = end;
            }
            start = end + 1;
        }
        if (paragraphStart >= 0) {
            bounds = add(bounds, count, paragraphStart, paragraphEnd);
            count += 2;
        }
        return new PlainParagraphs(body, chars, Arrays.copyOf(bounds, count));
    }

    private static int[] add(int[] bounds, int count, int start, int end) {
        int[] to = count + 2 <= bounds.length ? bounds : Arrays.copyOf(bounds, bounds.length * 2);
        to[count] = start;
        to[count + 1] = end;
        return to;
    }

    /**
     * No character that could start markup, an entity, a table or an address; no control character
     * but the line break (a tab or carriage return changes how lines are read). An {@code &} is
     * plain unless it could start an entity ({@code &#…}, {@code &name;}): "AT&T", "M & S".
     */
    private static boolean plainCharacters(char[] body) {
        for (int i = 0; i < body.length; i++) {
            char c = body[i];
            if (markup(c) && c != '\n' && (c != '&' || mayBeEntity(body, i))) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII characters {@link #plainCharacters} stops at, as a bit mask: controls, {@code \`*_~[]<>&|@}. */
    private static final long MARKUP_LOW = 0xffff_ffffL | 1L << '&' | 1L << '*' | 1L << '<' | 1L << '>';
    private static final long MARKUP_HIGH = 1L << ('\\' - 64) | 1L << ('`' - 64) | 1L << ('_' - 64) | 1L << ('~' - 64)
            | 1L << ('[' - 64) | 1L << (']' - 64) | 1L << ('|' - 64) | 1L << ('@' - 64) | 1L << (127 - 64);

    private static boolean markup(char c) {
        return c < 64 ? (MARKUP_LOW >>> c & 1) != 0 : c < 128 && (MARKUP_HIGH >>> (c - 64) & 1) != 0;
    }

    /** Whether the {@code &} at {@code at} could begin an entity: a {@code #}, or letters and digits then {@code ;}. */
    private static boolean mayBeEntity(char[] body, int at) {
        int i = at + 1;
        if (i < body.length && body[i] == '#') {
            return true;
        }
        while (i < body.length && Ascii.isLetterOrDigit(body[i])) {
            i++;
        }
        return i > at + 1 && i < body.length && body[i] == ';';
    }

    private static boolean isBlank(char[] body, int start, int end) {
        for (int i = start; i < end; i++) {
            if (body[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * A line that can only be text in a paragraph: nothing a block could start with (a heading, a
     * list item, a rule, a heading underline), and no blank at either end (an indented line may be
     * code; two blanks at the end make a hard break).
     */
    private static boolean plainLine(char[] body, int start, int end) {
        char first = body[start];
        if (isBlank(first) || isBlank(body[end - 1]) || "#=-+".indexOf(first) >= 0) {
            return false;
        }
        int digits = start;
        while (digits < end && body[digits] >= '0' && body[digits] <= '9') {
            digits++;
        }
        return digits == start || digits == end || (body[digits] != '.' && body[digits] != ')');
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    @Override
    public String leadingTitle() {
        return null;
    }

    @Override
    public void removeLeadingTitle(String headline) {
        // no heading to remove: a body with one goes to Flexmark
    }

    @Override
    public int firstBlockLine() {
        int line = 0;
        int first = bounds.length == 0 ? 0 : bounds[0];
        for (int i = 0; i < first; i++) {
            if (chars[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    @Override
    public int wordCount() {
        int words = 0;
        for (int p = 0; p < bounds.length; p += 2) {
            words += Text.wordCount(chars, bounds[p], bounds[p + 1]);
        }
        return words;
    }

    @Override
    public String firstParagraphText() {
        return bounds.length == 0 ? "" : body.substring(bounds[0], bounds[1]).replaceAll("\\s+", " ");
    }

    /** The HTML; there are no links in plain paragraphs, so {@code links} is not used. */
    @Override
    public String html(UnaryOperator<String> links) {
        StringBuilder out = new StringBuilder(body.length() + body.length() / 8 + 16);
        for (int p = 0; p < bounds.length; p += 2) {
            out.append("<p>");
            paragraph(bounds[p], bounds[p + 1], out);
            out.append("</p>\n");
        }
        return out.toString();
    }

    private void paragraph(int start, int end, StringBuilder out) {
        Quotes.Run run = Quotes.pair(chars, start, end);
        for (int i = start; i < end; ) {
            int text = i;
            while (text < end && !isSpecial(chars[text])) {
                text++;
            }
            out.append(chars, i, text - i);
            if (text == end) {
                break;
            }
            i = text;
            char c = chars[i];
            if (c == '\'' || c == '"') {
                run.write(out);
                i += run.length;
                run = run.following;
            } else {
                i += smart(i, out);
            }
        }
    }

    /** Flexmark's typographic "smarts", in the order it tries them: the written text and its entity. */
    private static final String[][] SMARTS = {{"...", "&hellip;"}, {". . .", "&hellip;"}, {"---", "&mdash;"}, {"--", "&ndash;"}};

    /** Writes the dots, dashes or ampersand at {@code at} and says how many characters they took. */
    private int smart(int at, StringBuilder out) {
        for (String[] smart : SMARTS) {
            if (body.startsWith(smart[0], at)) {
                out.append(smart[1]);
                return smart[0].length();
            }
        }
        char c = chars[at];
        if (c == '&') {
            out.append("&amp;");
        } else {
            out.append(c);
        }
        return 1;
    }

    /** Characters written as something else, or that may start something written so. */
    private static boolean isSpecial(char c) {
        return c == '.' || c == '-' || c == '\'' || c == '"' || c == '&';
    }
}
