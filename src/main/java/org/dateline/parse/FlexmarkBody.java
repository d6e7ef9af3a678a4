package org.dateline.parse;

import com.vladsch.flexmark.util.ast.Document;
import java.util.function.UnaryOperator;

/** A body with markup in it, read into Flexmark's document. */
record FlexmarkBody(Markdown markdown, Document document) implements MarkdownBody {

    @Override
    public String leadingTitle() {
        return Markdown.leadingTitle(document);
    }

    @Override
    public void removeLeadingTitle(String headline) {
        Markdown.removeLeadingTitle(document, headline);
    }

    @Override
    public int firstBlockLine() {
        return document.getFirstChild() == null ? 0 : document.getFirstChild().getLineNumber();
    }

    @Override
    public int wordCount() {
        return Markdown.wordCount(document);
    }

    @Override
    public String firstParagraphText() {
        return Markdown.firstParagraphText(document);
    }

    @Override
    public String html(UnaryOperator<String> links) {
        return markdown.render(document, links);
    }
}
