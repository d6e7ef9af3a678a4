package org.dateline.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cache's pack ({@code bodies.pack}): article bodies as HTML and their search terms, appended
 * to one file and read back by position, so that memory holds the archive's metadata and never its
 * text. Any number of threads may append and read at once. Pages get bodies through
 * {@link CachedBodies}, which reads them from here.
 */
final class CachePack implements Closeable {

    /** Where a body is in the store. */
    record Ref(long offset, int length) {
    }

    private final Path file;
    private final FileChannel channel;
    private final AtomicLong end;

    private CachePack(Path file, FileChannel channel, long end) {
        this.file = file;
        this.channel = channel;
        this.end = new AtomicLong(end);
    }

    /** Opens {@code file}, keeping what it holds when {@code keep} (the cache's index points into it). */
    static CachePack open(Path file, boolean keep) throws IOException {
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        if (!keep) {
            channel.truncate(0);
        }
        return new CachePack(file, channel, channel.size());
    }

    Ref put(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        long offset = end.getAndAdd(bytes.length);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer, offset + buffer.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the build cache " + file + ": " + e.getMessage(), e);
        }
        return new Ref(offset, bytes.length);
    }

    String get(Ref ref) {
        ByteBuffer buffer = ByteBuffer.allocate(ref.length());
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, ref.offset() + buffer.position()) < 0) {
                    throw new IOException("the build cache ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build cache " + file + ": " + e.getMessage(), e);
        }
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    /** Bytes in the file, live or not. */
    long size() {
        return end.get();
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
