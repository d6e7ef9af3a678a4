package org.dateline.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dateline.model.ArticleDate;
import org.dateline.render.DateFormat;
import org.dateline.render.DateView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A listing's dates as every card shows them, in English ("5 March 2024, 09:30 GMT"): 1,024 dates
 * with and without their time, and days alone. The hand-written path against which a change to
 * {@link DateFormat} is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DateFormatBenchmark {

    private DateFormat english;
    private ArticleDate[] dates;
    private LocalDate[] days;

    @Setup
    public void setUp() {
        ZoneId london = ZoneId.of("Europe/London");
        english = new DateFormat(london, Locale.UK);
        Random random = new Random(7);
        dates = new ArticleDate[1024];
        days = new LocalDate[1024];
        for (int i = 0; i < dates.length; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(946_684_800L, 1_767_225_600L));
            dates[i] = new ArticleDate(instant.atZone(london), random.nextInt(4) > 0);
            days[i] = instant.atZone(london).toLocalDate();
        }
    }

    @Benchmark
    public int views() {
        int length = 0;
        for (ArticleDate date : dates) {
            DateView view = english.view(date);
            length += view.text().length() + view.iso().length();
        }
        return length;
    }

    @Benchmark
    public int dayNames() {
        int length = 0;
        for (LocalDate day : days) {
            length += english.dayName(day).length();
        }
        return length;
    }
}
