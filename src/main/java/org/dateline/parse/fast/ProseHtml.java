package org.dateline.parse.fast;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.dateline.parse.Markdown;

/**
 * Writes the HTML of a body made of prose — paragraphs, headings, quotations, rules, emphasis, code
 * spans, typographic quotes and inline links — straight into one buffer, byte for byte as Flexmark's
 * renderer writes it. Lists and brackets that are not links count as prose. Flexmark's renderer goes through its line-formatting writer, attribute and
 * link-resolving machinery for every node: in a cold build of 10,000 articles that was a fifth of
 * the reading threads' CPU and much of what the JIT compiler had to compile, for bodies that are
 * almost always plain prose. Any other node (tables, code blocks, raw HTML, images, defined
 * reference links, bare addresses) makes the whole body go to Flexmark's renderer instead.
 */
public final class ProseHtml {

    private static final Pattern SUPPRESSED_LINK = Pattern.compile(Markdown.SUPPRESSED_LINKS);

    private final StringBuilder out;
    private final Document document;
    private final UnaryOperator<String> linkRewriter;
    private ListOptions listOptions;
    /** Flexmark trims the leading blanks of every line it writes ({@code F_TRIM_LEADING_WHITESPACE}). */
    private boolean atLineStart = true;

    private ProseHtml(Document document, UnaryOperator<String> linkRewriter) {
        this.out = new StringBuilder(document.getTextLength() + document.getTextLength() / 8 + 64);
        this.document = document;
        this.linkRewriter = linkRewriter;
    }

    /** The HTML of {@code document}, or null when it holds a node this writer leaves to Flexmark. */
    public static String write(Document document, UnaryOperator<String> linkRewriter) {
        ProseHtml html = new ProseHtml(document, linkRewriter);
        return html.blocks(document) ? html.out.toString() : null;
    }

    private boolean blocks(Node parent) {
        return children(parent, false);
    }

    private boolean inlines(Node parent) {
        return children(parent, true);
    }

