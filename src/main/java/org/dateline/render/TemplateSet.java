package org.dateline.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dateline.messages.Messages;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.text.Html;

/**
 * The compiled templates of a build. A project's {@code templates/} folder comes first; any template
 * or static file it lacks is taken from the built-in copies in the jar, so a newsroom overrides only
 * what it changes.
 */
public final class TemplateSet {

    /** Where the built-in templates live on the class path. */
    static final String BUILT_IN = "dateline/templates";

    /** The page templates a build uses, each a file in the template folder. */
    public enum Kind {
        ARTICLE("article.peb"), HOME("home.peb"), SECTION("section.peb"), LISTING("listing.peb"), ARCHIVE("archive.peb"),
        TERMS("terms.peb"), NOT_FOUND("404.peb"), REDIRECT("redirect.peb"), RSS("feeds/rss.peb"), ATOM("feeds/atom.peb"),
        SITEMAP("feeds/sitemap.peb"), SITEMAP_INDEX("feeds/sitemap-index.peb"), NEWS_SITEMAP("feeds/news-sitemap.peb"),
        ROBOTS("feeds/robots.peb"), REDIRECTS("feeds/redirects.peb"), HEADERS("feeds/headers.peb"),
        SEARCH("search.peb"), ON_THIS_DAY("on-this-day.peb"), ON_THIS_DAY_INDEX("on-this-day-index.peb"),
        ENTITY("entity.peb");

        final String file;

        Kind(String file) {
            this.file = file;
        }
    }

    /** About how many bytes of rendered fragments a build keeps for its {@code reuse} tags. */
    static final long FRAGMENT_BUDGET = 64L << 20;

    private final Path projectDir;
    private final Locale locale;
    private final Path displayBase;
    private final String hash;
    /** What the templates' {@code reuse} tags keep: this build's, as the set is. */
    private final Fragments fragments = new Fragments(FRAGMENT_BUDGET);
    /** Made when a template is first wanted: a build that renders nothing never loads Pebble. */
    private volatile PebbleEngine engine;
    /** The theme's messages by language tag, read when first wanted (see {@link #messages}). */
    private final Map<String, ThemeMessages.Loaded> messages = new ConcurrentHashMap<>();
    /** The same by the locale a page is rendered in, which is all {@code t()} knows of it: found once per language. */
    private final Map<Locale, Messages> byLocale = new ConcurrentHashMap<>();

    private TemplateSet(Path projectDir, Locale locale, Path displayBase, String hash) {
        this.projectDir = projectDir;
        this.locale = locale;
        this.displayBase = displayBase;
        this.hash = hash;
    }

    /**
     * The templates of a build, compiled when first used. For a build that knows they compiled
     * before: they are what the last successful build used ({@link #hash()} says so).
     *
     * @param projectDir the project's template folder, or null to use only the built-in ones
     * @param displayBase the folder problem messages name files relative to
     */
    public static TemplateSet open(Path projectDir, Locale locale, Path displayBase) {
        return new TemplateSet(projectDir, locale, displayBase, hashOf(projectDir));
    }

    /**
     * Compiles every page template, so syntax errors are found before anything is rendered.
     *
     * @param projectDir the project's template folder, or null to use only the built-in ones
     * @param displayBase the folder problem messages name files relative to
     */
    public static TemplateSet load(Path projectDir, Locale locale, Path displayBase) throws ProblemException {
        TemplateSet set = open(projectDir, locale, displayBase);
        set.compileAll();
        return set;
    }

