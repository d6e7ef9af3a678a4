package org.dateline.source;

import java.util.List;
import org.dateline.model.Problem;

/** What a walk of the content folder found: articles and assets in path order, and what could not be read. */
public record ContentListing(List<SourceFile> articles, List<SourceFile> assets, List<Problem> problems) {

    public ContentListing {
        articles = List.copyOf(articles);
        assets = List.copyOf(assets);
        problems = List.copyOf(problems);
    }
}