    private boolean children(Node parent, boolean inline) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (!(inline ? inline(node) : block(node))) {
                return false;
            }
        }
        return true;
    }

    private boolean block(Node node) {
        if (node instanceof Paragraph paragraph) {
            if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) {
                return true;
            }
            if (node.getParent() instanceof ParagraphItemContainer container
                    && container.isParagraphWrappingDisabled(paragraph, listOptions(), document)) {
                return inlines(node); // a tight list item's text stands in the item, without <p>
            }
            return textBlock("p", node);
        } else if (node instanceof Heading heading) {
            return textBlock("h" + heading.getLevel(), node);
        } else if (node instanceof BlockQuote) {
            return container("blockquote", node);
        } else if (node instanceof BulletList) {
            return container("ul", node);
        } else if (node instanceof OrderedList list && list.getStartNumber() == 1) {
            return container("ol", node);
        } else if (node instanceof ListItem item) {
            line();
            raw("<li>");
            boolean written = text(escaped(item.getMarkerSuffix().unescape())) && blocks(node);
            raw("</li>");
            line();
            return written;
        } else if (node instanceof ThematicBreak) {
            line();
            raw("<hr />");
            line();
            return true;
        }
        return false;
    }

    /** A block of text on its own line: {@code <p>…</p>}, {@code <h2>…</h2>}. */
    private boolean textBlock(String tag, Node node) {
        line();
        raw("<").raw(tag).raw(">");
        boolean written = inlines(node);
        raw("</").raw(tag).raw(">");
        line();
        return written;
    }

    /** A block of blocks, its tags on lines of their own: {@code <ul>}, {@code <blockquote>}. */
    private boolean container(String tag, Node node) {
        line();
        raw("<").raw(tag).raw(">");
        line();
        boolean written = blocks(node);
        line();
        raw("</").raw(tag).raw(">");
        line();
        return written;
    }

    private ListOptions listOptions() {
        if (listOptions == null) {
            listOptions = ListOptions.get(document);
        }
        return listOptions;
    }

    private boolean inline(Node node) {
        if (node instanceof com.vladsch.flexmark.ast.Text) {
            return text(Markdown.escapedText(node.getChars()));
        } else if (node instanceof SoftLineBreak) {
            raw("\n");
            return true;
        } else if (node instanceof HardLineBreak) {
            raw("<br />\n");
            return true;
        } else if (node instanceof TypographicSmarts smarts) {
            return text(smarts.getTypographicText());
        } else if (node instanceof TypographicQuotes quotes) {
            return text(quotes.getTypographicOpening()) && inlines(node) && text(quotes.getTypographicClosing());
        } else if (node instanceof Emphasis) {
            return tagged("em", node);
        } else if (node instanceof StrongEmphasis) {
            return tagged("strong", node);
        } else if (node instanceof Strikethrough) {
            return tagged("del", node);
        } else if (node instanceof Code code) {
            raw("<code>");
            boolean written = text(escaped(Escaping.collapseWhitespace(code.getText(), true)));
            raw("</code>");
            return written;
        } else if (node instanceof HtmlEntity) {
            return text(escaped(node.getChars().unescape()));
        } else if (node instanceof Link link) {
            return link(link);
        } else if (node instanceof LinkRef ref) {
            return bracketedText(ref);
        } else if (node.getClass() == TextBase.class) {
            return inlines(node);
        }
        return false;
    }

    private boolean tagged(String tag, Node node) {
        raw("<").raw(tag).raw(">");
        boolean written = inlines(node);
        raw("</").raw(tag).raw(">");
        return written;
    }

    private boolean link(Link link) {
        if (SUPPRESSED_LINK.matcher(link.getUrl()).matches()) {
            return false;
        }
        String url = link.getUrl().unescape();
        raw("<a href=\"").raw(Escaping.escapeHtml(url.isEmpty() ? url : Markdown.resolveUrl(url, linkRewriter), true));
        if (link.getTitle().isNotNull()) {
            raw("\" title=\"").raw(Escaping.escapeHtml(link.getTitle().unescape(), true));
        }
        raw("\">");
        boolean written = inlines(link);
        raw("</a>");
        return written;
    }

    /** Writes text in brackets that no reference defines, "[1]" or "[sic]", as text, as Flexmark does. */
    private boolean bracketedText(LinkRef ref) {
        if (ref.isDefined()) {
            return false;
        }
        if (!ref.hasChildren()) {
            return text(escaped(ref.getChars().unescape()));
        }
        return text(escaped(ref.getChars().prefixOf(ref.getChildChars()).unescape()))
                && inlines(ref)
                && text(escaped(ref.getChars().suffixOf(ref.getChildChars()).unescape()));
    }

    /**
     * Writes escaped text. Text with a line break in it is left to Flexmark, whose writer would
     * trim and count the lines it starts.
     */
    private boolean text(CharSequence escaped) {
        if (escaped == null) {
            return true;
        }
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\n' || c == '\r') {
                return false;
            }
        }
        raw(escaped);
        return true;
    }

    /** Text escaped for HTML as Flexmark's writer escapes it. */
    private static String escaped(CharSequence text) {
        return Escaping.escapeHtml(text, false);
    }

    private ProseHtml raw(CharSequence chars) {
        if (chars.isEmpty()) {
            return this;
        }
        int start = 0;
        if (atLineStart) {
            while (start < chars.length() && (chars.charAt(start) == ' ' || chars.charAt(start) == '\t')) {
                start++;
            }
            if (start == chars.length()) {
                return this;
            }
        }
        out.append(chars, start, chars.length());
        atLineStart = chars.charAt(chars.length() - 1) == '\n';
        return this;
    }

    /** Starts a new line unless the writer is at the start of one (or of the body). */
    private void line() {
        if (!atLineStart) {
            out.append('\n');
            atLineStart = true;
        }
    }
}
