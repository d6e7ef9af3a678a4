package org.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dateline.model.ProblemException;
import org.dateline.testing.TestProject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template of the default theme is rendered by a build, with strict variables: a misspelt
 * variable in any one of them fails the build, naming that template and line, instead of printing
 * nothing.
 */
class StrictTemplatesTest {

    @TempDir
    Path dir;

    static Stream<String> templates() {
        return Stream.of("layout.peb", "home.peb", "section.peb", "listing.peb", "archive.peb", "terms.peb",
                "article.peb", "404.peb", "redirect.peb", "partials/breadcrumbs.peb", "partials/card.peb",
                "partials/pager.peb", "partials/count-list.peb", "partials/calendar.peb", "feeds/rss.peb",
                "feeds/atom.peb", "feeds/sitemap.peb", "feeds/sitemap-index.peb", "feeds/news-sitemap.peb",
                "feeds/robots.peb", "feeds/redirects.peb", "feeds/headers.peb", "on-this-day.peb",
                "on-this-day-index.peb");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void aMisspeltVariableInThisTemplateFailsTheBuild(String template) throws Exception {
        TestProject project = new TestProject(dir);
        project.file("dateline.yml", "baseUrl: https://news.example.net/\nsitemapSize: 3\n");
        for (int i = 1; i <= 25; i++) {
            project.article("world/s" + i + ".md", "---\ntitle: Story " + i + "\ndate: 2026-01-1" + (i % 5)
                    + "T10:00:00Z\ntags: [Tag " + (i % 3) + "]\nauthor: Ana Ruiz\nsource: Wire\n"
                    + (i == 1 ? "aliases: [\"/old/one/\"]\n" : "") + "---\n\nText " + i + ".\n");
        }
        project.article("world/last-year.md", "---\ntitle: A year before\ndate: 2025-01-11T10:00:00Z\n---\n\nText.\n");
        project.article("world/undated.md", "---\ntitle: Undated\n---\n\nText.\n");
        String original = Files.readString(Path.of("templates").resolve(template));
        String broken = original.endsWith("{% endautoescape %}")
                ? original.replace("{% endautoescape %}", "{{ misspelt.variable }}{% endautoescape %}")
                : original + "{{ misspelt.variable }}";
        if (template.equals("layout.peb") || original.contains("{% extends")) {
            broken = original.replace("{% endblock %}", "{{ misspelt.variable }}{% endblock %}");
        }
        project.file("templates/" + template, broken);
        assertThatThrownBy(project::build).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems())
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("templates/" + template);
                    assertThat(p.line()).isPositive();
                    assertThat(p.message()).contains("misspelt");
                }));
    }
}
