package org.dateline.render;

import java.util.function.UnaryOperator;
import org.dateline.model.Article;
import org.dateline.model.ProblemException;

/** Gives article bodies as HTML when pages are rendered; the archive itself never holds bodies. */
public interface Bodies {

    /** The body as the article's own page shows it. */
    String pageBody(Article article) throws ProblemException;

    /** The body read again with other link rules (absolute links, for feeds). */
    String bodyWith(Article article, UnaryOperator<String> links) throws ProblemException;

    /** What decides the body, without reading it: a digest of its source, for page fingerprints. */
    String fingerprint(Article article);
}
