package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnniversariesTest {

    private static DateIndex.Day day(String date) {
        return new DateIndex.Day(LocalDate.parse(date), List.of());
    }

    @Test
    void onlyCalendarDaysWithArticlesInMoreThanOneYearAreKeptInCalendarOrderNewestYearFirst() {
        Anniversaries anniversaries = Anniversaries.of(List.of(day("2024-12-31"), day("2024-03-21"), day("2024-03-05"),
                day("2023-12-31"), day("2022-03-05"), day("2020-03-05"), day("2019-07-01")));

        assertThat(anniversaries.all()).extracting(Anniversaries.Anniversary::day)
                .containsExactly(MonthDay.of(3, 5), MonthDay.of(12, 31));
        assertThat(anniversaries.of(MonthDay.of(3, 5)).years()).extracting(d -> d.date().getYear())
                .containsExactly(2024, 2022, 2020);
        assertThat(anniversaries.of(MonthDay.of(3, 21))).as("one year only").isNull();
        assertThat(anniversaries.of(MonthDay.of(7, 1))).isNull();
        assertThat(anniversaries.isEmpty()).isFalse();
    }

    @Test
    void anArchiveOfOneYearHasNone() {
        assertThat(Anniversaries.of(List.of(day("2024-03-05"), day("2024-03-04"))).isEmpty()).isTrue();
        assertThat(Anniversaries.of(List.of()).all()).isEmpty();
    }
}
