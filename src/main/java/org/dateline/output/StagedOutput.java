package org.dateline.output;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.io.file.PathUtils;

/**
 * A build's output, staged until {@link #commit()}. {@link #put} and {@link #copy} may be called
 * from many threads. The output folder belongs to Dateline: it must be empty or hold the
 * {@value #MARKER} file an earlier build left, so that a mistyped {@code --output} never deletes
 * someone's files.
 */
public final class StagedOutput implements AutoCloseable {

    /** Marks a folder as Dateline's output. */
    public static final String MARKER = ".dateline-output";
    private static final String MARKER_TEXT = "This folder is written by Dateline. Files not produced by the build are removed.\n";

    private final Path outputDir;
    private final Path stagingDir;
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    private final Set<Path> stagingDirs = ConcurrentHashMap.newKeySet();
    /**
     * What the folder held when the build began: every file's state, and every folder. One walk
     * answers both questions a rebuild asks of every file: is it as the last build left it, and is
     * it still produced. The walk starts when the folder is opened and runs beside the build's first
     * phases (reading, planning: mostly one core's work), since at 100,000 articles it takes two
     * seconds; whatever needs it first waits for it.
     */
    private final CompletableFuture<Survey> survey;
    /** Where to leave what the folder holds after this build (null: nowhere, and no state is tracked). */
    private final Memory memory;
    /** The state of every file produced, when there is a memory to leave it in. */
    private final Map<String, FileState> states;
    private volatile boolean committing;
    /** Whether the commit found files it did not know of (in a folder it was to remove). */
    private boolean strangers;

    private StagedOutput(Path outputDir, Path stagingDir, CompletableFuture<Survey> survey, Memory memory) {
        this.outputDir = outputDir;
        this.stagingDir = stagingDir;
        this.survey = survey;
        this.memory = memory;
        this.states = memory == null ? null : new ConcurrentHashMap<>();
    }

    /**
     * What the output folder held after the last build of this process, for a long-running caller
     * whose output folder no one else writes (the preview server's, under {@code .dateline/}): the
     * next build starts from it instead of walking the folder, which at 10,000 articles took longer
     * than the rest of a rebuild after an edit. It is only kept while this process knows what the
     * folder holds: a build that failed before its commit leaves it as it found it, one that failed
     * during its commit (or found a stranger's file appear) leaves none, and the next build walks.
     * Someone changing the folder by hand while the process runs goes unseen until it restarts.
     */
    public static final class Memory {
        private Path folder;
        private Survey survey;

        private synchronized Survey take(Path output) {
            Survey known = output.equals(folder) ? survey : null;
            folder = null;
            survey = null;
            return known;
        }

        private synchronized void leave(Path output, Survey left) {
            folder = output;
            survey = left;
        }
    }

    private Map<String, FileState> existingFiles() {
        return existing().files();
    }

    private Survey existing() {
        try {
            return survey.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io
                    : new UncheckedIOException(new IOException("cannot list " + outputDir + ": " + e.getCause().getMessage(),
                    e.getCause()));
        }
    }

    /**
     * Opens {@code outputDir} for a build, clearing what an interrupted build may have left staged.
     *
     * @throws OutputFolderException when the folder holds files Dateline did not write
     */
    public static StagedOutput open(Path outputDir) throws IOException {
        return open(outputDir, null);
    }

