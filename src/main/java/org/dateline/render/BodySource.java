package org.dateline.render;

import java.util.function.UnaryOperator;
import org.dateline.model.Article;
import org.dateline.model.ProblemException;

/** Gives an article's body as HTML when its page is rendered; the archive itself never holds bodies. */
@FunctionalInterface
public interface BodySource {

    /** @param links rewrites the body's relative links for the page being rendered */
    String bodyHtml(Article article, UnaryOperator<String> links) throws ProblemException;
}
