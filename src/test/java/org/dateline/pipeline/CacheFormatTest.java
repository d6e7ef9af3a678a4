package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Article;
import org.dateline.model.ArticleDate;
import org.dateline.model.Correction;
import org.dateline.model.SourceFormat;
import org.dateline.search.SearchIndex;
import org.junit.jupiter.api.Test;

class CacheFormatTest {

    private static Article article(String path, Map<String, Object> extra) {
        ArticleDate date = new ArticleDate(ZonedDateTime.of(2024, 10, 27, 1, 30, 0, 5, ZoneId.of("Europe/London")), true);
        ArticleDate updated = new ArticleDate(ZonedDateTime.of(2024, 11, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-5)), false);
        return new Article(path, SourceFormat.MARKDOWN, "Ferry fares frozen", "ferry-fares", "World", "world", date,
                updated, List.of("Ann Lee", "Bo Chan"), List.of("transport", "fares"), "Wire", "A summary.",
                "An excerpt.", "LONDON", "photo.jpg", "A caption", List.of("/old/ferry/"), false,
                Instant.ofEpochSecond(1_700_000_000L, 42), Instant.ofEpochSecond(1_800_000_000L, 7), List.of(new Correction(updated, "A name was wrong."),
                new Correction(null, "Undated note.")), 321, extra);
    }

    private static Map<String, Object> extra() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("b", List.of(1, 2L, 3.5, true, "x"));
        nested.put("a", null);
        Map<String, Object> extra = new HashMap<>();
        extra.put("rating", 4);
        extra.put("big", new BigInteger("123456789012345678901234567890"));
        extra.put("flag", false);
        extra.put("nested", nested);
        extra.put("binary", new byte[] {1, 2, 3}); // not plain YAML: kept with Java serialization
        return extra;
    }

    @Test
    void anIndexReadsBackEqualEntryForEntry() throws IOException {
        Map<String, BuildCache.SourceEntry> sources = new HashMap<>();
        sources.put("world/ferry.md", new BuildCache.SourceEntry(1234, 99, "abc123", article("world/ferry.md", Map.of()),
                new CachePack.Ref(10, 20), true, new CachePack.Ref(30, 40), 11L));
        sources.put("world/wire.txt", new BuildCache.SourceEntry(5, 6, "def", article("world/wire.txt", Map.of()),
                null, false, null, -22L));
        Map<String, BuildCache.PageEntry> pages = Map.of("index.html", new BuildCache.PageEntry("fp", 100, 200),
                "world/index.html", new BuildCache.PageEntry("fp", 101, 201));
        BuildCache.Index index = new BuildCache.Index(BuildCache.FORMAT, "v1", "id-1", "reading",
                new BuildCache.SiteState("site", 253, List.of("tags 'C' and 'C++' make the same URL")),
                new BuildCache.SearchState("key", "docs", new SearchIndex.Summary(7, 8L, 9L)), sources, pages);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CacheFormat.write(index, bytes);
        BuildCache.Index read = CacheFormat.readIndex(new ByteArrayInputStream(bytes.toByteArray()), "v1");
        assertThat(read).isEqualTo(index);
        // A name repeated across entries is written once, and read back as one string.
        Article first = read.sources().get("world/ferry.md").article();
        Article second = read.sources().get("world/wire.txt").article();
        assertThat(first.title()).isSameAs(second.title());
    }

    @Test
    void extraValuesKeepTheirValuesAndKinds() throws IOException {
        Map<String, Object> extra = extra();
        Map<String, BuildCache.SourceEntry> sources = Map.of("a.md",
                new BuildCache.SourceEntry(1, 2, "h", article("a.md", extra), null, false, null, 3L));
        BuildCache.Changes changes = new BuildCache.Changes(BuildCache.FORMAT, "v1", "base",
                new BuildCache.SiteState("site", 4, List.of()), null, sources,
                Set.of("gone.md"), Map.of(), Set.of("gone/index.html"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CacheFormat.write(changes, bytes);
        BuildCache.Changes read = CacheFormat.readChanges(new ByteArrayInputStream(bytes.toByteArray()), "v1");
        Map<String, Object> back = read.sources().get("a.md").article().extra();
        assertThat(back.get("rating")).isEqualTo(4);
        assertThat(back.get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(back.get("flag")).isEqualTo(false);
        assertThat(back.get("nested")).isEqualTo(extra.get("nested"));
        assertThat((byte[]) back.get("binary")).containsExactly(1, 2, 3);
        assertThat(read.sourcesGone()).containsExactly("gone.md");
        assertThat(read.pagesGone()).containsExactly("gone/index.html");
        assertThat(read.search()).isNull();
        assertThat(read.site()).isEqualTo(new BuildCache.SiteState("site", 4, List.of()));
    }

    @Test
    void anotherVersionOrFormatIsNotRead() throws IOException {
        BuildCache.Index index = new BuildCache.Index(BuildCache.FORMAT, "v1", "id", "r", null, null, Map.of(), Map.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CacheFormat.write(index, bytes);
        assertThat(CacheFormat.readIndex(new ByteArrayInputStream(bytes.toByteArray()), "v2")).isNull();
        // an index written by Java serialization, as versions before this format did
        ByteArrayOutputStream old = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(old)) {
            objects.writeObject("an old index");
        }
        assertThat(CacheFormat.readIndex(new ByteArrayInputStream(old.toByteArray()), "v1")).isNull();
    }

    @Test
    void aCutShortFileIsAnError() throws IOException {
        BuildCache.Index index = new BuildCache.Index(BuildCache.FORMAT, "v1", "id", "r", new BuildCache.SiteState("s", 1, List.of()), null,
                Map.of("a.md", new BuildCache.SourceEntry(1, 2, "h", article("a.md", Map.of()), null, false, null, 3L)),
                Map.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CacheFormat.write(index, bytes);
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
        assertThatThrownBy(() -> CacheFormat.readIndex(new ByteArrayInputStream(cut), "v1")).isInstanceOf(IOException.class);
    }
}
