package org.dateline.source;

import java.util.List;
import org.dateline.model.Problem;

/**
 * What a walk of the content folder found: articles, assets and Hugo's {@code _index.md} files of
 * the home page and the sections (one a folder), in path order, and what could not be read.
 */
public record ContentListing(List<SourceFile> articles, List<SourceFile> assets, List<SourceFile> sectionIndexes,
                             List<Problem> problems) {

    public ContentListing {
        articles = List.copyOf(articles);
        assets = List.copyOf(assets);
        sectionIndexes = List.copyOf(sectionIndexes);
        problems = List.copyOf(problems);
    }

    public ContentListing(List<SourceFile> articles, List<SourceFile> assets, List<Problem> problems) {
        this(articles, assets, List.of(), problems);
    }
}
