package org.dateline.parse;

import java.util.function.UnaryOperator;

/**
 * A Markdown body as the article reader uses it: the heading it may start with, its words, its
 * first paragraph and its HTML. Read by {@link Markdown#read}, either as {@link PlainParagraphs}
 * or, for anything with markup, through Flexmark's document ({@link FlexmarkBody}).
 */
public interface MarkdownBody {

    /** The text of the {@code #} heading the body starts with, or null when it starts otherwise. */
    String leadingTitle();

    /** Leaves out the leading {@code #} heading when it says the same as {@code headline}. */
    void removeLeadingTitle(String headline);

    /** The line of the body, counted from 0, on which its first block starts. */
    int firstBlockLine();

    int wordCount();

    /** The plain text of the first paragraph on one line, or an empty string. */
    String firstParagraphText();

    /** The HTML of the body, its relative links and images rewritten by {@code links}; called once. */
    String html(UnaryOperator<String> links);
}