    /**
     * Opens {@code outputDir} as {@link #open(Path)} does, but starts from what {@code memory} says
     * the folder held after the last build (when it says anything), and leaves there what it holds
     * after this one.
     *
     * @param memory null for none: the folder is walked
     */
    public static StagedOutput open(Path outputDir, Memory memory) throws IOException {
        Path output = outputDir.toAbsolutePath().normalize();
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new OutputFolderException(output + " is a file, not a folder",
                    "Choose another --output, or remove the file.");
        }
        if (Files.isDirectory(output) && !Files.exists(output.resolve(MARKER)) && !PathUtils.isEmptyDirectory(output)) {
            throw new OutputFolderException(output + " holds files that Dateline did not write",
                    "Dateline replaces everything in its output folder: choose an empty or new folder with"
                            + " --output, or delete this one if it is an old copy of the site.");
        }
        Path parent = output.getParent() == null ? output : output.getParent();
        Path staging = parent.resolve("." + output.getFileName() + ".dateline-staging");
        if (Files.exists(staging)) {
            PathUtils.deleteDirectory(staging);
        }
        Files.createDirectories(staging);
        Survey known = memory == null ? null : memory.take(output);
        if (known != null) {
            return new StagedOutput(output, staging, CompletableFuture.completedFuture(known), memory);
        }
        CompletableFuture<Survey> survey = CompletableFuture.supplyAsync(() -> {
            try {
                return survey(output);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + output + ": " + e.getMessage(), e);
            }
        }, task -> {
            Thread thread = new Thread(task, "dateline-output-survey");
            thread.setDaemon(true);
            thread.start();
        });
        return new StagedOutput(output, staging, survey, memory);
    }

    /**
     * What the output folder held when the build began.
     *
     * @param folders every folder; null when they are just the folders above the files (as a commit
     *     leaves them), which are then only worked out if a build needs them
     * @param bare the folders with no file at any depth below them
     */
    private record Survey(Map<String, FileState> files, List<String> folders, List<String> bare) {

        Collection<String> allFolders() {
            if (folders != null) {
                return folders;
            }
            Set<String> above = new HashSet<>();
            for (String path : files.keySet()) {
                for (int slash = path.lastIndexOf('/'); slash > 0 && above.add(path.substring(0, slash));
                     slash = path.lastIndexOf('/', slash - 1)) {
                    // every folder above a file is there
                }
            }
            return above;
        }
    }

    /** Every file under {@code output} (but the marker) with its state, and every folder. */
    private static Survey survey(Path output) throws IOException {
        Map<String, FileState> files = new HashMap<>();
        List<String> folders = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        if (!Files.isDirectory(output)) {
            return new Survey(files, folders, bare);
        }
        int prefix = output.toString().length() + 1;
        // How many files each folder being walked holds so far, at any depth: innermost last.
        List<int[]> counts = new ArrayList<>();
        Files.walkFileTree(output, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(output)) {
                    folders.add(relative(dir, prefix));
                }
                counts.add(new int[1]);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                int held = counts.remove(counts.size() - 1)[0];
                if (counts.isEmpty()) {
                    return FileVisitResult.CONTINUE;
                }
                if (held == 0) {
                    bare.add(relative(dir, prefix));
                }
                counts.get(counts.size() - 1)[0] += held;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                counts.get(counts.size() - 1)[0]++;
                String path = relative(file, prefix);
                if (!path.equals(MARKER)) {
                    // A link or other odd entry is never "as left": it is replaced or removed.
                    files.put(path, attributes.isRegularFile()
                            ? new FileState(attributes.size(), attributes.lastModifiedTime().toMillis())
                            : new FileState(-1, -1));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // gone while the folder was walked: nothing to keep or remove
                }
                throw e;
            }
        });
        return new Survey(files, folders, bare);
    }

    private static String relative(Path path, int prefix) {
        String relative = path.toString().substring(prefix);
        return File.separatorChar == '/' ? relative : relative.replace(File.separatorChar, '/');
    }


    /** The size and modification time of a file once the build is committed, to know it again next time. */
    public record FileState(long size, long modified) {
    }

    /**
     * Writes {@code bytes} to {@code path} in the site, unless the file already holds exactly them.
     *
     * @return the state the file will have after {@link #commit()}
     */
    public FileState put(String path, byte[] bytes) {
        claim(path);
        Path target = outputDir.resolve(path);
        try {
            FileState existing = existingFiles().get(path);
            if (existing != null && existing.size() == bytes.length
                    && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    && Arrays.equals(Files.readAllBytes(target), bytes)) {
                return track(path, new FileState(bytes.length, Files.getLastModifiedTime(target).toMillis()));
            }
            Path temp = stagingDir.resolve(path);
            createParent(temp);
            Files.write(temp, bytes);
            staged.add(path);
            // (a rename keeps the time: the file has it in the folder after the commit too)
            return track(path, new FileState(bytes.length, Files.getLastModifiedTime(temp).toMillis()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keeps {@code path} as it is, without reading it, when the caller knows its content is still
     * right: it is in the state the last build left it in.
     *
     * @return whether the file is there in {@code expected} state (if not, the caller must write it)
     */
    public boolean keep(String path, FileState expected) {
        if (!isAsLeft(path, expected)) {
            return false;
        }
        keepAsLeft(path, expected);
        return true;
    }

    /**
     * Keeps {@code path} as {@link #keep} does, for a caller that has seen {@link #isAsLeft} say so of
     * it in this build. (What the folder held is taken once, when the build begins, so the answer
     * still holds: asking again, for every file of a site, was a tenth of a rebuild after an edit.)
     */
    public void keepAsLeft(String path, FileState state) {
        claim(path);
        track(path, state);
    }

    /** Whether {@code path} is in the site in {@code expected} state, without taking it for this build. */
    public boolean isAsLeft(String path, FileState expected) {
        return expected.equals(existingFiles().get(path));
    }

    /**
     * The bytes of {@code path} in the site as the last build left it, for a caller that builds on
     * them; null when the file is not in {@code expected} state or cannot be read.
     */
    public byte[] readAsLeft(String path, FileState expected) {
        if (!isAsLeft(path, expected)) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(outputDir.resolve(path));
            return bytes.length == expected.size() ? bytes : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Copies {@code source} to {@code path} in the site, unless the file there already has the same bytes. */
    public void copy(String path, Path source) {
        claim(path);
        Path target = outputDir.resolve(path);
        try {
            FileState existing = existingFiles().get(path);
            if (existing != null && existing.size() == Files.size(source)
                    && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && contentEquals(source, target)) {
                track(path, existing);
                return;
            }
            Path temp = stagingDir.resolve(path);
            createParent(temp);
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            staged.add(path);
            if (states != null) {
                track(path, new FileState(Files.size(temp), Files.getLastModifiedTime(temp).toMillis()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves every staged file into place, each with one atomic rename, then removes the files this
     * build did not produce and the folders left empty.
     */
    public OutputSummary commit() throws IOException {
        committing = true;
        if (!Files.exists(outputDir) || PathUtils.isEmptyDirectory(outputDir)) {
            // Nothing to replace file by file: the whole staged tree becomes the output with one rename.
            Files.writeString(stagingDir.resolve(MARKER), MARKER_TEXT);
            Files.deleteIfExists(outputDir);
            move(stagingDir, outputDir);
            remember(true);
            return new OutputSummary(staged.size(), unchanged(), 0);
        }
        Path marker = outputDir.resolve(MARKER);
        if (!Files.exists(marker)) {
            Files.writeString(marker, MARKER_TEXT);
        }
        List<String> order = new ArrayList<>(staged);
        order.sort(Comparator.naturalOrder());
        Set<Path> made = new HashSet<>();
        for (String path : order) {
            Path target = outputDir.resolve(path);
            if (made.add(target.getParent())) {
                Files.createDirectories(target.getParent());
            }
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                PathUtils.deleteDirectory(target);
            }
            move(stagingDir.resolve(path), target);
        }
        int removed = removeStale();
        PathUtils.deleteDirectory(stagingDir);
        remember(!strangers);
        return new OutputSummary(staged.size(), unchanged(), removed);
    }

    /** The files produced that were already there with the same bytes: every one produced but not staged. */
    private int unchanged() {
        return produced.size() - staged.size();
    }

    /** Notes {@code state} as what {@code path} will be after the commit, when there is a memory for it. */
    private FileState track(String path, FileState state) {
        if (states != null) {
            states.put(path, state);
        }
        return state;
    }

    /**
     * Leaves in the memory what the folder holds now that the commit is done: the files produced,
     * in the states they were tracked in, and the folders above them (the commit removed every
     * other), unless the folder is not as the build made it.
     */
    private void remember(boolean known) {
        if (memory == null || !known || states.size() != produced.size()) {
            return;
        }
        // No copy: nothing puts into the states once the build is committed.
        memory.leave(outputDir, new Survey(states, null, List.of()));
    }

    /**
     * Drops everything staged. Without a commit the output folder stays as it was, and so what the
     * memory knew of it still holds.
     */
    @Override
    public void close() throws IOException {
        if (Files.exists(stagingDir)) {
            PathUtils.deleteDirectory(stagingDir);
        }
        if (memory != null && !committing && survey.isDone() && !survey.isCompletedExceptionally()) {
            memory.leave(outputDir, survey.join());
        }
    }

    /** Creates a staged file's folder once, however many files go in it: a build writes thousands. */
    private void createParent(Path file) throws IOException {
        createFolder(file.getParent());
    }

    /**
     * Makes {@code folder} in the staging tree, its parents first. Unlike {@code Files.createDirectories},
     * which finds a missing parent by failing, this throws no exception on the way: at 100,000 pages
     * those exceptions were a visible part of writing.
     */
    private void createFolder(Path folder) throws IOException {
        if (folder.equals(stagingDir) || stagingDirs.contains(folder)) {
            return;
        }
        createFolder(folder.getParent());
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            // another thread made it first
        }
        stagingDirs.add(folder);
    }

    private void claim(String path) {
        if (!produced.add(path)) {
            throw new IllegalStateException(path + " was produced twice in one build");
        }
    }

    /**
     * Removes the files the folder held before this build that it did not produce, then the folders
     * that no produced file is in, deepest first.
     */
    private int removeStale() throws IOException {
        if (existing().bare().isEmpty() && produced.containsAll(existingFiles().keySet())) {
            // Every file there was is still produced, so every folder that held one still does: the
            // usual rebuild, spared collecting the folders of a quarter of a million files.
            return 0;
        }
        Set<String> live = new HashSet<>();
        for (String path : produced) {
            for (int slash = path.lastIndexOf('/'); slash > 0 && live.add(path.substring(0, slash));
                 slash = path.lastIndexOf('/', slash - 1)) {
                // every folder above a produced file stays
            }
        }
        int removed = 0;
        for (String path : existingFiles().keySet()) {
            // (a file whose name is now a folder of produced pages was replaced when they moved in)
            if (!produced.contains(path) && !live.contains(path)) {
                if (!underProducedFile(path)) {
                    Files.deleteIfExists(outputDir.resolve(path));
                }
                removed++;
            }
        }
        List<String> empty = new ArrayList<>();
        for (String folder : existing().allFolders()) {
            if (!live.contains(folder) && !produced.contains(folder)) {
                empty.add(folder);
            }
        }
        empty.sort(Comparator.comparingInt(String::length).reversed());
        for (String folder : empty) {
            try {
                Files.deleteIfExists(outputDir.resolve(folder));
            } catch (DirectoryNotEmptyException e) {
                // something appeared in it during the build: keep it
                strangers = true;
            }
        }
        return removed;
    }

    /** Whether a folder above {@code path} is now a produced file (the folder went when the file moved in). */
    private boolean underProducedFile(String path) {
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            if (produced.contains(path.substring(0, slash))) {
                return true;
            }
        }
        return false;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Works for paths of any file system: the built-in theme's files live inside the jar. */
    private static boolean contentEquals(Path a, Path b) throws IOException {
        return PathUtils.fileContentEquals(a, b);
    }
}
