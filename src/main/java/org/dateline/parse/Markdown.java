package org.dateline.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.dateline.parse.fast.PlainParagraphs;
import org.dateline.parse.fast.ProseHtml;
import org.dateline.text.Text;

/**
 * The one Flexmark parser and renderer of a build (both are thread-safe once built): CommonMark
 * plus tables, strikethrough, autolinks and typographic quotes. Raw HTML is escaped unless the
 * site trusts its authors; {@code javascript:} links are never rendered. Bodies of nothing but
 * plain paragraphs, most of a news archive, are not given to Flexmark at all ({@link #read},
 * {@link PlainParagraphs}); of the others, those of prose are written by {@link ProseHtml}, the same
 * HTML without the renderer's machinery.
 */
public final class Markdown {

    /** How the page being rendered rewrites the body's relative links (images beside the source file). */
    private static final DataKey<UnaryOperator<String>> LINK_REWRITER =
            new DataKey<>("DATELINE_LINK_REWRITER", UnaryOperator.identity());

    /** Links Flexmark writes as their text only ({@code SUPPRESSED_LINKS}); {@link #dropScriptLinks} sees more. */
    public static final String SUPPRESSED_LINKS = "(?i)\\s*(javascript|vbscript|data):.*";

    /** Schemes a browser runs or inlines rather than fetches: never written as a link or image. */
    private static final Pattern SCRIPT_SCHEME = Pattern.compile("(?i)(javascript|vbscript|data):");

    /**
     * One parser for each mix of the costly extensions a body can need ([tables][links], as 2 * tables
     * + links), and the renderer: each built when first needed, since a rebuild or an archive of
     * plain paragraphs may need none of them (building all five was a tenth of a second).
     */
    private final AtomicReferenceArray<Parser> parsers = new AtomicReferenceArray<>(4);
    private final AtomicReference<HtmlRenderer> renderer = new AtomicReference<>();
    private final boolean unsafeHtml;
    private final boolean fastPaths;

    public Markdown(boolean unsafeHtml) {
        this(unsafeHtml, true);
    }

    /**
     * @param fastPaths whether bodies may take the fast paths of {@link org.dateline.parse.fast}
     *     instead of Flexmark's parser and renderer; they give the same bytes, and building with
     *     and without them is how a Flexmark upgrade is checked
     */
    public Markdown(boolean unsafeHtml, boolean fastPaths) {
        this.unsafeHtml = unsafeHtml;
        this.fastPaths = fastPaths;
    }

    /** The parser for a body that may hold a table, a bare address, both or neither. */
    private Parser parser(boolean tables, boolean links) {
        int index = (tables ? 2 : 0) + (links ? 1 : 0);
        Parser parser = parsers.get(index);
        if (parser == null) {
            // Two threads may both build one: they are equal, and whichever is kept serves all.
            parsers.compareAndSet(index, null, Parser.builder(options(unsafeHtml, extensions(tables, links))).build());
            parser = parsers.get(index);
        }
        return parser;
    }

