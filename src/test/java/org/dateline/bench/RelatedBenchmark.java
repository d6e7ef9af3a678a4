package org.dateline.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.RelatedArticles;
import org.dateline.model.Section;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The "read next" articles of one article page, in an archive of 10,000 with a dozen common tags. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RelatedBenchmark {

    private Archive archive;
    private Article article;
    private Section section;
    private int next;

    @Setup
    public void setUp() {
        archive = Archive.of(Articles.archive(10_000));
        section = archive.sections().get(0);
        article = section.articles().get(section.articles().size() / 2);
    }

    @Benchmark
    public List<Article> related() {
        return RelatedArticles.of(article, archive, section, 5);
    }

    @Benchmark
    public List<Article> relatedAcrossTheArchive() {
        List<Article> articles = section.articles();
        next = (next + 97) % articles.size();
        return RelatedArticles.of(articles.get(next), archive, section, 5);
    }
}
