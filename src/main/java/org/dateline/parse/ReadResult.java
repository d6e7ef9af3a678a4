package org.dateline.parse;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Problem;

/**
 * An article read from its text, or the problems that stopped it (never both).
 *
 * @param bodyHtml the body as HTML when it was asked for, else null
 * @param facts what reading found out about the source's form, {@link SourceFacts#UNREAD} when not read
 */
public record ReadResult(Article article, String bodyHtml, List<Problem> problems, SourceFacts facts) {

    public ReadResult(Article article, String bodyHtml, List<Problem> problems) {
        this(article, bodyHtml, problems, SourceFacts.UNREAD);
    }

    public ReadResult {
        problems = List.copyOf(problems);
        if ((article == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("either an article or problems");
        }
    }

    public static ReadResult failed(List<Problem> problems) {
        return new ReadResult(null, null, problems);
    }

    public boolean ok() {
        return article != null;
    }
}