    private HtmlRenderer renderer() {
        HtmlRenderer built = renderer.get();
        if (built == null) {
            renderer.compareAndSet(null, HtmlRenderer.builder(options(unsafeHtml, extensions(true, true)))
                    .linkResolverFactory(new RewritingResolverFactory())
                    .nodeRendererFactory(options -> () -> Set.of(
                            new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Text.class, Markdown::renderText)))
                    .build());
            built = renderer.get();
        }
        return built;
    }

    /** Strikethrough and typographic quotes always; tables and bare-address links when asked for. */
    static List<com.vladsch.flexmark.util.misc.Extension> extensions(boolean tables, boolean links) {
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new ArrayList<>();
        if (tables) {
            extensions.add(TablesExtension.create());
        }
        extensions.add(StrikethroughExtension.create());
        if (links) {
            extensions.add(AutolinkExtension.create());
        }
        extensions.add(TypographicExtension.create());
        return extensions;
    }

    static MutableDataSet options(boolean unsafeHtml, List<com.vladsch.flexmark.util.misc.Extension> extensions) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.ESCAPE_HTML, !unsafeHtml);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, SUPPRESSED_LINKS);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        return options;
    }

    /**
     * Reads a body: as {@link PlainParagraphs} when it is nothing but plain paragraphs, else through
     * Flexmark.
     */
    MarkdownBody read(String markdown) {
        MarkdownBody plain = readPlain(markdown);
        return plain != null ? plain : readWithFlexmark(markdown);
    }

    /** The body read as {@link PlainParagraphs}, or null when it has markup (or the fast paths are off). */
    MarkdownBody readPlain(String markdown) {
        return fastPaths ? PlainParagraphs.read(markdown) : null;
    }

    /** The body read through Flexmark's parser. */
    FlexmarkBody readWithFlexmark(String markdown) {
        return new FlexmarkBody(this, parse(markdown));
    }

    /**
     * Parses a body with Flexmark. Looking for bare web and mail addresses to link is a quarter of the parsing time,
     * and trying every paragraph as a table a few hundredths more, so each is done only for text that
     * could hold one: an address has "://", "www." or "@" in it (or is a host with a path), a table a '|'.
     */
    public Document parse(String markdown) {
        Document document = parser(markdown.indexOf('|') >= 0, mayHoldAddress(markdown)).parse(markdown);
        if (WebAddress.mayBeInText(markdown)) {
            BareAddresses.link(document);
        }
        return document;
    }

    /** Whether {@code markdown} may hold a bare web or mail address, which the autolink extension links. */
    public static boolean mayHoldAddress(String markdown) {
        return markdown.contains("://") || markdown.contains("www.") || markdown.indexOf('@') >= 0
                || WebAddress.mayBeInText(markdown);
    }

    /**
     * Renders a parsed body. A body using {@code #} headings has them moved one level down, since the
     * page's headline is its only {@code h1}.
     */
    public String render(Document document, UnaryOperator<String> linkRewriter) {
        demoteHeadings(document);
        dropScriptLinks(document);
        String prose = fastPaths ? ProseHtml.write(document, linkRewriter) : null;
        return prose != null ? prose : flexmarkRender(document, linkRewriter);
    }

    private String flexmarkRender(Document document, UnaryOperator<String> linkRewriter) {
        document.set(LINK_REWRITER, linkRewriter);
        return renderer().render(document);
    }

    /** The text of the {@code #} heading the body starts with, or null when it starts otherwise. */
    public static String leadingTitle(Document document) {
        Node first = document.getFirstChild();
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            return plainText(heading).strip();
        }
        return null;
    }

    /**
     * Removes the body's leading {@code #} heading when it says the same as the headline (it was the
     * headline, or repeats it); a different heading stays, as part of the text.
     */
    public static void removeLeadingTitle(Document document, String headline) {
        if (headline.equals(leadingTitle(document))) {
            document.getFirstChild().unlink();
        }
    }

    /** The plain text of the first paragraph, or an empty string. */
    public static String firstParagraphText(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                String text = plainText(node).strip();
                if (!text.isEmpty()) {
                    return text.replaceAll("\\s+", " ");
                }
            }
        }
        return "";
    }

    public static int wordCount(Document document) {
        return Text.wordCount(plainText(document)); // table cells are kept apart ("five six", not "fivesix")
    }

    /**
     * The text of {@code node} as a reader sees it, blocks and table cells apart. Flexmark's own
     * TextCollectingVisitor is not used: on a paragraph whose lines are indented it mixes markup into
     * the text ("x](y)" for a link) or throws ("Accumulated range … overlaps").
     */
    static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out);
        return out.toString();
    }

    private static void appendText(Node node, StringBuilder out) {
        if (node instanceof com.vladsch.flexmark.ast.Text || node instanceof HtmlEntity) {
            String text = node.getChars().toString();
            out.append(isLiteral(text) ? text : Escaping.unescapeString(text));
        } else if (node instanceof Code code) {
            out.append(code.getText());
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof CodeBlock) {
            out.append(((Block) node).getContentChars()).append('\n');
        } else if (node instanceof AutoLink link) {
            out.append(link.getText());
        } else if (node instanceof MailLink link) {
            out.append(link.getText());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append('\n');
        } else if (node instanceof TypographicSmarts) {
            out.append(node.getChars());
        } else if (node instanceof TypographicQuotes quotes) {
            out.append(quotes.getOpeningMarker());
            appendChildren(node, out);
            out.append(quotes.getClosingMarker());
        } else if (!(node instanceof HtmlInlineBase || node instanceof HtmlBlockBase || node instanceof Reference
                || node instanceof TableSeparator || node.getAncestorOfType(TableSeparator.class) != null)) {
            appendChildren(node, out);
            if (node instanceof TableCell) {
                out.append(' ');
            } else if (node instanceof Block && !(node instanceof Document)) {
                out.append('\n');
            }
        }
    }

    /**
     * Writes a run of text as Flexmark's own renderer does, without its three regular expressions
     * when the text has nothing to unescape: at 100,000 articles they were near a tenth of the CPU
     * time of reading and rendering.
     */
    private static void renderText(com.vladsch.flexmark.ast.Text node, NodeRendererContext context, HtmlWriter html) {
        html.raw(escapedText(node.getChars()));
    }

    /** A run of text as Flexmark's renderer writes it: unescaped, then escaped for HTML. */
    public static CharSequence escapedText(BasedSequence chars) {
        String text = chars.toString();
        if (!isLiteral(text)) {
            return Escaping.escapeHtml(Escaping.normalizeEOL(chars.unescape()), false);
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                escaped.append(entity);
            } else if (escaped != null) {
                escaped.append(text.charAt(i));
            }
        }
        return escaped == null ? text : escaped;
    }

    /** Whether {@code text} reads as written: no backslash escape, entity or carriage return in it. */
    private static boolean isLiteral(String text) {
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 && text.indexOf('\r') < 0;
    }

    private static void appendChildren(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            appendText(child, out);
        }
    }

    /**
     * Whether a browser would take {@code url} as a {@code javascript:}, {@code vbscript:} or
     * {@code data:} URL: browsers drop tabs and line breaks anywhere in a URL and controls and spaces
     * around it, and ignore case in the scheme.
     */
    public static boolean isScriptUrl(String url) {
        String cleaned = url.replaceAll("[\\t\\n\\r]", "");
        int start = 0;
        while (start < cleaned.length() && cleaned.charAt(start) <= ' ') {
            start++;
        }
        return SCRIPT_SCHEME.matcher(cleaned).region(start, cleaned.length()).lookingAt();
    }

    /**
     * Takes out links and images to script URLs. Flexmark's own check ({@code SUPPRESSED_LINKS}) sees
     * the URL as written, so {@code &#106;avascript:} or {@code java&#9;script:} got through: this one
     * sees it as the browser will. A link keeps its text; an image goes.
     */
    private static void dropScriptLinks(Document document) {
        List<Node> unsafe = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            String url = null;
            if (node instanceof Link link) {
                url = link.getUrl().unescape();
            } else if (node instanceof Image image) {
                url = image.getUrl().unescape();
            } else if (node instanceof AutoLink link) {
                url = link.getUrl().unescape();
            } else if (node instanceof RefNode ref && ref.isDefined()) {
                Reference reference = ref.getReferenceNode(document);
                url = reference == null ? null : reference.getUrl().unescape();
            }
            if (url != null && isScriptUrl(url)) {
                unsafe.add(node);
            }
        }
        for (Node node : unsafe) {
            if (node instanceof AutoLink link) {
                node.insertBefore(new com.vladsch.flexmark.ast.Text(link.getText()));
            } else if (!(node instanceof Image || node instanceof ImageRef)) {
                for (Node child = node.getFirstChild(); child != null; ) {
                    Node next = child.getNext();
                    node.insertBefore(child);
                    child = next;
                }
            }
            node.unlink();
        }
    }

    private static void demoteHeadings(Document document) {
        boolean hasTopLevel = false;
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                hasTopLevel = true;
                break;
            }
        }
        if (!hasTopLevel) {
            return;
        }
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
            }
        }
    }

    /** Where a link or image in the body points once the page has rewritten it. */
    public static String resolveUrl(String url, UnaryOperator<String> rewriter) {
        String rewritten = rewriter.apply(WebAddress.withScheme(url));
        if (isScriptUrl(rewritten)) {
            rewritten = "./" + rewritten.strip(); // a relative path that merely looks like a scheme
        }
        return rewritten;
    }

    private static final class RewritingResolverFactory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            UnaryOperator<String> rewriter = LINK_REWRITER.get(context.getDocument());
            return (node, ctx, link) -> rewrite(link, rewriter);
        }

        /**
         * Words in brackets that no reference defines ("[sic]", "[Lisbon]") come as {@code LINK_REF}
         * or {@code IMAGE_REF}: they stay text, so they are not rewritten into a link to a file.
         */
        private static ResolvedLink rewrite(ResolvedLink link, UnaryOperator<String> rewriter) {
            if (link.getLinkType() == LinkType.LINK_REF || link.getLinkType() == LinkType.IMAGE_REF) {
                return link;
            }
            String url = link.getUrl();
            String rewritten = resolveUrl(url, rewriter);
            return rewritten.equals(url) ? link : link.withUrl(rewritten).withStatus(LinkStatus.VALID);
        }
    }
}
