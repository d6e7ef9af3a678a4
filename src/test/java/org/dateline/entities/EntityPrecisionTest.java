package org.dateline.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dateline.testing.TestProject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How well capitalised-phrase statistics find people, places and organisations in real news: the
 * BBC articles of {@code ../shared/corpus} are built as one archive, and the "In this story" list of
 * each article labelled by hand in {@code src/test/resources/entities/labels/} (one file per
 * article: the corpus file, then {@code person:}, {@code place:} and {@code organisation:} lines;
 * never the article's text) is compared with its labels. Printed: precision and recall per kind, of
 * the entities with pages (named in {@code minArticles}, 3, articles) and of every entity listed.
 * Skipped, with a message, where the corpus is not there.
 */
class EntityPrecisionTest {

    /** ../shared beside the project, or beside the folder of worktrees the project may be checked out in. */
    private static final Path CORPUS = Stream.of("../shared/corpus/bbc", "../../shared/corpus/bbc").map(Path::of)
            .filter(Files::isDirectory).findFirst().orElse(Path.of("../shared/corpus/bbc"));
    private static final Path LABELS = Path.of("src/test/resources/entities/labels");
    private static final List<String> KINDS = List.of("person", "place", "organisation");
    private static final Map<String, String> CLASSES = Map.of("person", "people", "place", "places",
            "organisation", "organisations");

    @TempDir
    Path dir;

    /** One labelled article: its corpus file, and its entities by kind (lower case). */
    private record Labelled(String corpusFile, Map<String, Set<String>> entities) {
    }

    @Test
    void precisionAndRecallOnTheLabelledBbcArticles() throws Exception {
        List<Labelled> labelled = labels();
        assertThat(labelled).as("articles labelled by hand").hasSizeGreaterThanOrEqualTo(50);
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/bbc is not here: the entity precision"
                + " measurement is skipped");
        TestProject project = new TestProject(dir);
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".txt"))::iterator) {
                project.bytes("content/" + CORPUS.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        project.file("dateline.yml", "search: false\nentities: true\n");
        project.build();

        Map<String, int[]> paged = new HashMap<>(); // kind → {true positives, found, labelled}
        Map<String, int[]> listed = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        List<String> wrongWithPages = new ArrayList<>();
        for (Labelled article : labelled) {
            String page = article.corpusFile().replaceFirst("^bbc/", "").replaceFirst("\\.txt$", "/");
            Document doc = project.page(page);
            for (String kind : KINDS) {
                Set<String> truth = article.entities().getOrDefault(kind, Set.of());
                Set<String> all = new HashSet<>();
                Set<String> withPages = new HashSet<>();
                for (Element dd : doc.select(".in-this-story .entities-" + CLASSES.get(kind) + " dd")) {
                    String name = normal(dd.text());
                    all.add(name);
                    if (dd.selectFirst("a") != null) {
                        withPages.add(name);
                    }
                    if (!truth.contains(name)) {
                        wrong.add(kind + " '" + dd.text() + "' in " + article.corpusFile());
                        if (dd.selectFirst("a") != null) {
                            wrongWithPages.add(kind + " '" + dd.text() + "' in " + article.corpusFile());
                        }
                    }
                }
                count(paged.computeIfAbsent(kind, k -> new int[3]), withPages, truth);
                count(listed.computeIfAbsent(kind, k -> new int[3]), all, truth);
            }
        }
        System.out.println("Entities by capitalised-phrase statistics, " + labelled.size() + " labelled BBC articles:");
        for (String kind : KINDS) {
            System.out.println(String.format(Locale.ROOT, "  %-12s  with pages: precision %.2f recall %.2f (%d of %d found,"
                            + " %d labelled)   all listed: precision %.2f recall %.2f (%d of %d)", kind,
                    ratio(paged.get(kind)[0], paged.get(kind)[1]), ratio(paged.get(kind)[0], paged.get(kind)[2]),
                    paged.get(kind)[0], paged.get(kind)[1], paged.get(kind)[2],
                    ratio(listed.get(kind)[0], listed.get(kind)[1]), ratio(listed.get(kind)[0], listed.get(kind)[2]),
                    listed.get(kind)[0], listed.get(kind)[1]));
        }
        System.out.println("  with pages, not in the labels: " + wrongWithPages);
        System.out.println("  listed, not in the labels: " + wrong);
        // A floor under what the method reaches now (see README), so a change that makes it worse is
        // noticed; and under what it finds, so that finding nothing is not taken for precision.
        assertThat(paged.get("person")[1]).as("people with pages found").isGreaterThanOrEqualTo(10);
        assertThat(paged.get("place")[1]).as("places with pages found").isGreaterThanOrEqualTo(50);
        assertThat(ratio(listed.get("place")[0], listed.get("place")[2])).as("recall of places listed")
                .isGreaterThanOrEqualTo(0.6);
        assertThat(ratio(paged.get("person")[0], paged.get("person")[1])).isGreaterThanOrEqualTo(FLOOR_PERSON);
        assertThat(ratio(paged.get("place")[0], paged.get("place")[1])).isGreaterThanOrEqualTo(FLOOR_PLACE);
    }

    /**
     * People: the 0.85 the method must reach (measured 1.00, 14 of 14; README). Places: measured 0.89,
     * a little under, so the floor fails on a real loss, not on a tie.
     */
    static final double FLOOR_PERSON = 0.85;
    static final double FLOOR_PLACE = 0.85;

    /** A name as compared: lower case, without apostrophes or a possessive "'s" (the finder drops them). */
    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replace("'", "").replace("’", "")
                .replaceAll("\\s*&\\s*", "&").strip();
    }

    private static void count(int[] tally, Set<String> found, Set<String> truth) {
        for (String name : found) {
            if (truth.contains(name)) {
                tally[0]++;
            }
        }
        tally[1] += found.size();
        tally[2] += truth.size();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    /** Every label file: "corpus: bbc/…", then "kind: name" lines; "#" starts a comment. */
    private static List<Labelled> labels() throws IOException {
        List<Labelled> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(LABELS)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String corpus = null;
                Map<String, Set<String>> entities = new HashMap<>();
                for (String line : Files.readAllLines(file)) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    int colon = line.indexOf(':');
                    assertThat(colon).as(file + ": " + line).isPositive();
                    String key = line.substring(0, colon).strip();
                    String value = line.substring(colon + 1).strip();
                    if (key.equals("corpus")) {
                        corpus = value;
                    } else {
                        assertThat(KINDS).as(file + ": " + line).contains(key);
                        entities.computeIfAbsent(key, k -> new HashSet<>()).add(normal(value));
                    }
                }
                assertThat(corpus).as(file + " names its corpus file").isNotNull();
                out.add(new Labelled(corpus, entities));
            }
        }
        return out;
    }
}
