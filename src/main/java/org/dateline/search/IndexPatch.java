package org.dateline.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.dateline.json.Json;

/**
 * Brings the last build's index up to date when the articles are the same, in the same order, and
 * only some of them say something else: an edit. It reads only the term files that hold the changed
 * articles' terms (and the file before each, whose end may move), patches those terms' postings and
 * cuts that stretch into files again; every other term file, and the article lists, stay as they are.
 * The files it makes are the bytes a whole new index would have.
 *
 * <p>It gives up, and says so with null, when the edit moves something every file shares: the
 * average article length the weights are computed with, or how many terms a file holds.
 */
public final class IndexPatch {

    /** Reads a term file of the last build by name: its terms and their encoded postings, in order; null when it cannot. */
    public interface TermFileReader {
        Map<String, String> read(String name);
    }

    /**
     * What a patch did.
     *
     * @param summary what the patched index is made of, for the next build
     * @param keptTermFiles the names of the last build's term files that are still right as they are
     */
    public record Result(SearchIndex.Summary summary, Set<String> keptTermFiles) {
    }

    private record Change(int doc, TermVector before, TermVector after) {
    }

    private final List<SearchIndex.Doc> docs;
    private final String linkStyle;
    private final SearchIndex.Summary previous;
    private final List<List<Object>> previousFiles;
    private final TermFileReader reader;
    private final int targetFile;
    private final List<Change> changes = new ArrayList<>();
    private int entityShards;

    /**
     * @param docs every article in number order, the same as the last build's
     * @param previous what the last build's index was made of
     * @param previousFiles the last build's term files in order, as [first term, name] ({@link #termFilesOf})
     */
    public IndexPatch(List<SearchIndex.Doc> docs, String linkStyle, SearchIndex.Summary previous,
                      List<List<Object>> previousFiles, TermFileReader reader) {
        this(docs, linkStyle, previous, previousFiles, reader, SearchIndex.TARGET_FILE);
    }

    IndexPatch(List<SearchIndex.Doc> docs, String linkStyle, SearchIndex.Summary previous,
               List<List<Object>> previousFiles, TermFileReader reader, int targetFile) {
        this.docs = docs;
        this.linkStyle = linkStyle;
        this.previous = previous;
        this.previousFiles = previousFiles;
        this.reader = reader;
        this.targetFile = targetFile;
    }

    /** How many {@linkplain EntityIndex entity files} the patched index has (0, the default: none); they are the caller's to write. */
    public IndexPatch entityShards(int shards) {
        this.entityShards = shards;
        return this;
    }

    /** Article {@code doc} had the terms {@code before} and now has {@code after} (both {@linkplain TermVector#encode() encoded}). */
    public IndexPatch change(int doc, String before, String after) {
        changes.add(new Change(doc, TermVector.decode(before), TermVector.decode(after)));
        return this;
    }

