package org.dateline.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.StreamCorruptedException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Article;
import org.dateline.model.ArticleDate;
import org.dateline.model.Mention;
import org.dateline.model.Correction;
import org.dateline.model.SourceFormat;
import org.dateline.search.SearchIndex;

/**
 * The build cache's index and changes as bytes, field by field. Java serialization of the same
 * records took over a second to read back 100,000 articles' entries, most of a rebuild with nothing
 * to do. Each text is written once per file and referred to by number after that, so a tag on
 * thousands of articles costs a few bytes each, and reads back as one string.
 *
 * <p>A file starts with a mark and {@link BuildCache#FORMAT}; one with another format is not read
 * further. Values of {@code extra} that are not plain YAML (text, numbers, booleans, lists, maps)
 * fall back to Java serialization.
 */
final class CacheFormat {

    private static final int MARK = 0x444C4331; // "DLC1"
    /** How Java serialization, which earlier versions wrote the cache with, starts a stream. */
    private static final int JAVA_SERIALIZATION = 0xACED;
    private static final int INDEX = 1;
    private static final int CHANGES = 2;

    private CacheFormat() {
    }

    static void write(BuildCache.Index index, OutputStream stream) throws IOException {
        Writer out = new Writer(stream);
        out.header(INDEX, index.format(), index.version());
        out.text(index.id());
        out.text(index.readingKey());
        out.site(index.site());
        out.search(index.search());
        out.sources(index.sources());
        out.pages(index.pages());
        out.out.flush();
    }

    static void write(BuildCache.Changes changes, OutputStream stream) throws IOException {
        Writer out = new Writer(stream);
        out.header(CHANGES, changes.format(), changes.version());
        out.text(changes.baseId());
        out.site(changes.site());
        out.search(changes.search());
        out.sources(changes.sources());
        out.texts(changes.sourcesGone());
        out.pages(changes.pages());
        out.texts(changes.pagesGone());
        out.out.flush();
    }

    /** The index in {@code stream}; null when it was written by another version or in another format. */
    static BuildCache.Index readIndex(InputStream stream, String version) throws IOException {
        Reader in = new Reader(stream);
        if (!in.header(INDEX, version)) {
            return null;
        }
        return new BuildCache.Index(BuildCache.FORMAT, version, in.text(), in.text(), in.site(), in.search(),
                in.sources(), in.pages());
    }

    /** The changes in {@code stream}; null when they were written by another version or in another format. */
    static BuildCache.Changes readChanges(InputStream stream, String version) throws IOException {
        Reader in = new Reader(stream);
        if (!in.header(CHANGES, version)) {
            return null;
        }
        return new BuildCache.Changes(BuildCache.FORMAT, version, in.text(), in.site(), in.search(), in.sources(),
                in.textSet(), in.pages(), in.textSet());
    }

    // Tags of extra values.
    private static final int NULL = 0;
    private static final int TEXT = 1;
    private static final int TRUE = 2;
    private static final int FALSE = 3;
    private static final int INT = 4;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;
    private static final int BIG = 7;
    private static final int LIST = 8;
    private static final int MAP = 9;
    private static final int SERIALIZED = 10;

    private static final class Writer {
        final DataOutputStream out;
        private final Map<String, Integer> seen = new HashMap<>();

        Writer(OutputStream stream) {
            this.out = new DataOutputStream(stream);
        }

        void header(int kind, int format, String version) throws IOException {
            out.writeInt(MARK);
            out.writeInt(format);
            out.writeByte(kind);
            text(version);
        }

        void number(int value) throws IOException {
            int v = value;
            while ((v & ~0x7F) != 0) {
                out.writeByte(v & 0x7F | 0x80);
                v >>>= 7;
            }
            out.writeByte(v);
        }

        /** 0 for null; 1 and the UTF-8 bytes for a text not seen before; 2 + n for the n-th text seen. */
        void text(String text) throws IOException {
            if (text == null) {
                number(0);
                return;
            }
            Integer known = seen.get(text);
            if (known != null) {
                number(2 + known);
                return;
            }
            seen.put(text, seen.size());
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            number(1);
            number(bytes.length);
            out.write(bytes);
        }

        void texts(java.util.Collection<String> texts) throws IOException {
            number(texts.size());
            for (String text : texts) {
                text(text);
            }
        }

        void site(BuildCache.SiteState state) throws IOException {
            out.writeBoolean(state != null);
            if (state != null) {
                text(state.key());
                number(state.pages());
                texts(state.notes());
            }
        }

        void search(BuildCache.SearchState state) throws IOException {
            out.writeBoolean(state != null);
            if (state != null) {
                text(state.key());
                text(state.docsKey());
                out.writeInt(state.summary().terms());
                out.writeLong(state.summary().characters());
                out.writeLong(state.summary().lengthSum());
            }
        }

        void pages(Map<String, BuildCache.PageEntry> pages) throws IOException {
            number(pages.size());
            for (Map.Entry<String, BuildCache.PageEntry> page : pages.entrySet()) {
                text(page.getKey());
                text(page.getValue().fingerprint());
                out.writeLong(page.getValue().size());
                out.writeLong(page.getValue().modified());
            }
        }

