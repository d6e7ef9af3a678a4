package org.dateline.render;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.lexer.TokenStream;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code {% reuse KEY %}...{% endreuse %}}: the output between the tags is rendered once for each
 * value of {@code KEY} and put as it is wherever the same tag meets an equal key again, on any page
 * of the build. The key must name everything the output depends on, as values: a card of an article
 * is the same HTML on every listing whose links start from the same depth, so
 * {@code [card, level, page.kind == "section"]} (the card's view holds its links, relative to the
 * page) keys it. The page's locale is part of every key, so the languages of a site never share
 * a fragment. What is kept is bounded ({@link Fragments}).
 */
final class ReuseTag implements TokenParser {

    static final String NAME = "reuse";

    private final Fragments fragments;

    ReuseTag(Fragments fragments) {
        this.fragments = fragments;
    }

    @Override
    public String getTag() {
        return NAME;
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        TokenStream stream = parser.getStream();
        int line = token.getLineNumber();
        stream.next();
        Expression<?> key = parser.getExpressionParser().parseExpression();
        stream.expect(Token.Type.EXECUTE_END);
        BodyNode body = parser.subparse(t -> t.test(Token.Type.NAME, "end" + NAME));
        stream.next();
        stream.expect(Token.Type.EXECUTE_END);
        return new Node(line, key, body, fragments);
    }

    /** One {@code reuse} tag in a template. */
    static final class Node extends AbstractRenderableNode {

        private final Expression<?> key;
        private final BodyNode body;
        private final Fragments fragments;

        Node(int line, Expression<?> key, BodyNode body, Fragments fragments) {
            super(line);
            this.key = key;
            this.body = body;
            this.fragments = fragments;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            Object value = key.evaluate(self, context);
            Fragments.Key place = new Fragments.Key(this, value == null ? Null.VALUE : value, context.getLocale());
            byte[] kept = fragments.get(place);
            if (kept == null) {
                StringWriter out = new StringWriter(1024);
                body.render(self, out, context);
                String text = out.toString();
                if (halfOfAPair(text)) {
                    // Alone it would be cut from the text around it: write it as text, and keep nothing.
                    writer.write(text);
                    return;
                }
                kept = text.getBytes(StandardCharsets.UTF_8);
                fragments.put(place, kept);
            }
            if (writer instanceof Utf8Writer utf8) {
                utf8.writeUtf8(kept);
            } else {
                writer.write(new String(kept, StandardCharsets.UTF_8));
            }
        }

        /** Whether the text starts or ends with half of a surrogate pair, whose other half is outside it. */
        private static boolean halfOfAPair(String text) {
            return !text.isEmpty() && (Character.isLowSurrogate(text.charAt(0))
                    || Character.isHighSurrogate(text.charAt(text.length() - 1)));
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
            // Pebble's escaping is a visitor: the body's values must be escaped as anywhere else.
            body.accept(visitor);
        }
    }

    /** A null key: a value the maps can hold. */
    private enum Null {
        VALUE
    }
}
