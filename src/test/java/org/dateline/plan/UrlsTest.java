package org.dateline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void datePathsArePaddedToFourTwoAndTwoDigits() {
        assertThat(Urls.year(2024)).isEqualTo("2024/");
        assertThat(Urls.month(YearMonth.of(2024, 3))).isEqualTo("2024/03/");
        assertThat(Urls.day(LocalDate.of(987, 3, 5))).isEqualTo("0987/03/05/");
    }

    /** The paths are the ones {@code String.format("%04d")} wrote before, for any year a date can have. */
    @Test
    void datePathsAreWhatTheFormatterWrites() {
        for (int year : new int[] {-999_999_999, -10_000, -1000, -999, -5, 0, 1, 9, 10, 99, 999, 1000, 2024, 9999, 10_000,
                999_999_999}) {
            for (int month = 1; month <= 12; month += 11) {
                LocalDate day = LocalDate.of(year, month, month == 1 ? 9 : 31);
                assertThat(Urls.year(year)).isEqualTo(String.format(Locale.ROOT, "%04d/", year));
                assertThat(Urls.month(YearMonth.of(year, month)))
                        .isEqualTo(String.format(Locale.ROOT, "%04d/%02d/", year, month));
                assertThat(Urls.day(day)).isEqualTo(String.format(Locale.ROOT, "%04d/%02d/%02d/", year, month,
                        day.getDayOfMonth()));
            }
        }
    }
}