        void sources(Map<String, BuildCache.SourceEntry> sources) throws IOException {
            number(sources.size());
            for (Map.Entry<String, BuildCache.SourceEntry> source : sources.entrySet()) {
                BuildCache.SourceEntry entry = source.getValue();
                text(source.getKey());
                out.writeLong(entry.size());
                out.writeLong(entry.modified());
                text(entry.hash());
                article(entry.article());
                ref(entry.body());
                out.writeBoolean(entry.lateLinks());
                ref(entry.terms());
                out.writeLong(entry.listed());
            }
        }

        void ref(CachePack.Ref ref) throws IOException {
            out.writeLong(ref == null ? -1 : ref.offset());
            if (ref != null) {
                out.writeInt(ref.length());
            }
        }

        void article(Article a) throws IOException {
            text(a.sourcePath());
            text(a.format().name());
            text(a.title());
            text(a.slug());
            text(a.section());
            text(a.sectionSlug());
            date(a.date());
            date(a.updated());
            texts(a.authors());
            texts(a.tags());
            text(a.source());
            text(a.summary());
            text(a.excerpt());
            text(a.dateline());
            text(a.image());
            text(a.caption());
            texts(a.aliases());
            out.writeBoolean(a.draft());
            out.writeBoolean(a.embargo() != null);
            if (a.embargo() != null) {
                out.writeLong(a.embargo().getEpochSecond());
                out.writeInt(a.embargo().getNano());
            }
            out.writeBoolean(a.expires() != null);
            if (a.expires() != null) {
                out.writeLong(a.expires().getEpochSecond());
                out.writeInt(a.expires().getNano());
            }
            number(a.corrections().size());
            for (Correction correction : a.corrections()) {
                date(correction.date());
                text(correction.note());
            }
            out.writeInt(a.wordCount());
            number(a.extra().size());
            for (Map.Entry<String, Object> extra : a.extra().entrySet()) {
                text(extra.getKey());
                value(extra.getValue());
            }
            number(a.mentions().size());
            for (Mention mention : a.mentions()) {
                text(mention.name());
                number(mention.count());
                number(mention.person());
                number(mention.place());
                number(mention.organisation());
                out.writeBoolean(mention.midSentence());
            }
            text(a.language());
            text(a.translationKey());
        }

        void date(ArticleDate date) throws IOException {
            out.writeBoolean(date != null);
            if (date != null) {
                out.writeLong(date.value().toEpochSecond());
                out.writeInt(date.value().getNano());
                text(date.value().getZone().getId());
                out.writeBoolean(date.timeKnown());
            }
        }

        void value(Object value) throws IOException {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String text) {
                out.writeByte(TEXT);
                text(text);
            } else if (value instanceof Boolean flag) {
                out.writeByte(flag ? TRUE : FALSE);
            } else if (value instanceof Integer number) {
                out.writeByte(INT);
                out.writeInt(number);
            } else if (value instanceof Long number) {
                out.writeByte(LONG);
                out.writeLong(number);
            } else if (value instanceof Double number) {
                out.writeByte(DOUBLE);
                out.writeDouble(number);
            } else if (value instanceof BigInteger number) {
                out.writeByte(BIG);
                text(number.toString());
            } else if (value instanceof List<?> list) {
                out.writeByte(LIST);
                number(list.size());
                for (Object item : list) {
                    value(item);
                }
            } else if (value instanceof Map<?, ?> map && map.keySet().stream().allMatch(String.class::isInstance)) {
                out.writeByte(MAP);
                number(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    text((String) entry.getKey());
                    value(entry.getValue());
                }
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
                    objects.writeObject(value);
                }
                out.writeByte(SERIALIZED);
                number(bytes.size());
                bytes.writeTo(out);
            }
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private final List<String> seen = new ArrayList<>();

        Reader(InputStream stream) {
            this.in = new DataInputStream(stream);
        }

        boolean header(int kind, String version) throws IOException {
            int mark = in.readInt();
            if (mark >>> 16 == JAVA_SERIALIZATION) {
                return false; // written by a version before this format
            }
            if (mark != MARK) {
                throw new StreamCorruptedException("not a Dateline build cache file");
            }
            if (in.readInt() != BuildCache.FORMAT) {
                return false;
            }
            if (in.readByte() != kind) {
                throw new StreamCorruptedException("an index where changes were expected, or the other way round");
            }
            return version.equals(text());
        }