    /** Compiles every page template now; every one that does not compile is a problem. */
    public void compileAll() throws ProblemException {
        List<Problem> problems = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            try {
                get(kind);
            } catch (PebbleException e) {
                problems.add(problemOf(e, projectDir, displayBase, kind.file));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
    }

    private PebbleEngine engine() {
        PebbleEngine made = engine;
        return made != null ? made : makeEngine();
    }

    private synchronized PebbleEngine makeEngine() {
        if (engine == null) {
            List<Loader<?>> loaders = new ArrayList<>();
            if (projectDir != null && Files.isDirectory(projectDir)) {
                FileLoader files = new FileLoader();
                files.setPrefix(projectDir.toAbsolutePath().toString());
                loaders.add(files);
            }
            ClasspathLoader builtIn = new ClasspathLoader(TemplateSet.class.getClassLoader());
            builtIn.setPrefix(BUILT_IN);
            loaders.add(builtIn);
            engine = new PebbleEngine.Builder()
                    .loader(new ResolvingLoader(new DelegatingLoader(loaders)))
                    .strictVariables(true)
                    .autoEscaping(true)
                    // Pebble's own html strategy (unbescape) builds its HTML4 and HTML5 entity tables
                    // the first time it runs, while every render thread waits: a tenth of a small build.
                    .addEscapingStrategy("html", Html::escape)
                    .defaultLocale(locale)
                    .cacheActive(true)
                    .newLineTrimming(false)
                    .extension(new MessageFunction.Extension(locale -> byLocale.computeIfAbsent(locale,
                            l -> messages(l.toLanguageTag()).messages())))
                    .extension(new DatelineExtension(fragments))
                    .build();
        }
        return engine;
    }

    /**
     * The theme's messages in {@code language} (a BCP 47 tag): the project's {@code messages/} files
     * over the built-in ones, read once. Templates reach the same ones with {@code t()}.
     */
    public ThemeMessages.Loaded messages(String language) {
        return messages.computeIfAbsent(Locale.forLanguageTag(language).toLanguageTag(),
                tag -> ThemeMessages.load(projectDir, builtInRoot(), displayBase, tag));
    }

    /**
     * A digest of every template and static file the project has, and of the built-in ones (through
     * Dateline's version): it changes whenever any page could come out differently.
     */
    public String hash() {
        return hash;
    }

    private static String hashOf(Path projectDir) {
        List<Object> parts = new ArrayList<>();
        String version = TemplateSet.class.getPackage().getImplementationVersion();
        parts.add(version == null ? "development" : version);
        Map<String, Path> project = new TreeMap<>();
        addTree(projectDir, project);
        Map<String, Path> builtIn = new TreeMap<>();
        addTree(builtInRoot(), builtIn);
        Map<String, Path> files = new TreeMap<>();
        project.forEach((name, file) -> files.put("project/" + name, file));
        builtIn.forEach((name, file) -> files.put("built-in/" + name, file));
        for (Map.Entry<String, Path> file : files.entrySet()) {
            parts.add(file.getKey());
            try {
                parts.add(Files.readString(file.getValue(), java.nio.charset.StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Fingerprint.of(parts);
    }

    /**
     * The compiled template of {@code kind} (compiled once, then kept by the engine).
     *
     * @throws PebbleException when it does not compile
     */
    public PebbleTemplate get(Kind kind) {
        return engine().getTemplate(kind.file);
    }

    /**
     * The static files of the theme by their path in the site: the built-in ones, replaced or joined
     * by the project's {@code templates/static/}.
     */
    public Map<String, Path> staticFiles() {
        Map<String, Path> files = new TreeMap<>();
        addTree(builtInStatic(), files);
        if (projectDir != null) {
            addTree(projectDir.resolve("static"), files);
        }
        return files;
    }

    /** A problem naming the template file and line, for a Pebble error while compiling or rendering. */
    public static Problem problemOf(PebbleException e, Path projectDir, Path displayBase, String fallbackFile) {
        return problemOf(e, projectDir, displayBase, fallbackFile, List.of());
    }

    /**
     * A problem naming the template file, line and column, for a Pebble error while compiling or
     * rendering, in words that name no Java class ({@link TemplateErrors}).
     *
     * @param variables the names the template was given, for "did you mean"; empty while compiling
     */
    public static Problem problemOf(PebbleException e, Path projectDir, Path displayBase, String fallbackFile,
                                    Collection<String> variables) {
        String name = e.getFileName() == null ? fallbackFile : e.getFileName();
        String file = name;
        Path source = null;
        if (projectDir != null) {
            Path candidate = projectDir.resolve(name);
            if (Files.exists(candidate)) {
                Path absolute = candidate.toAbsolutePath().normalize();
                Path base = displayBase.toAbsolutePath().normalize();
                file = (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString();
                source = candidate;
            } else {
                file = "(built-in) " + name;
            }
        }
        Path builtIn = builtInRoot();
        if (source == null && builtIn != null) {
            source = builtIn.resolve(name);
        }
        String text;
        try {
            text = source != null && Files.isRegularFile(source) ? Files.readString(source).replace("\r\n", "\n") : null;
        } catch (IOException | RuntimeException unreadable) {
            text = null; // the problem is then told without its column
        }
        return TemplateErrors.problem(e, file, text, variables);
    }

    private static Path builtInStatic() {
        Path root = builtInRoot();
        return root == null ? null : root.resolve("static");
    }

    static Path builtInRoot() {
        URL url = TemplateSet.class.getClassLoader().getResource(BUILT_IN);
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("the built-in templates cannot be read from " + url, e);
        }
    }

    private static void addTree(Path dir, Map<String, Path> files) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .forEach(p -> files.put(dir.relativize(p).toString().replace('\\', '/'), p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
