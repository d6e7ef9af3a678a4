package org.dateline.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.model.Entities;
import org.dateline.model.Term;
import org.dateline.model.TermKind;
import org.dateline.render.Views.EntityGroup;
import org.dateline.render.Views.NavLink;

/**
 * What an article's page shows of the people, places and organisations it names: the "In this
 * story" list and the JSON-LD {@code mentions}. Every entity found in the article is listed; those
 * named in enough articles to have a page (see {@code minArticles}) are linked to it, the others
 * are shown as text, so a small archive still says who and what a story is about.
 */
final class EntityViews {

    private EntityViews() {
    }

    /** The article's entities by kind (people, places, organisations); kinds it names none of are left out. */
    static List<EntityGroup> inThisStory(RenderContext c, PageLinks links, Article article) {
        Map<TermKind, List<NavLink>> groups = new LinkedHashMap<>();
        for (Entities.Named named : c.archive().entities().of(article)) {
            Term term = c.listedTerm(named);
            groups.computeIfAbsent(named.kind(), k -> new ArrayList<>()).add(
                    new NavLink(named.name(), term == null ? "" : links.href(c.urls().term(term)), false));
        }
        List<EntityGroup> out = new ArrayList<>(groups.size());
        groups.forEach((kind, names) -> out.add(new EntityGroup(NavigationViews.pluralName(c.messages(), kind), kind.folder(),
                names)));
        return out;
    }

    /** schema.org {@code mentions}: a Person, Place or Organization each, with its page's URL when it has one; null for none. */
    static List<Object> mentions(RenderContext c, Article article) {
        List<Entities.Named> named = c.archive().entities().of(article);
        if (named.isEmpty()) {
            return null;
        }
        List<Object> out = new ArrayList<>(named.size());
        for (Entities.Named n : named) {
            Map<String, Object> thing = new LinkedHashMap<>();
            thing.put("@type", switch (n.kind()) {
                case PERSON -> "Person";
                case PLACE -> "Place";
                default -> "Organization";
            });
            thing.put("name", n.name());
            Term term = c.listedTerm(n);
            thing.put("url", term == null || c.config().baseUrl().isEmpty() ? null : c.config().absolute(c.urls().term(term)));
            out.add(thing);
        }
        return out;
    }
}