    /**
     * Hands each term file that changed, every directory file and {@value SearchIndex#META} to
     * {@code sink}; the article lists and the kept term files are the caller's to keep.
     *
     * @return what was done, or null when the whole index must be made again (nothing was handed out)
     */
    public Result apply(List<String> sectionOrder, BiConsumer<String, String> sink) {
        int fileCount = previousFiles.size();
        if (fileCount == 0 || changes.isEmpty()) {
            return null;
        }
        long lengthSum = previous.lengthSum();
        for (Change change : changes) {
            lengthSum += change.after().length() - change.before().length();
        }
        double average = SearchIndex.averageLength(previous.lengthSum(), docs.size());
        if (SearchIndex.averageLength(lengthSum, docs.size()) != average) {
            return null;
        }
        // Each changed term, with each changed article's new weight there (0: no longer there). A
        // term whose weight came out the same is no change: an edit of a few words leaves most of
        // an article's weights as they were, and with them most of the files its terms are in.
        Map<String, Map<Integer, Integer>> weights = new HashMap<>();
        for (Change change : changes) {
            Map<String, Integer> before = weightsOf(change.before(), average);
            Map<String, Integer> after = weightsOf(change.after(), average);
            before.keySet().forEach(term -> {
                if (!after.containsKey(term)) {
                    weights.computeIfAbsent(term, t -> new HashMap<>()).put(change.doc(), 0);
                }
            });
            after.forEach((term, weight) -> {
                if (!weight.equals(before.get(term))) {
                    weights.computeIfAbsent(term, t -> new HashMap<>()).put(change.doc(), weight);
                }
            });
        }
        String[] firsts = new String[fileCount];
        for (int i = 0; i < fileCount; i++) {
            firsts[i] = (String) previousFiles.get(i).get(0);
        }
        // A file is re-cut when it holds a changed term, and so is the one before it: that one may
        // have ended only because a changed term had a file of its own.
        boolean[] touched = new boolean[fileCount];
        Map<String, Integer> fileOfTerm = new HashMap<>();
        for (String term : weights.keySet()) {
            int file = fileOf(term, firsts);
            fileOfTerm.put(term, file);
            touched[file] = true;
            if (file > 0) {
                touched[file - 1] = true;
            }
        }
        // Read everything needed before handing anything out, so that giving up leaves nothing half made.
        Map<Integer, Map<String, String>> contents = new java.util.concurrent.ConcurrentHashMap<>();
        boolean readAll = java.util.stream.IntStream.range(0, fileCount).parallel().filter(i -> touched[i])
                .allMatch(i -> read(i, contents) != null);
        if (!readAll) {
            return null;
        }
        Map<Integer, Map<String, String>> patched = new HashMap<>();
        long terms = previous.terms();
        long characters = previous.characters();
        for (Map.Entry<String, Map<Integer, Integer>> entry : weights.entrySet()) {
            int file = fileOfTerm.get(entry.getKey());
            String before = contents.get(file).get(entry.getKey());
            String after;
            try {
                after = patch(before, entry.getValue());
            } catch (IllegalArgumentException notPostings) {
                return null; // a file not as this version writes it: make the index afresh
            }
            patched.computeIfAbsent(file, f -> new HashMap<>()).put(entry.getKey(), after);
            terms += (after == null ? 0 : 1) - (before == null ? 0 : 1);
            characters += (after == null ? 0 : after.length()) - (before == null ? 0 : before.length());
        }
        int every = SearchIndex.termsPerFile(previous.terms(), previous.characters(), targetFile);
        if (terms == 0 || SearchIndex.termsPerFile((int) terms, characters, targetFile) != every) {
            return null;
        }
        List<List<Object>> made = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        while (i < fileCount) {
            if (!touched[i]) {
                made.add(previousFiles.get(i));
                kept.add((String) previousFiles.get(i).get(1));
                i++;
                continue;
            }
            // Cut from a touched file on until a cut falls where an untouched file began.
            TermFiles cutter = new TermFiles(every, targetFile, made, out::put);
            int j = i;
            do {
                Map<String, String> content = read(j, contents);
                if (content == null) {
                    return null;
                }
                TreeMap<String, String> fileTerms = new TreeMap<>(content);
                patched.getOrDefault(j, Map.of()).forEach((term, encoded) -> {
                    if (encoded == null) {
                        fileTerms.remove(term);
                    } else {
                        fileTerms.put(term, encoded);
                    }
                });
                fileTerms.forEach(cutter::add);
                j++;
            } while (j < fileCount && (touched[j] || !cutter.atCut()));
            if (j == fileCount) {
                cutter.finish();
            }
            i = j;
        }
        out.forEach(sink);
        SearchIndex.writeMeta(docs, linkStyle, sectionOrder, made, entityShards, sink);
        return new Result(new SearchIndex.Summary((int) terms, characters, lengthSum), kept);
    }

