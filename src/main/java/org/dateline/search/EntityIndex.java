package org.dateline.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The people, places and organisations that have pages, as search files of their own, so that a
 * query naming one ("kerry", "john kerry", "bank of england") shows its page above the articles.
 * Apart from the article index on purpose: entities have no article number, and their counts change
 * with every article that names them, so keeping them out of the term files leaves the numbering and
 * {@link IndexPatch}'s rewriting exactly as they are. A site without entities has none of these
 * files, and its {@value SearchIndex#META} says nothing of them.
 *
 * <p>Each entity is filed under the first two letters of every word of its name and spellings
 * ({@link #keyOf}), in one of {@link #shards} files chosen by a hash of those letters
 * ({@link #shardOf}): since every word of a query must be in the name, the file of its first word
 * holds every entity it can name, and a query reads one file. The browser's {@code search.js}
 * picks the file and matches the words the same way.
 */
public final class EntityIndex {

    /** The folder of the entity files under the search folder: {@code entities/0.js} and so on. */
    public static final String FOLDER = "entities/";
    /** Entities per file, about: a few thousand entities cost a few small files. */
    static final int PER_SHARD = 256;
    static final int MAX_SHARDS = 256;

    private EntityIndex() {
    }

    /**
     * One entity with a page.
     *
     * @param kind what it is, as a result shows it ("Person")
     * @param name its name as its page gives it
     * @param path its page's URL path from the site root
     * @param count how many articles name it
     * @param spellings other names that stand for it (the settings' aliases), found like its name
     */
    public record Entry(String kind, String name, String path, int count, List<String> spellings) {

        public Entry {
            spellings = List.copyOf(spellings);
        }

        /** The folded words of its name and spellings, each once. */
        Set<String> words() {
            Set<String> words = new LinkedHashSet<>(Tokenizer.words(name));
            spellings.forEach(s -> words.addAll(Tokenizer.words(s)));
            return words;
        }

        List<Object> row() {
            List<Object> row = new ArrayList<>(List.of(kind, name, path, count));
            if (!spellings.isEmpty()) {
                row.add(spellings);
            }
            return row;
        }
    }

    /** Most named first, then by name: the order a shard lists them in, and the browser shows them in. */
    static final Comparator<Entry> ORDER = Comparator.comparingInt(Entry::count).reversed()
            .thenComparing(Entry::name).thenComparing(Entry::path);

    /** How many files {@code entries} are split into: 0 for none, else a power of two. */
    public static int shards(List<Entry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        int wanted = Integer.highestOneBit(Math.max(1, entries.size() / PER_SHARD));
        return Math.min(MAX_SHARDS, wanted);
    }

    /** What a word is filed under: its first two characters (UTF-16 units, as the browser counts them). */
    static String keyOf(String word) {
        return word.length() <= 2 ? word : word.substring(0, 2);
    }

    /** The file a word's entities are in, of {@code shards}: the browser's {@code entityShard} does the same. */
    static int shardOf(String word, int shards) {
        return (keyOf(word).hashCode() & 0x7fffffff) % shards;
    }

    /**
     * Hands each of the {@code shards} files to {@code sink} (path under the search folder, text),
     * every one even when empty, so the browser never asks for a file that is not there.
     */
    public static void write(List<Entry> entries, int shards, BiConsumer<String, String> sink) {
        List<List<Entry>> files = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            files.add(new ArrayList<>());
        }
        for (Entry entry : entries) {
            Set<Integer> in = new LinkedHashSet<>();
            for (String word : entry.words()) {
                in.add(shardOf(word, shards));
            }
            in.forEach(shard -> files.get(shard).add(entry));
        }
        for (int i = 0; i < shards; i++) {
            List<Entry> file = files.get(i);
            file.sort(ORDER);
            List<Object> rows = new ArrayList<>(file.size());
            file.forEach(entry -> rows.add(entry.row()));
            sink.accept(FOLDER + i + ".js", SearchIndex.script(FOLDER + i, rows));
        }
    }
}
