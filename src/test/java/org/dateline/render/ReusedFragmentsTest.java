package org.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.config.LinkStyle;
import org.dateline.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The default theme puts fragments it rendered once ({@code reuse}) on many pages: a site built
 * with it has the very bytes of the same site built with the theme's templates stripped of every
 * {@code reuse} tag, at every depth of page, in both link styles, rendered by several threads at once.
 */
class ReusedFragmentsTest {

    private static final Pattern REUSE = Pattern.compile("\\{% reuse .*? %}|\\{% endreuse %}");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(LinkStyle.class)
    void reusedFragmentsGiveTheBytesOfRenderingEachOneAgain(LinkStyle style) throws Exception {
        TestProject project = new TestProject(dir.resolve("project"));
        project.file("dateline.yml", "title: The Ledger ·\nbaseUrl: https://news.example.org/archive/\npageSize: 2\n");
        String[] sections = {"world", "business", "culture"};
        for (int i = 1; i <= 36; i++) {
            String section = sections[i % 3];
            String authors = i % 4 == 0 ? "[Ana Ruiz, Bo Lind]" : i % 4 == 1 ? "[Ana Ruiz]" : "[Chloé Dupré, Bo Lind, Ana Ruiz]";
            String date = i % 11 == 0 ? "" : "date: 2025-0" + (1 + i % 3) + "-1" + (i % 4) + "T0" + (i % 10) + ":15:00Z\n";
            project.article(section + "/story-" + i + ".md", "---\ntitle: \"Story " + i + (i % 5 == 0 ? " 😀 & <more>" : "")
                    + "\"\n" + date + "tags: [Trade, Tag " + (i % 3) + "]\nauthors: " + authors + "\nsource: Wire "
                    + (i % 2) + "\nsummary: The " + i + "th story, “quoted”.\n---\n\nText of story " + i + " about trade.\n");
        }
        Path plain = dir.resolve("plain");
        int stripped = 0;
        Path builtIn = Path.of("templates").toAbsolutePath();
        try (Stream<Path> files = Files.walk(builtIn)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".peb"))::iterator) {
                String text = Files.readString(file);
                String without = REUSE.matcher(text).replaceAll("");
                if (!without.equals(text)) {
                    stripped++;
                }
                write(plain.resolve(builtIn.relativize(file).toString()), without);
            }
        }
        assertThat(stripped).as("templates with a reuse tag").isPositive();

        project.build(project.options().withLinkStyle(style).withThreads(4).withOutput(dir.resolve("reused"))
                .withCache(null));
        project.build(project.options().withLinkStyle(style).withThreads(4).withOutput(dir.resolve("plain-site"))
                .withCache(null).withTemplates(plain));
        TestProject.assertSameFiles(dir.resolve("plain-site"), dir.resolve("reused"));
        // Cards were reused across pages of several depths, the fragments' links being relative.
        Set<Integer> depths = new TreeSet<>();
        TestProject.snapshot(dir.resolve("reused")).forEach((path, bytes) -> {
            if (path.endsWith(".html") && new String(bytes, StandardCharsets.UTF_8).contains("<article class=\"card\">")) {
                depths.add(path.split("/").length);
            }
        });
        assertThat(depths).hasSizeGreaterThanOrEqualTo(4);
    }

    /**
     * The languages of a site share the templates: an undated article and its translation, alike
     * in all their card shows, still carry "Undated" in each one's own language.
     */
    @Test
    void theLanguagesOfASiteNeverShareAFragment() throws Exception {
        TestProject project = new TestProject(dir.resolve("languages"));
        project.file("dateline.yml", "title: Desk\nlanguages:\n  en: English\n  fr: {name: Français, title: Bureau}\n");
        for (String suffix : List.of("", ".fr")) {
            project.article("world/same" + suffix + ".md", "---\ntitle: Gaza\nauthor: Ana Ruiz\n---\n\nText.\n");
            project.article("world/dated" + suffix + ".md", "---\ntitle: Gaza\ndate: 2025-01-02T10:00:00Z\n---\n\nText.\n");
        }
        Path plain = stripped(dir.resolve("plain"));
        project.build(project.options().withThreads(4).withOutput(dir.resolve("reused")).withCache(null));
        project.build(project.options().withThreads(4).withOutput(dir.resolve("plain-site")).withCache(null)
                .withTemplates(plain));
        TestProject.assertSameFiles(dir.resolve("plain-site"), dir.resolve("reused"));
        assertThat(Files.readString(dir.resolve("reused/fr/index.html"))).doesNotContain(">Undated<");
        assertThat(Files.readString(dir.resolve("reused/index.html"))).contains(">Undated<");
    }

    /** The built-in templates without their reuse tags, written under {@code dir}. */
    private static Path stripped(Path dir) throws IOException {
        Path builtIn = Path.of("templates").toAbsolutePath();
        try (Stream<Path> files = Files.walk(builtIn)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".peb") || name.endsWith(".properties")) {
                    write(dir.resolve(builtIn.relativize(file).toString()),
                            REUSE.matcher(Files.readString(file)).replaceAll(""));
                }
            }
        }
        return dir;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
