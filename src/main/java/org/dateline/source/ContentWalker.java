package org.dateline.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.io.FilenameUtils;
import org.dateline.model.Problem;
import org.dateline.model.SourceFormat;

/**
 * Lists the content folder. Articles are {@code .md}, {@code .markdown} and {@code .txt} files,
 * {@code .xml} files in an agency's format (see {@link AgencyFiles}), and {@code .html} posts in
 * Jekyll's {@code _posts} and {@code _drafts}, which are read; Hugo's {@code _index.md} of the
 * content folder and of each section folder are listed apart; hidden files, editor leftovers and
 * other files or folders starting with {@code _} are ignored; every
 * other file is an asset, copied beside the pages. Symbolic links are followed, and a loop is
 * reported rather than followed forever. The result is sorted, so it never depends on the order
 * the file system lists folders in.
 */
public final class ContentWalker {

    // Compiled once: String.matches compiles its pattern at every call, and the walk asks of every file.
    private static final Pattern SECTION_INDEX = Pattern.compile("(?i)_index(\\.[a-z]{2}(-[a-z]{2,4})?)?\\.(md|markdown)");
    private static final Pattern IN_POSTS = Pattern.compile("(.*/)?_(posts|drafts)/.*");

    private ContentWalker() {
    }

    /**
     * @param contentDir the content folder
     * @param displayBase the folder problem messages name files relative to (the working directory)
     */
    public static ContentListing walk(Path contentDir, Path displayBase) throws IOException {
        List<SourceFile> articles = new ArrayList<>();
        List<SourceFile> assets = new ArrayList<>();
        List<SourceFile> sectionIndexes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Path root = contentDir.toAbsolutePath().normalize();
        Path base = displayBase.toAbsolutePath().normalize();
        // Every file found is below root: its names follow root's own, without working out paths again
        // for each of a hundred thousand files. Not when the base is inside the content folder: then
        // some files are named from the base and others in full.
        String rootText = root.toString();
        String rootDisplay = display(base, root);
        boolean namedFromRoot = root.startsWith(base) || !base.startsWith(root);
        char separator = root.getFileSystem().getSeparator().charAt(0);
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && isIgnored(dir.getFileName().toString()) && !isPostsFolder(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                boolean sectionIndex = isSectionIndexName(name) && attrs.isRegularFile();
                if (isIgnored(name) && !sectionIndex) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    // Links are followed, so a link seen as a link points at nothing.
                    problems.add(Problem.inFile(display(base, file), "this symbolic link points to a file that does not exist",
                            "Fix or remove the link."));
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                String fileText = file.toString();
                boolean below = namedFromRoot && fileText.startsWith(rootText) && fileText.length() > rootText.length()
                        && fileText.charAt(rootText.length()) == separator;
                String relative = (below ? fileText.substring(rootText.length() + 1) : root.relativize(file).toString())
                        .replace('\\', '/');
                String shown = below ? (rootDisplay.isEmpty() ? relative : rootDisplay + "/" + relative) : display(base, file);
                if (sectionIndex) {
                    // The home page's and the sections' (first-level folders'); deeper ones have no page to describe.
                    if (relative.indexOf('/') == relative.lastIndexOf('/')) {
                        sectionIndexes.add(new SourceFile(file, relative, shown, SourceFormat.MARKDOWN, attrs.size(),
                                attrs.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }
                SourceFormat format = formatOf(name);
                if (format == null && AgencyFiles.isXml(name)) {
                    format = AgencyFiles.formatOf(file);
                }
                if (format == null && name.endsWith(".html") && IN_POSTS.matcher(relative).matches()) {
                    format = SourceFormat.MARKDOWN; // a Jekyll post written in HTML: front matter and a body
                }
                SourceFile source = new SourceFile(file, relative, shown, format, attrs.size(),
                        attrs.lastModifiedTime().toMillis());
                (format == null ? assets : articles).add(source);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add(problemOf(display(base, file), e));
                return FileVisitResult.CONTINUE;
            }
        });
        Comparator<SourceFile> byPath = Comparator.comparing(SourceFile::relativePath);
        articles.sort(byPath);
        assets.sort(byPath);
        sectionIndexes.sort(byPath);
        return new ContentListing(articles, assets, sectionIndexes, problems);
    }

    /**
     * {@code last} as it is now that the files at {@code changed} (absolute paths under the content
     * folder) were written since it was made, when a caller that watches the folder knows that
     * nothing else changed: each is stat'ed again, and nothing else is looked at. Null when that is
     * not enough and the folder must be walked again: a path {@code last} does not list (a new
     * file, one the walk skips, a folder), one no longer there or no longer a file, agency XML
     * (whose format is read from its bytes), or a listing that had problems.
     */
    public static ContentListing restat(ContentListing last, Collection<Path> changed, Path contentDir) {
        if (!last.problems().isEmpty()) {
            return null;
        }
        Path root = contentDir.toAbsolutePath().normalize();
        List<SourceFile> articles = new ArrayList<>(last.articles());
        List<SourceFile> assets = new ArrayList<>(last.assets());
        List<SourceFile> sectionIndexes = new ArrayList<>(last.sectionIndexes());
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            if (!file.startsWith(root) || file.equals(root) || AgencyFiles.isXml(file.getFileName().toString())) {
                return null;
            }
            String relative = root.relativize(file).toString().replace('\\', '/');
            List<SourceFile> in = articles;
            int at = indexOf(in, relative);
            if (at < 0) {
                in = assets;
                at = indexOf(in, relative);
            }
            if (at < 0) {
                in = sectionIndexes;
                at = indexOf(in, relative);
            }
            if (at < 0) {
                return null;
            }
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(file, BasicFileAttributes.class); // following links, as the walk
            } catch (IOException e) {
                return null;
            }
            if (!attrs.isRegularFile()) {
                return null;
            }
            SourceFile was = in.get(at);
            in.set(at, new SourceFile(was.path(), was.relativePath(), was.displayName(), was.format(), attrs.size(),
                    attrs.lastModifiedTime().toMillis()));
        }
        return new ContentListing(articles, assets, sectionIndexes, List.of());
    }

    /** Where {@code relative} is in {@code files}, sorted by path as the walk sorts them; -1 if it is not. */
    private static int indexOf(List<SourceFile> files, String relative) {
        int low = 0;
        int high = files.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = files.get(mid).relativePath().compareTo(relative);
            if (order == 0) {
                return mid;
            }
            if (order < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    static SourceFormat formatOf(String name) {
        return switch (FilenameUtils.getExtension(name).toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> SourceFormat.MARKDOWN;
            case "txt" -> SourceFormat.WIRE;
            default -> null;
        };
    }

    /** Hugo's list page of a folder, {@code _index.md}, or in one language of a multilingual site, {@code _index.en.md}. */
    static boolean isSectionIndexName(String name) {
        return SECTION_INDEX.matcher(name).matches();
    }

    /** Jekyll's folders of posts and drafts, read although their names start with '_'. */
    static boolean isPostsFolder(String name) {
        return name.equals("_posts") || name.equals("_drafts");
    }

    static boolean isIgnored(String name) {
        return name.startsWith(".") || name.startsWith("_") || name.startsWith("#") || name.endsWith("~")
                || name.endsWith(".swp") || name.endsWith(".tmp") || name.equals("Thumbs.db")
                || name.equals("desktop.ini");
    }

    /** {@code file} as a person would type it from {@code base}: relative when inside it, else absolute. */
    public static String display(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    private static Problem problemOf(String name, IOException e) {
        if (e instanceof FileSystemLoopException) {
            return Problem.inFile(name, "this symbolic link points back to a folder that contains it (a loop)",
                    "Remove the link or point it somewhere outside its own folder.");
        }
        if (e instanceof AccessDeniedException) {
            return Problem.inFile(name, "cannot be read: permission denied",
                    "Give the user running the build read permission (chmod), or move it out of the content folder.");
        }
        if (e instanceof NoSuchFileException) {
            return Problem.inFile(name, "disappeared while the build was reading the folder",
                    "Build again once the files stop changing.");
        }
        return Problem.inFile(name, "cannot be read: " + e.getMessage(),
                "Check that the file exists and can be read.");
    }
}
