package org.dateline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dateline.render.Fingerprint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The fingerprint of a listing page's views (twenty cards), as every page of a build with the cache
 * computes it; {@code recordText} is the way it was done before, hashing each record's
 * {@code toString}, kept here as the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FingerprintBenchmark {

    record DateView(String iso, String text, String href) {
    }

    record Link(String name, String href, boolean current) {
    }

    record Card(String title, String href, String excerpt, DateView date, String section, String sectionHref,
                List<Link> tags, int words) {
    }

    record Listing(String heading, String intro, List<Card> items, int total, List<Link> pager, Map<String, Object> extra) {
    }

    private Listing listing;

    @Setup
    public void setUp() {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cards.add(new Card("Oil prices rise as talks on the ceasefire resume in Geneva " + i, "../../world/story-" + i + "/",
                    "The minister said on Tuesday that talks would resume after the election of a new government; "
                            + "markets reacted sharply and analysts warned of further losses in the coming months. " + i,
                    new DateView("2024-05-0" + (i % 9 + 1) + "T10:15:00Z", (i % 9 + 1) + " May 2024", "../../2024/05/"),
                    "World", "../../world/", List.of(new Link("Geneva", "../../tags/geneva/", false),
                            new Link("Oil", "../../tags/oil/", false)), 400 + i));
        }
        listing = new Listing("World", "News from around the world", cards, 4000,
                List.of(new Link("1", "./", true), new Link("2", "page/2/", false)), Map.of("kicker", "World"));
    }

    @Benchmark
    public String recordWalk() {
        return Fingerprint.of(listing);
    }

    @Benchmark
    public String recordText() {
        return Fingerprint.of(listing.toString());
    }
}