        int number() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = in.readUnsignedByte();
                value |= (b & 0x7F) << shift;
                if (b < 0x80) {
                    return value;
                }
            }
            throw new StreamCorruptedException("a number runs on past five bytes");
        }

        String text() throws IOException {
            int tag = number();
            if (tag == 0) {
                return null;
            }
            if (tag == 1) {
                byte[] bytes = new byte[number()];
                in.readFully(bytes);
                String text = new String(bytes, StandardCharsets.UTF_8);
                seen.add(text);
                return text;
            }
            if (tag - 2 >= seen.size()) {
                throw new StreamCorruptedException("a reference to text " + (tag - 2) + " of " + seen.size());
            }
            return seen.get(tag - 2);
        }

        List<String> texts() throws IOException {
            int count = number();
            List<String> texts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                texts.add(text());
            }
            return texts;
        }

        Set<String> textSet() throws IOException {
            return new HashSet<>(texts());
        }

        BuildCache.SiteState site() throws IOException {
            return in.readBoolean() ? new BuildCache.SiteState(text(), number(), texts()) : null;
        }

        BuildCache.SearchState search() throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            return new BuildCache.SearchState(text(), text(),
                    new SearchIndex.Summary(in.readInt(), in.readLong(), in.readLong()));
        }

        Map<String, BuildCache.PageEntry> pages() throws IOException {
            int count = number();
            Map<String, BuildCache.PageEntry> pages = new HashMap<>(count * 4 / 3 + 1);
            for (int i = 0; i < count; i++) {
                pages.put(text(), new BuildCache.PageEntry(text(), in.readLong(), in.readLong()));
            }
            return pages;
        }

        Map<String, BuildCache.SourceEntry> sources() throws IOException {
            int count = number();
            Map<String, BuildCache.SourceEntry> sources = new HashMap<>(count * 4 / 3 + 1);
            for (int i = 0; i < count; i++) {
                String path = text();
                long size = in.readLong();
                long modified = in.readLong();
                String hash = text();
                Article article = article();
                CachePack.Ref body = ref();
                boolean lateLinks = in.readBoolean();
                CachePack.Ref terms = ref();
                sources.put(path, new BuildCache.SourceEntry(size, modified, hash, article, body, lateLinks, terms, in.readLong()));
            }
            return sources;
        }

        CachePack.Ref ref() throws IOException {
            long offset = in.readLong();
            return offset < 0 ? null : new CachePack.Ref(offset, in.readInt());
        }

        Article article() throws IOException {
            String sourcePath = text();
            SourceFormat format = SourceFormat.valueOf(text());
            String title = text();
            String slug = text();
            String section = text();
            String sectionSlug = text();
            ArticleDate date = date();
            ArticleDate updated = date();
            List<String> authors = texts();
            List<String> tags = texts();
            String source = text();
            String summary = text();
            String excerpt = text();
            String dateline = text();
            String image = text();
            String caption = text();
            List<String> aliases = texts();
            boolean draft = in.readBoolean();
            Instant embargo = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
            Instant expires = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
            int corrections = number();
            List<Correction> correctionList = new ArrayList<>(corrections);
            for (int i = 0; i < corrections; i++) {
                correctionList.add(new Correction(date(), text()));
            }
            int wordCount = in.readInt();
            int extras = number();
            Map<String, Object> extra = new LinkedHashMap<>();
            for (int i = 0; i < extras; i++) {
                extra.put(text(), value());
            }
            int mentionCount = number();
            List<Mention> mentions = new ArrayList<>(mentionCount);
            for (int i = 0; i < mentionCount; i++) {
                mentions.add(new Mention(text(), number(), number(), number(), number(), in.readBoolean()));
            }
            return new Article(sourcePath, format, title, slug, section, sectionSlug, date, updated, authors, tags,
                    source, summary, excerpt, dateline, image, caption, aliases, draft, embargo, expires, correctionList,
                    wordCount, extra, mentions, text(), text());
        }

        ArticleDate date() throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            Instant instant = Instant.ofEpochSecond(in.readLong(), in.readInt());
            ZonedDateTime value = ZonedDateTime.ofInstant(instant, ZoneId.of(text()));
            return new ArticleDate(value, in.readBoolean());
        }

        Object value() throws IOException {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case NULL -> {
                    return null;
                }
                case TEXT -> {
                    return text();
                }
                case TRUE -> {
                    return Boolean.TRUE;
                }
                case FALSE -> {
                    return Boolean.FALSE;
                }
                case INT -> {
                    return in.readInt();
                }
                case LONG -> {
                    return in.readLong();
                }
                case DOUBLE -> {
                    return in.readDouble();
                }
                case BIG -> {
                    return new BigInteger(text());
                }
                case LIST -> {
                    int count = number();
                    List<Object> list = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        list.add(value());
                    }
                    return java.util.Collections.unmodifiableList(list);
                }
                case MAP -> {
                    int count = number();
                    Map<String, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < count; i++) {
                        map.put(text(), value());
                    }
                    return java.util.Collections.unmodifiableMap(map);
                }
                case SERIALIZED -> {
                    byte[] bytes = new byte[number()];
                    in.readFully(bytes);
                    try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                        return objects.readObject();
                    } catch (ClassNotFoundException e) {
                        throw new StreamCorruptedException("a value of a class this version does not have: " + e.getMessage());
                    }
                }
                default -> throw new StreamCorruptedException("an unknown kind of value: " + tag);
            }
        }
    }
}
