package org.dateline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PaginationTest {

    @ParameterizedTest(name = "{0} items → {1} pages")
    @CsvSource({"0, 1", "1, 1", "19, 1", "20, 1", "21, 2", "40, 2", "41, 3", "1000, 50", "1001, 51"})
    void pageCountWithTwentyAPage(int items, int pages) {
        assertThat(Pagination.pageCount(items, 20)).isEqualTo(pages);
    }

    @Test
    void pageCountWithOneAPage() {
        assertThat(Pagination.pageCount(7, 1)).isEqualTo(7);
    }

    @Test
    void pathsOfFirstAndLaterPages() {
        Pagination third = new Pagination(3, 5, "world/");

        assertThat(third.pathOf(1)).isEqualTo("world/");
        assertThat(third.pathOf(2)).isEqualTo("world/page/2/");
        assertThat(third.pathOf(5)).isEqualTo("world/page/5/");
        assertThat(third.path()).isEqualTo("world/page/3/");
    }

    @Test
    void homePagePaths() {
        Pagination first = new Pagination(1, 2, "");

        assertThat(first.path()).isEmpty();
        assertThat(first.pathOf(2)).isEqualTo("page/2/");
    }

    @Test
    void previousAndNext() {
        Pagination only = new Pagination(1, 1, "");
        Pagination first = new Pagination(1, 3, "");
        Pagination middle = new Pagination(2, 3, "");
        Pagination last = new Pagination(3, 3, "");

        assertThat(only.hasPrevious()).isFalse();
        assertThat(only.hasNext()).isFalse();
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(middle.hasPrevious()).isTrue();
        assertThat(middle.hasNext()).isTrue();
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void impossiblePagesAreRefused() {
        assertThatThrownBy(() -> new Pagination(0, 1, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page 0 of 1");
        assertThatThrownBy(() -> new Pagination(3, 2, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page 3 of 2");
        assertThatThrownBy(() -> new Pagination(1, 0, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page 1 of 0");
    }
}
