package org.dateline.search;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Every posting of an archive, grouped by term, in bounded memory: postings are held in memory up
 * to a budget, and past it written out as a run (its terms sorted, each with its postings) to a
 * scratch folder. Reading them back merges the runs in term order. Articles arrive in number order
 * and runs are written in turn, so a term's postings joined run after run stay in article order.
 *
 * <p>A million articles have a quarter of a billion postings: held as they come, they and the
 * encoded index outgrow any reasonable heap. A small archive never reaches the budget and never
 * touches the disk.
 */
final class PostingRuns implements AutoCloseable {

    /** A term and its postings ({@code article << 8 | weight}, ascending); the array is reused between calls. */
    interface Visitor {
        void term(String term, int[] postings, int count);
    }

    private final int budget;
    private final List<Path> runs = new ArrayList<>();
    private Map<String, Postings> held = new HashMap<>();
    private int heldCount;
    private Path scratch;

    /** @param budget how many postings are held in memory before they are written out as a run */
    PostingRuns(int budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("budget must be at least 1: " + budget);
        }
        this.budget = budget;
    }

    /** Adds a posting; a term's postings must come in ascending article order. */
    void add(String term, int posting) {
        Postings postings = held.get(term);
        if (postings == null) {
            postings = new Postings();
            held.put(term, postings);
        }
        postings.add(posting);
        if (++heldCount >= budget) {
            spill();
        }
    }

    /** How many runs were written to disk so far. */
    int spilled() {
        return runs.size();
    }

    /** Visits every term in sorted order with all its postings. May be called more than once. */
    void forEach(Visitor visitor) {
        List<Cursor> cursors = new ArrayList<>();
        try {
            for (Path run : runs) {
                cursors.add(new FileCursor(run, cursors.size()));
            }
            cursors.add(new MemoryCursor(held, cursors.size()));
            merge(cursors, visitor);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read back the search index's postings from " + scratch, e);
        } finally {
            for (Cursor cursor : cursors) {
                cursor.close();
            }
        }
    }

    private static void merge(List<Cursor> cursors, Visitor visitor) throws IOException {
        PriorityQueue<Cursor> queue = new PriorityQueue<>((a, b) -> {
            int byTerm = a.term().compareTo(b.term());
            return byTerm != 0 ? byTerm : Integer.compare(a.order(), b.order());
        });
        for (Cursor cursor : cursors) {
            if (cursor.advance()) {
                queue.add(cursor);
            }
        }
        int[] buffer = new int[64];
        while (!queue.isEmpty()) {
            String term = queue.peek().term();
            int count = 0;
            while (!queue.isEmpty() && queue.peek().term().equals(term)) {
                Cursor cursor = queue.poll();
                buffer = cursor.postingsInto(buffer, count);
                count += cursor.count();
                if (cursor.advance()) {
                    queue.add(cursor);
                }
            }
            visitor.term(term, buffer, count);
        }
    }

    /** Writes the held postings as a run: terms sorted, each with its count and its postings as gaps. */
    private void spill() {
        try {
            if (scratch == null) {
                scratch = Files.createTempDirectory("dateline-postings-");
            }
            Path run = scratch.resolve("run-" + runs.size() + ".bin");
            String[] terms = held.keySet().toArray(new String[0]);
            Arrays.sort(terms);
            try (RunWriter out = new RunWriter(Files.newOutputStream(run))) {
                for (String term : terms) {
                    Postings postings = held.get(term);
                    out.term(term);
                    out.number(postings.count);
                    int previous = 0;
                    for (int i = 0; i < postings.count; i++) {
                        int posting = postings.list[i];
                        out.number((posting >>> 8) - previous);
                        out.number(posting & 255);
                        previous = posting >>> 8;
                    }
                }
            }
            runs.add(run);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the search index's postings to a scratch file in "
                    + (scratch == null ? System.getProperty("java.io.tmpdir") : scratch)
                    + "; is the disk full? (set -Djava.io.tmpdir to use another folder)", e);
        }
        held = new HashMap<>(held.size() * 2);
        heldCount = 0;
    }

    /** A run file being written: numbers as 7-bit groups, low first; a term as its UTF-8 length and bytes. */
    private static final class RunWriter implements AutoCloseable {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int at;

        RunWriter(OutputStream out) {
            this.out = out;
        }

        void term(String term) throws IOException {
            byte[] bytes = term.getBytes(StandardCharsets.UTF_8);
            number(bytes.length);
            for (byte b : bytes) {
                put(b);
            }
        }

        void number(int value) throws IOException {
            int v = value;
            while (v >= 0x80) {
                put(v & 0x7F | 0x80);
                v >>>= 7;
            }
            put(v);
        }

        private void put(int b) throws IOException {
            if (at == buffer.length) {
                out.write(buffer, 0, at);
                at = 0;
            }
            buffer[at++] = (byte) b;
        }

        @Override
        public void close() throws IOException {
            try (out) {
                out.write(buffer, 0, at);
            }
        }
    }

    /** A run file being read back, as {@link RunWriter} wrote it. */
    private static final class RunReader implements AutoCloseable {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int at;
        private int end;

        RunReader(InputStream in) {
            this.in = in;
        }

        /** The next term, or null at the end of the run. */
        String term() throws IOException {
            if (at == end && !fill()) {
                return null;
            }
            byte[] bytes = new byte[number()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) next();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }

        int number() throws IOException {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                int b = next();
                value |= (b & 0x7F) << shift;
                if (b < 0x80) {
                    return value;
                }
            }
        }

        private int next() throws IOException {
            if (at == end && !fill()) {
                throw new EOFException("a run of postings ends in the middle of a term");
            }
            return buffer[at++] & 0xFF;
        }

        private boolean fill() throws IOException {
            end = in.read(buffer);
            at = 0;
            if (end <= 0) {
                end = 0;
                return false;
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Deletes the run files. */
    @Override
    public void close() {
        if (scratch == null) {
            return;
        }
        try {
            for (Path run : runs) {
                Files.deleteIfExists(run);
            }
            Files.deleteIfExists(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the scratch files in " + scratch, e);
        }
        runs.clear();
        scratch = null;
    }

    private static final class Postings {
        int[] list = new int[2];
        int count;

        void add(int posting) {
            if (count == list.length) {
                list = Arrays.copyOf(list, count * 2);
            }
            list[count++] = posting;
        }
    }

    /** One run's terms in order; {@link #order()} is the run's place, which breaks ties so postings stay in order. */
    private interface Cursor {
        boolean advance() throws IOException;

        String term();

        int count();

        int order();

        /** Copies the current term's postings into {@code buffer} at {@code at}, growing it if need be. */
        int[] postingsInto(int[] buffer, int at) throws IOException;

        void close();
    }

    private static int[] room(int[] buffer, int needed) {
        return needed <= buffer.length ? buffer : Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
    }

    private static final class MemoryCursor implements Cursor {
        private final Map<String, Postings> postings;
        private final String[] terms;
        private final int order;
        private int at = -1;

        MemoryCursor(Map<String, Postings> postings, int order) {
            this.postings = postings;
            this.terms = postings.keySet().toArray(new String[0]);
            Arrays.sort(terms);
            this.order = order;
        }

        @Override
        public boolean advance() {
            return ++at < terms.length;
        }

        @Override
        public String term() {
            return terms[at];
        }

        @Override
        public int count() {
            return postings.get(terms[at]).count;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public int[] postingsInto(int[] buffer, int at) {
            Postings current = postings.get(terms[this.at]);
            int[] into = room(buffer, at + current.count);
            System.arraycopy(current.list, 0, into, at, current.count);
            return into;
        }

        @Override
        public void close() {
        }
    }

    private static final class FileCursor implements Cursor {
        private final RunReader in;
        private final int order;
        private String term;
        private int count;
        private boolean read = true;

        FileCursor(Path run, int order) throws IOException {
            this.in = new RunReader(Files.newInputStream(run));
            this.order = order;
        }

        @Override
        public boolean advance() throws IOException {
            if (!read) {
                for (int i = 0; i < 2 * count; i++) {
                    in.number();
                }
            }
            term = in.term();
            if (term == null) {
                return false;
            }
            count = in.number();
            read = false;
            return true;
        }

        @Override
        public String term() {
            return term;
        }

        @Override
        public int count() {
            return count;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public int[] postingsInto(int[] buffer, int at) throws IOException {
            int[] into = room(buffer, at + count);
            int doc = 0;
            for (int i = 0; i < count; i++) {
                doc += in.number();
                into[at + i] = doc << 8 | in.number();
            }
            read = true;
            return into;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                // Only read from, and about to be deleted: nothing is lost.
            }
        }
    }
}
