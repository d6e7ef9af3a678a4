package org.dateline.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Each language's Snowball stemmer and stop words, as Lucene ships them: the stemmers generated
 * from Snowball's reference algorithms ({@code org.tartarus.snowball.ext}), the stop word lists of
 * Snowball and of Jacques Savoy's CLEF work ({@code org.apache.lucene.analysis}). A language with
 * neither is indexed word for word.
 */
final class Languages {

    /** A language's stemmer (null for none) and stop words. */
    record Analysis(SnowballStemmer stemmer, StopWords stopWords) {
    }

    /** Snowball's name of each language's stemmer, and where Lucene keeps its stop words. */
    private static final Map<String, String[]> KNOWN = Map.ofEntries(
            Map.entry("ar", new String[] {"Arabic", "org/apache/lucene/analysis/ar/stopwords.txt"}),
            Map.entry("da", new String[] {"Danish", "org/apache/lucene/analysis/snowball/danish_stop.txt"}),
            Map.entry("de", new String[] {"German", "org/apache/lucene/analysis/snowball/german_stop.txt"}),
            Map.entry("es", new String[] {"Spanish", "org/apache/lucene/analysis/snowball/spanish_stop.txt"}),
            Map.entry("fi", new String[] {"Finnish", "org/apache/lucene/analysis/snowball/finnish_stop.txt"}),
            Map.entry("fr", new String[] {"French", "org/apache/lucene/analysis/snowball/french_stop.txt"}),
            Map.entry("hu", new String[] {"Hungarian", "org/apache/lucene/analysis/snowball/hungarian_stop.txt"}),
            Map.entry("it", new String[] {"Italian", "org/apache/lucene/analysis/snowball/italian_stop.txt"}),
            Map.entry("nl", new String[] {"Dutch", "org/apache/lucene/analysis/snowball/dutch_stop.txt"}),
            Map.entry("no", new String[] {"Norwegian", "org/apache/lucene/analysis/snowball/norwegian_stop.txt"}),
            Map.entry("nb", new String[] {"Norwegian", "org/apache/lucene/analysis/snowball/norwegian_stop.txt"}),
            Map.entry("pt", new String[] {"Portuguese", "org/apache/lucene/analysis/snowball/portuguese_stop.txt"}),
            Map.entry("ru", new String[] {"Russian", "org/apache/lucene/analysis/snowball/russian_stop.txt"}),
            Map.entry("sv", new String[] {"Swedish", "org/apache/lucene/analysis/snowball/swedish_stop.txt"}),
            Map.entry("tr", new String[] {"Turkish", "org/apache/lucene/analysis/tr/stopwords.txt"}));

    static final Set<String> STEMMED = Set.copyOf(KNOWN.keySet());

    private Languages() {
    }

    /** The analysis of {@code language}; null for English, which {@link Analyzer} knows itself. */
    static Analysis of(String language) {
        String code = Locale.forLanguageTag(language).getLanguage();
        if (code.equals("en") || code.isEmpty()) {
            return null;
        }
        String[] known = KNOWN.get(code);
        if (known == null) {
            return new Analysis(null, StopWords.NONE);
        }
        try {
            SnowballStemmer stemmer = (SnowballStemmer) Class.forName("org.tartarus.snowball.ext." + known[0] + "Stemmer")
                    .getDeclaredConstructor().newInstance();
            return new Analysis(stemmer, StopWords.of(read(known[1])));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the " + known[0] + " stemmer is missing from this build of Dateline", e);
        }
    }

    /**
     * A stop word list in either of Lucene's formats: Snowball's (a word at the start of a line, a
     * comment after {@code |}) or one word a line with {@code #} comments; folded as words are.
     */
    static List<String> read(String resource) {
        try (InputStream in = Languages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the stop words " + resource + " are missing from this build of Dateline");
            }
            TreeSet<String> words = new TreeSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int bar = line.indexOf('|');
                String word = (bar < 0 ? line : line.substring(0, bar)).strip();
                if (word.isEmpty() || word.startsWith("#")) {
                    continue;
                }
                words.addAll(Tokenizer.words(word));
            }
            return new ArrayList<>(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
