package org.dateline.pipeline;

import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.entities.MentionFinder;
import org.dateline.model.Article;
import org.dateline.model.ProblemException;
import org.dateline.parse.ArticleReader;
import org.dateline.parse.ReadResult;
import org.dateline.plan.SourceLinks;
import org.dateline.plan.Urls;
import org.dateline.render.Fingerprint;
import org.dateline.search.Analyzer;
import org.dateline.search.HtmlText;
import org.dateline.search.TermVector;
import org.dateline.source.SourceFile;
import org.dateline.source.SourceReader;

/**
 * Reads every article, each once: a source whose size and time (or, failing those, whose bytes)
 * match the last build's is taken from the cache; any other is parsed, and its body rendered to HTML
 * in the same pass and kept in the body store, so its page never parses it again; so are its search
 * terms, so the index never reads its text again.
 */
final class SourcePhase {

    private final ArticleReader reader;
    private final BuildCache cache;
    private final SourceLinks links;
    private final boolean indexing;
    /**
     * One per thread and language: an analyzer keeps state, and a cache of stems worth keeping
     * across articles. By the article's language; empty for the site's default.
     */
    private final ThreadLocal<Map<String, Analyzer>> analyzers = ThreadLocal.withInitial(HashMap::new);
    private final String defaultLanguage;
    private final AtomicInteger parsed = new AtomicInteger();
    /**
     * The articles the last build read otherwise: parsed again because their bytes changed. (New
     * sources are not among them: a build with new articles has a new structure anyway, and a
     * cold build would hold every article here for nothing.)
     */
    private final boolean entities;
    private final Queue<Article> edited = new ConcurrentLinkedQueue<>();

    private Analyzer analyzer(String language) {
        return analyzers.get().computeIfAbsent(language,
                code -> Analyzer.of(code.isEmpty() ? defaultLanguage : code));
    }

    /**
     * @param links rewrites body links relative to each article's page (article-to-article links come later)
     * @param indexing whether to keep each article's search terms too (when the site has search)
     * @param entities whether to find the people, places and organisations each article names
     * @param defaultLanguage the site's language, whose words an article of no other language is indexed as
     */
    SourcePhase(ArticleReader reader, BuildCache cache, SourceLinks links, boolean indexing, boolean entities,
                String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
        this.entities = entities;
        this.reader = reader;
        this.cache = cache;
        this.links = links;
        this.indexing = indexing;
    }

    /** How many sources this build parsed rather than took from the cache. */
    int parsed() {
        return parsed.get();
    }

    /** The articles whose source the last build read with other bytes, when they read without problems. */
    Collection<Article> editedArticles() {
        return edited;
    }

    /**
     * The digest of everything other pages show of an article: all its metadata but the word count,
     * which only its own page shows (as reading time). Worked out once, when the source is read, and
     * kept in the cache, so a rebuild does not digest 100,000 articles' metadata again.
     */
    static long listed(Article a) {
        return Fingerprint.shortOf(a.sourcePath(), a.format(), a.title(), a.slug(), a.section(), a.sectionSlug(),
                a.date(), a.updated(), a.authors(), a.tags(), a.source(), a.summary(), a.excerpt(), a.dateline(),
                a.image(), a.caption(), a.aliases(), a.draft(), a.embargo(), a.expires(), a.corrections(), a.extra(),
                a.mentions());
    }

    /**
     * Reads one source. Its cache entry is keyed by its article's own path string (equal to the
     * file's): the later phases look entries up by that string, and a map finds the very string it
     * holds without comparing it character by character.
     *
     * @param untouched whether the folder's watcher tells that nobody touched the file since a build
     *     of this process last read it
     */
    ReadResult read(SourceFile file, boolean untouched) {
        String path = file.relativePath();
        try {
            long size = file.size();
            long modified = file.modified();
            BuildCache.SourceEntry previous = cache.previousSource(path);
            // The cache must not stand in for a file the build could no longer read: reading it
            // below then gives the problem a build without the cache gives. (The check, access(2),
            // costs a quarter of opening the file, and asks the same permissions.)
            if (previous != null && previous.size() == size && previous.modified() == modified
                    && (untouched || Files.isReadable(file.path()))) {
                cache.putSource(previous.article().sourcePath(), previous);
                return new ReadResult(previous.article(), null, List.of());
            }
            byte[] bytes = SourceReader.readBytes(file);
            String hash = Fingerprint.ofBytes(bytes);
            if (previous != null && previous.hash().equals(hash)) {
                // Same bytes, new time (a git checkout, a touch): nothing to read again.
                cache.putSource(previous.article().sourcePath(), previous.withState(size, modified));
                return new ReadResult(previous.article(), null, List.of());
            }
            parsed.incrementAndGet();
            AtomicBoolean lateLinks = new AtomicBoolean();
            ReadResult result = reader.read(path, file.displayName(), file.format(),
                    SourceReader.decode(bytes, file.displayName()),
                    article -> url -> {
                        if (SourceLinks.pointsToArticleSource(url, path)) {
                            lateLinks.set(true);
                        }
                        return links.rewrite(url, path, Urls.articleInSite(article));
                    });
            if (result.ok()) {
                String text = indexing || entities ? HtmlText.of(result.bodyHtml()) : null;
                Article article = entities ? result.article().withMentions(
                        MentionFinder.find(result.article().title(), result.article().summary(), text)) : result.article();
                if (previous != null) {
                    edited.add(article);
                }
                CachePack.Ref terms = indexing ? cache.pack().put(
                        TermVector.encoded(article, text, analyzer(article.language()))) : null;
                cache.putSource(article.sourcePath(), new BuildCache.SourceEntry(size, modified, hash, article,
                        cache.pack().put(result.bodyHtml()), lateLinks.get(), terms, listed(article)));
                return new ReadResult(article, null, result.problems(), result.facts());
            }
            return new ReadResult(result.article(), null, result.problems(), result.facts());
        } catch (ProblemException e) {
            return ReadResult.failed(e.problems());
        }
    }
}
