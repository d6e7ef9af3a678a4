package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dateline.testing.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What was not meant to be published stays out of every page and file of the site: Jekyll's
 * {@code published: false}, Hugo's {@code draft: true}, and articles dated after the build.
 */
class PublishingSafetyTest {

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
        project.article("world/public.md", "---\ntitle: Public harbour story\ndate: 2024-01-01\ntags: [Harbour]\n---\n\nPublic.\n");
        project.article("world/other.md", "---\ntitle: Other harbour story\ndate: 2024-01-02\ntags: [Harbour]\n---\n\nOther.\n");
    }

    /** Every file of the site as text, so that a title left out is left out of all of them. */
    private String wholeSite() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(project.site())) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                all.append(file).append('\n').append(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    @Test
    void jekyllsPublishedFalseIsADraftEverywhere() throws Exception {
        project.article("world/unpublished.md", "---\ntitle: Unpublished harbour secret\ndate: 2024-01-03\n"
                + "tags: [Harbour]\npublished: false\n---\n\nSecret.\n");
        BuildResult result = project.build();
        assertThat(result.articlesPublished()).isEqualTo(2);
        assertThat(result.notes()).contains("1 draft left out (build with --drafts to see them)");
        assertThat(project.exists("world/unpublished/index.html")).isFalse();
        assertThat(project.page("world/public/").select(".related .card-title").eachText())
                .containsExactly("Other harbour story");
        assertThat(wholeSite()).doesNotContain("Unpublished harbour secret", "unpublished");

        project.build(project.options().withDrafts(true));
        assertThat(project.exists("world/unpublished/index.html")).isTrue();
    }

    @Test
    void aFutureDateIsHeldBackWithANoteUntilItIsDueOrFutureIsAsked() throws Exception {
        project.article("world/tomorrow.md", "---\ntitle: Harbour news from 2030\ndate: 2030-01-01\ntags: [Harbour]\n---\n\nLater.\n");
        project.article("world/later.md", "---\ntitle: Harbour news from 2031\ndate: 2031-06-01 09:30\n---\n\nLater still.\n");
        BuildResult result = project.build();
        assertThat(result.articlesPublished()).isEqualTo(2);
        assertThat(result.notes()).contains("2 articles are dated in the future and left out until that date; the next"
                + " is due at 2030-01-01 00:00 UTC (build with --future to include them)");
        assertThat(project.exists("2030")).isFalse();
        assertThat(project.exists("world/tomorrow/index.html")).isFalse();
        assertThat(project.page("archive/").text()).doesNotContain("2030");
        assertThat(wholeSite()).doesNotContain("Harbour news from 20", "world/tomorrow", "world/later");

        BuildResult future = project.build(project.options().withFuture(true));
        assertThat(future.articlesPublished()).isEqualTo(4);
        assertThat(future.notes()).noneMatch(note -> note.contains("future"));
        assertThat(project.exists("2030/01/01/index.html")).isTrue();
        assertThat(project.page("world/tomorrow/").selectFirst("h1").text()).isEqualTo("Harbour news from 2030");
    }

    @Test
    void theNoteGivesTheNextEmbargoToLiftInTheSitesTimeZone() throws Exception {
        project.file("dateline.yml", "timeZone: Europe/London\n");
        project.article("world/embargoed.md", "---\ntitle: Embargoed\nembargo: 2026-07-01T08:00:00Z\n---\n\nx\n");
        assertThat(project.build().notes()).contains("1 article is under embargo and left out until it lifts; the next"
                + " lifts at 2026-07-01 09:00 Europe/London");
    }
}
