package org.dateline.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people, places and organisations of the archive, by <em>capitalised-phrase statistics</em>:
 * the evidence every article's sentences gave of each phrase ({@link Mention}) is added up across
 * the archive, and a phrase is of the kind most of it points to. A phrase seen only at the start of
 * sentences (or in headlines) is not taken, since any word is capitalised there; nor one no sentence
 * marked as anything. A single word that is the last word of a person's name the same article names
 * is that person ("Mr Levy" after "Alain Levy"); otherwise, if it is the last word of exactly one
 * person's name in the archive, it is that person ("Kerry" → "John Kerry"); if two people share it, it
 * stays apart. The settings' aliases,
 * drops and additions come first.
 */
public final class Entities {

    /** The kinds an entity may be, in the order an article lists them. */
    public static final List<TermKind> KINDS = List.of(TermKind.PERSON, TermKind.PLACE, TermKind.ORGANISATION);

    /** One entity named in one article. */
    public record Named(TermKind kind, String name) {
    }

    private static final Entities NONE = new Entities(new IdentityHashMap<>(), Map.of());

    private final Map<Article, List<Named>> byArticle;
    private final Map<Named, Integer> articleCounts;

    private Entities(Map<Article, List<Named>> byArticle, Map<Named, Integer> articleCounts) {
        this.byArticle = byArticle;
        this.articleCounts = articleCounts;
    }

    /** What the phrase's evidence adds up to across the archive. */
    private static final class Evidence {
        int person;
        int place;
        int organisation;
        int mentions;
        boolean midSentence;

        void add(Evidence other) {
            person += other.person;
            place += other.place;
            organisation += other.organisation;
            mentions += other.mentions;
            midSentence |= other.midSentence;
        }
    }

