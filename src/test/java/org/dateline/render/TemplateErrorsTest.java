package org.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.pebbletemplates.pebble.error.PebbleException;
import java.util.List;
import org.dateline.model.Problem;
import org.junit.jupiter.api.Test;

class TemplateErrorsTest {

    @Test
    void aViewIsNamedInWords() {
        assertThat(TemplateErrors.noun(Views.ArticleView.class)).isEqualTo("an article");
        assertThat(TemplateErrors.noun(Views.NavLink.class)).isEqualTo("a nav link");
        assertThat(TemplateErrors.noun(DateView.class)).isEqualTo("a date");
    }

    @Test
    void anInvisibleCharacterIsShownByItsCode() {
        assertThat(TemplateErrors.shown('@')).isEqualTo("'@'");
        assertThat(TemplateErrors.shown('\u00a0')).isEqualTo("U+00A0 (no-break space)");
        assertThat(TemplateErrors.shown('\t')).isEqualTo("U+0009 (character tabulation)");
    }

    @Test
    void aMessageNotKnownHereKeepsPebblesWordsWithoutJavaNames() {
        Problem p = TemplateErrors.problem(new PebbleException(null,
                "Could not cast [org.dateline.render.Views$CardView] to a number.", 3, "home.peb"),
                "templates/home.peb", "a\nb\nc\n", List.of());
        assertThat(p.describe()).isEqualTo("templates/home.peb:3: template error: Could not cast a value to a number.\n"
                + "    " + TemplateErrors.HINT);
    }

    @Test
    void aLongLineIsShownAroundThePlace() {
        String line = "<p>" + "x".repeat(100) + "{{ article . }}" + "y".repeat(100) + "</p>";
        int index = line.indexOf(". }}") + 2;
        String shown = TemplateErrors.excerpt(line, index);
        String[] parts = shown.split("\n");
        assertThat(parts[1]).isEqualTo("    …" + line.substring(index - 60, index + 60) + "…");
        assertThat(parts[2]).isEqualTo("    " + " ".repeat(61) + "^");
        assertThat(parts[1].charAt(parts[2].length() - 1)).isEqualTo('}');
    }

    @Test
    void withoutTheTemplatesTextThereIsNoColumn() {
        Problem p = TemplateErrors.problem(new PebbleException(null, "Unexpected \"}\"", 2, "x.peb"), "x.peb", null,
                List.of());
        assertThat(p.describe()).isEqualTo("x.peb:2: unexpected '}'; expected a value or the end of the tag: no bracket"
                + " it would close is open\n    " + TemplateErrors.HINT);
    }
}