    /** The weight the index gives each of an article's terms. */
    private static Map<String, Integer> weightsOf(TermVector terms, double average) {
        Map<String, Integer> weights = new HashMap<>();
        int length = terms.length();
        terms.weights().forEach((term, count) -> weights.put(term,
                TermVector.isField(term) ? 1 : SearchIndex.weight(Math.min(count, 255), length, average)));
        return weights;
    }

    private Map<String, String> read(int file, Map<Integer, Map<String, String>> contents) {
        return contents.computeIfAbsent(file, f -> reader.read((String) previousFiles.get(f).get(1)));
    }

    /** The file a term belongs in: the last whose first term is not after it, or the first file. */
    private static int fileOf(String term, String[] firsts) {
        int found = Arrays.binarySearch(firsts, term);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }

    /** A term's encoded postings with some articles' weights changed (0: removed); null when none are left. */
    private static String patch(String encoded, Map<Integer, Integer> weights) {
        int[][] postings = encoded == null ? new int[][] {new int[0], new int[0]} : PostingCodec.decodeArrays(encoded);
        int[] oldDocs = postings[0];
        int[] oldWeights = postings[1];
        int[] changedDocs = new int[weights.size()];
        int c = 0;
        for (int doc : weights.keySet()) {
            changedDocs[c++] = doc;
        }
        Arrays.sort(changedDocs);
        // Both lists are in article order: merge them, the changed weight winning.
        int[] docs = new int[oldDocs.length + changedDocs.length];
        int[] values = new int[docs.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < oldDocs.length || j < changedDocs.length) {
            int doc;
            int weight;
            if (j == changedDocs.length || i < oldDocs.length && oldDocs[i] < changedDocs[j]) {
                doc = oldDocs[i];
                weight = oldWeights[i++];
            } else {
                doc = changedDocs[j++];
                weight = weights.get(doc);
                if (i < oldDocs.length && oldDocs[i] == doc) {
                    i++;
                }
            }
            if (weight != 0) {
                docs[n] = doc;
                values[n++] = weight;
            }
        }
        if (n == 0) {
            return null;
        }
        StringBuilder out = new StringBuilder(n * 3);
        PostingCodec.encode(docs, values, n, out);
        return out.toString();
    }

    /**
     * The term files of an index, in order, as [first term, name]: {@value SearchIndex#META} lists the
     * directory files, which list them.
     *
     * @param readFile reads an index file by its path under the search folder; null when it cannot
     * @return the list, or null when a file is missing or not as this version writes it
     */
    public static List<List<Object>> termFilesOf(Function<String, String> readFile) {
        try {
            Object meta = payload(readFile.apply(SearchIndex.META));
            List<List<Object>> files = new ArrayList<>();
            for (Object directory : (List<?>) ((Map<?, ?>) meta).get("dirs")) {
                String name = (String) ((List<?>) directory).get(1);
                for (Object file : (List<?>) payload(readFile.apply(SearchIndex.DIRS + name + ".js"))) {
                    List<?> pair = (List<?>) file;
                    files.add(List.of((String) pair.get(0), (String) pair.get(1)));
                }
            }
            return files;
        } catch (RuntimeException e) {
            return null; // unreadable or another shape: the caller makes the index afresh
        }
    }

    /** A term file's terms and encoded postings, from its text; null when it is not a term file. */
    public static Map<String, String> termsOf(String script) {
        try {
            Map<String, String> terms = new LinkedHashMap<>();
            ((Map<?, ?>) payload(script)).forEach((term, encoded) -> terms.put((String) term, (String) encoded));
            return terms;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The data of an index file: the second argument of its {@value SearchIndex#CALLBACK} call. */
    private static Object payload(String script) {
        String prefix = SearchIndex.CALLBACK + "(";
        String suffix = ");\n";
        if (script == null || !script.startsWith(prefix) || !script.endsWith(suffix)) {
            throw new IllegalArgumentException("not an index file");
        }
        return ((List<?>) Json.read("[" + script.substring(prefix.length(), script.length() - suffix.length()) + "]")).get(1);
    }
}