    /**
     * The entities of {@code articles}. The evidence is added up and each article's names resolved
     * in parallel (in the caller's pool, so a build's {@code --threads} holds); the result does not
     * depend on how the work was split: sums and an "or" are merged, and each article's list is its own.
     */
    public static Entities of(List<Article> articles, EntitySettings settings) {
        if (!settings.enabled()) {
            return NONE;
        }
        Map<String, Evidence> evidence = evidence(articles, settings);
        Map<String, String> spellings = spellings(evidence, settings);
        Map<String, TermKind> kinds = new HashMap<>();
        evidence.forEach((name, e) -> {
            TermKind kind = settings.add().containsKey(name) ? settings.add().get(name) : kindOf(e);
            if (kind != null && (e.midSentence || settings.add().containsKey(name)) && !settings.drop().contains(name)) {
                kinds.put(name, kind);
            }
        });
        ArticleNames names = new ArticleNames(settings, spellings, kinds, surnames(kinds, evidence, settings));
        List<List<Named>> found = articles.parallelStream().map(names::of).toList();
        Map<Article, List<Named>> byArticle = new IdentityHashMap<>();
        Map<Named, Integer> counts = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            List<Named> list = found.get(i);
            if (!list.isEmpty()) {
                byArticle.put(articles.get(i), list);
                for (Named n : list) {
                    counts.merge(n, 1, Integer::sum);
                }
            }
        }
        return new Entities(byArticle, counts);
    }

    /** Every phrase the articles mention, under its editor's alias, to the evidence of all its mentions. */
    private static Map<String, Evidence> evidence(List<Article> articles, EntitySettings settings) {
        return articles.parallelStream().collect(HashMap::new, (evidence, article) -> {
            for (Mention m : article.mentions()) {
                Evidence e = evidence.computeIfAbsent(canonical(m.name(), settings), n -> new Evidence());
                e.person += m.person();
                e.place += m.place();
                e.organisation += m.organisation();
                e.midSentence |= m.midSentence();
                e.mentions++;
            }
        }, (into, from) -> from.forEach((name, e) -> into.merge(name, e, (a, b) -> {
            a.add(b);
            return a;
        })));
    }

    /** An article's mentions resolved to the archive's entities, once the archive's evidence has been weighed. */
    private record ArticleNames(EntitySettings settings, Map<String, String> spellings, Map<String, TermKind> kinds,
                                Map<String, String> surnames) {

        private String named(String mentioned) {
            String name = canonical(mentioned, settings);
            return spellings.getOrDefault(name, name);
        }

        /** The article's entities, people first, then places, then organisations, each in order of first mention. */
        List<Named> of(Article article) {
            List<Mention> mentions = article.mentions();
            if (mentions.isEmpty()) {
                return List.of();
            }
            String[] names = new String[mentions.size()];
            // A surname stands first for the person of that name the same article names ("Mr Levy" after "Alain Levy").
            Map<String, String> local = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                String name = named(mentions.get(i).name());
                names[i] = name;
                int space = name.lastIndexOf(' ');
                TermKind kind = kinds.get(name);
                if (space > 0 && (kind == null || kind == TermKind.PERSON) && !settings.drop().contains(name)) {
                    local.merge(name.substring(space + 1), name, (a, b) -> a.equals(b) ? a : "");
                }
            }
            Set<Named> found = new LinkedHashSet<>();
            for (int i = 0; i < names.length; i++) {
                Mention m = mentions.get(i);
                String name = names[i];
                String full = name.indexOf(' ') < 0 ? local.get(name) : null;
                TermKind own = kinds.get(name);
                TermKind kind;
                if (full != null && !full.isEmpty() && (own == TermKind.PERSON || surnames.containsKey(name))
                        && !settings.add().containsKey(name)) {
                    name = full; // "Mr Patterson" makes the article's "John Patterson" a person, whatever else he is
                    kind = TermKind.PERSON;
                } else if (surnames.containsKey(name) && (m.organisation() > m.person() || m.place() > m.person())) {
                    // One sense per story: the article's own sentences say this word is not that
                    // person ("analysts Nielsen//NetRatings", not Jakob Nielsen of another story).
                    kind = null;
                } else {
                    name = surnames.getOrDefault(name, name);
                    kind = kinds.get(name);
                }
                if (kind != null) {
                    found.add(new Named(kind, name));
                }
            }
            if (found.isEmpty()) {
                return List.of();
            }
            List<Named> list = new ArrayList<>(found);
            list.sort((a, b) -> Integer.compare(KINDS.indexOf(a.kind()), KINDS.indexOf(b.kind())));
            return List.copyOf(list);
        }
    }

    /**
     * Names that differ only in accents ("Jose Manuel Barroso", "José Manuel Barroso") are one
     * entity: each spelling to the one written most often (on a tie, the accented one), whose
     * evidence takes theirs, unless the settings add or drop one of them. Only the spellings that give way are in the map.
     */
    private static Map<String, String> spellings(Map<String, Evidence> evidence, EntitySettings settings) {
        Map<String, List<String>> byFolded = new HashMap<>();
        evidence.keySet().forEach(name -> {
            if (name.chars().anyMatch(c -> c >= 0x80)) {
                byFolded.computeIfAbsent(folded(name), f -> new ArrayList<>()).add(name);
            }
        });
        Map<String, String> out = new HashMap<>();
        byFolded.forEach((folded, names) -> {
            if (evidence.containsKey(folded)) {
                names.add(folded);
            }
            if (names.size() < 2 || names.stream().anyMatch(n -> settings.add().containsKey(n) || settings.drop().contains(n))) {
                return; // an editor who names a spelling has chosen
            }
            String chosen = names.stream().max(Comparator.<String>comparingInt(n -> evidence.get(n).mentions)
                    .thenComparing(Comparator.naturalOrder())).orElseThrow();
            for (String name : names) {
                if (!name.equals(chosen)) {
                    out.put(name, chosen);
                    evidence.get(chosen).add(evidence.remove(name));
                }
            }
        });
        return out;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    static String folded(String name) {
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    }

    private static String canonical(String name, EntitySettings settings) {
        return settings.aliases().getOrDefault(name, name);
    }

    /** The kind most of the evidence points to; null when none does. An organisation word outweighs the rest. */
    private static TermKind kindOf(Evidence e) {
        if (e.organisation > 0 && e.organisation >= e.person && e.organisation >= e.place) {
            return TermKind.ORGANISATION;
        }
        if (e.person == 0 && e.place == 0) {
            return null;
        }
        return e.person >= e.place ? TermKind.PERSON : TermKind.PLACE;
    }

    /**
     * Single words that are the last word of exactly one person's name, each to that name. The word
     * must be a person or of no kind of its own, and not a name the settings add or drop.
     */
    private static Map<String, String> surnames(Map<String, TermKind> kinds, Map<String, Evidence> evidence,
                                                EntitySettings settings) {
        Map<String, List<String>> owners = new HashMap<>();
        kinds.forEach((name, kind) -> {
            int space = name.lastIndexOf(' ');
            if (kind == TermKind.PERSON && space > 0) {
                owners.computeIfAbsent(name.substring(space + 1), w -> new ArrayList<>()).add(name);
            }
        });
        Map<String, String> out = new HashMap<>();
        owners.forEach((word, names) -> {
            TermKind own = kinds.get(word);
            boolean free = own == null || own == TermKind.PERSON;
            if (names.size() == 1 && free && evidence.containsKey(word) && !settings.add().containsKey(word)
                    && !settings.drop().contains(word)) {
                out.put(word, names.get(0));
            }
        });
        kinds.keySet().removeAll(out.keySet());
        return out;
    }

    /** Every entity the article names, people first, then places, then organisations, each in order of first mention. */
    public List<Named> of(Article article) {
        return byArticle.getOrDefault(article, List.of());
    }

    /** How many articles name the entity. */
    public int articleCount(Named named) {
        return articleCounts.getOrDefault(named, 0);
    }

    /**
     * The names of each kind each article has a page for: those at least {@code minArticles}
     * articles name. The archive's terms of each kind are made of these.
     */
    Map<TermKind, Map<Article, List<String>>> listed(int minArticles) {
        Map<TermKind, Map<Article, List<String>>> out = new EnumMap<>(TermKind.class);
        KINDS.forEach(kind -> out.put(kind, new IdentityHashMap<>()));
        byArticle.forEach((article, named) -> {
            for (Named n : named) {
                if (articleCount(n) >= minArticles) {
                    out.get(n.kind()).computeIfAbsent(article, a -> new ArrayList<>(4)).add(n.name());
                }
            }
        });
        return out;
    }

    /**
     * Each entity to the term of its kind its name belongs to, as {@link Taxonomy#find} says, so
     * that an article's page looks it up without folding the name again; entities with no term are left out.
     */
    Map<Named, Term> terms(Map<TermKind, Taxonomy> taxonomies) {
        Map<Named, Term> out = new HashMap<>();
        articleCounts.keySet().forEach(named -> {
            Term term = taxonomies.get(named.kind()).find(named.name());
            if (term != null) {
                out.put(named, term);
            }
        });
        return out;
    }
}
