package org.dateline.plan;

import java.util.List;
import java.util.Map;
import org.dateline.model.Problem;

/**
 * Every page and copied file of the site, and what makes the plan impossible (two things at one
 * URL, a section named like a reserved URL).
 *
 * @param pages all pages, in a stable order
 * @param copies all files copied as they are
 * @param pageOfSource the URL path of each article's page, by its source path
 * @param urls the URL of every page kind, for links between them
 * @param problems what must be fixed before anything is written
 * @param notes what the person should know, though nothing is wrong (term names that slug alike)
 */
public record SitePlan(List<Page> pages, List<FileCopy> copies, Map<String, String> pageOfSource, Urls urls,
                       List<Problem> problems, List<String> notes) {

    public SitePlan {
        pages = List.copyOf(pages);
        copies = List.copyOf(copies);
        pageOfSource = Map.copyOf(pageOfSource);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }
}
