package org.dateline.bench;

import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.dateline.model.Article;
import org.dateline.parse.ArticleReader;
import org.dateline.parse.Markdown;
import org.dateline.parse.ReadResult;
import org.dateline.search.Analyzer;
import org.dateline.search.HtmlText;
import org.dateline.search.TermVector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The read phase, per article: front matter, Markdown to HTML (with word count and excerpt), and
 * the search terms made from the result. A body with markup goes through Flexmark; one of plain
 * paragraphs through {@code PlainParagraphs}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadBenchmark {

    /** Body length in words: a brief, a typical story (the BBC corpus averages about 400), a long read. */
    @Param({"100", "400", "2000"})
    int words;

    private ArticleReader reader;
    private Analyzer analyzer;
    private Article article;
    private String bodyText;

    @Setup
    public void setUp() {
        reader = new ArticleReader(ZoneOffset.UTC, new Markdown(false));
        analyzer = new Analyzer();
        ReadResult result = Articles.read(reader, 7, words);
        article = result.article();
        bodyText = HtmlText.of(result.bodyHtml());
    }

    /** A body with emphasis in it: read by Flexmark. */
    @Benchmark
    public ReadResult readArticleWithBody() {
        return Articles.read(reader, 7, words);
    }

    /** The same body without the emphasis: plain paragraphs, read without Flexmark. */
    @Benchmark
    public ReadResult readArticleOfPlainParagraphs() {
        return Articles.read(reader, 7, words, false);
    }

    @Benchmark
    public String searchTerms() {
        return TermVector.encoded(article, bodyText, analyzer);
    }
}
