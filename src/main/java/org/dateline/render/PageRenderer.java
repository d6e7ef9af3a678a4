package org.dateline.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.dateline.model.ProblemException;
import org.dateline.plan.Page;

/**
 * Renders one page to HTML: picks its template, has {@link ViewMaker} build the views it receives
 * (every link relative to the page) and evaluates the template. Safe to call from many threads.
 */
public final class PageRenderer {

    private final RenderContext context;
    private final TemplateSet templates;
    private final Path templateDir;
    private final Path displayBase;

    public PageRenderer(RenderContext context, TemplateSet templates, Path templateDir, Path displayBase) {
        this.context = context;
        this.templates = templates;
        this.templateDir = templateDir;
        this.displayBase = displayBase;
    }

    /** The page's HTML. Template errors and unreadable bodies come back as problems. */
    public String render(Page page) throws ProblemException {
        ViewMaker views = new ViewMaker(context, page.path());
        Map<String, Object> variables = new HashMap<>();
        TemplateSet.Kind kind;
        if (page instanceof Page.ArticlePage p) {
            variables.put("article", views.article(p));
            kind = TemplateSet.Kind.ARTICLE;
        } else if (page instanceof Page.ListingPage p) {
            variables.put("listing", views.listing(p));
            if (p.subject() instanceof Page.Latest) {
                variables.put("home", views.home());
                kind = TemplateSet.Kind.HOME;
            } else {
                kind = p.subject() instanceof Page.OfSection ? TemplateSet.Kind.SECTION : TemplateSet.Kind.LISTING;
            }
        } else if (page instanceof Page.TermIndexPage p) {
            variables.put("terms", views.termIndex(p.kind()));
            kind = TemplateSet.Kind.TERMS;
        } else {
            variables.put("archive", views.archiveIndex());
            kind = TemplateSet.Kind.ARCHIVE;
        }
        variables.put("site", views.site(page));
        variables.put("page", views.page(page));
        return evaluate(templates.get(kind), variables);
    }

    private String evaluate(PebbleTemplate template, Map<String, Object> variables) throws ProblemException {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            template.evaluate(out, variables, context.config().locale());
        } catch (PebbleException e) {
            throw new ProblemException(TemplateSet.problemOf(e, templateDir, displayBase, template.getName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
