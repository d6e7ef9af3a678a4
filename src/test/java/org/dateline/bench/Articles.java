package org.dateline.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.dateline.model.Article;
import org.dateline.model.SourceFormat;
import org.dateline.parse.ArticleReader;
import org.dateline.parse.Markdown;
import org.dateline.parse.ReadResult;

/** Deterministic news-like Markdown articles for the benchmarks: front matter, then paragraphs. */
final class Articles {

    private static final String[] WORDS = ("the minister said on tuesday that talks on the ceasefire would resume in geneva "
            + "after the election of a new government oil prices rose sharply as markets reacted to the news "
            + "shares in the bank fell while analysts warned of further losses in the coming months "
            + "police arrested three men after the attack on the embassy and officials confirmed the report").split(" ");
    private static final String[] SECTIONS = {"world", "business", "tech", "sport", "politics"};
    private static final String[] TAGS = {"Geneva", "Syria", "Oil", "Banks", "Election", "Police", "Markets",
            "Europe", "China", "Labour", "Football", "Apple"};

    private Articles() {
    }

    /** The text of article {@code n}: about {@code words} words of body in paragraphs of 60. */
    static String markdown(int n, int words) {
        return markdown(n, words, true);
    }

    /**
     * The text of article {@code n}; with {@code markup}, every fifth paragraph has emphasis in it,
     * else the body is plain paragraphs (with quotes), which Dateline reads without Flexmark.
     */
    static String markdown(int n, int words, boolean markup) {
        SplittableRandom random = new SplittableRandom(n);
        StringBuilder text = new StringBuilder(words * 7);
        LocalDate day = LocalDate.of(2000, 1, 1).plusDays(n % 9000);
        text.append("---\ntitle: \"").append(sentence(random, 8)).append("\"\n")
                .append("date: ").append(day).append("T").append(String.format("%02d", n % 24)).append(":15:00Z\n")
                .append("author: Reporter ").append(n % 40).append('\n')
                .append("tags: [").append(TAGS[random.nextInt(TAGS.length)]).append(", ")
                .append(TAGS[random.nextInt(TAGS.length)]).append(", ").append(TAGS[random.nextInt(TAGS.length)]).append("]\n")
                .append("summary: \"").append(sentence(random, 20)).append("\"\n---\n\n");
        for (int written = 0; written < words; written += 60) {
            text.append(sentence(random, 60)).append(written % 300 != 0 ? "." : markup ? " *emphasis* and \"quotes\"." : " and \"quotes\".").append("\n\n");
        }
        return text.toString();
    }

    static String section(int n) {
        return SECTIONS[n % SECTIONS.length];
    }

    static ReadResult read(ArticleReader reader, int n, int words) {
        return read(reader, n, words, true);
    }

    static ReadResult read(ArticleReader reader, int n, int words, boolean markup) {
        String path = section(n) + "/story-" + n + ".md";
        ReadResult result = reader.read(path, path, SourceFormat.MARKDOWN, markdown(n, words, markup), a -> UnaryOperator.identity());
        if (!result.ok()) {
            throw new IllegalStateException(result.problems().toString());
        }
        return result;
    }

    static List<Article> archive(int count) {
        ArticleReader reader = new ArticleReader(ZoneOffset.UTC, new Markdown(false));
        List<Article> articles = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            articles.add(read(reader, n, 120).article());
        }
        return articles;
    }

    private static String sentence(SplittableRandom random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return s.toString();
    }
}
