package org.dateline.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.text.Slugs;
import org.jsoup.Jsoup;

/**
 * Makes the Markdown article of each post in an export: the first category is the section (and
 * the folder), the other categories and the tags are tags, {@code dc:creator} the author (by
 * display name), {@code post_date_gmt} the date, {@code post_name} the slug, the excerpt the
 * summary, the featured image the image; the old permalink becomes an alias, so the build writes a
 * redirect from it; the post's attachments are listed by URL. Pure: the export in, files and notes out.
 */
final class PostFiles {

    /** WordPress statuses of posts not yet (or no longer) public: imported as drafts, so nothing is lost or published by mistake. */
    private static final Set<String> DRAFT_STATUSES = Set.of("draft", "pending", "private", "future");
    /** Deleted or never saved: not imported. */
    private static final Set<String> DISCARDED_STATUSES = Set.of("trash", "auto-draft");

    /**
     * @param files the articles, in the export's order
     * @param notes what the person importing should know, one line each
     */
    record Plan(List<PostFile> files, List<String> notes) {
    }

    private PostFiles() {
    }

    static Plan plan(WxrExport export) {
        Map<Long, String> attachmentUrls = new HashMap<>();
        Map<Long, List<String>> attachmentsOf = new HashMap<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (WxrItem item : export.items()) {
            if (item.type().equals("attachment") && !item.attachmentUrl().isBlank()) {
                attachmentUrls.put(item.id(), item.attachmentUrl().strip());
                attachmentsOf.computeIfAbsent(item.parentId(), id -> new ArrayList<>()).add(item.attachmentUrl().strip());
            }
        }
        List<PostFile> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        // Every post's file first, so that a body can link to any post, earlier or later.
        Map<WxrItem, String> fileOf = new LinkedHashMap<>();
        Map<String, String> fileOfPath = new HashMap<>();
        Map<Long, String> fileOfId = new HashMap<>();
        int untitled = 0;
        for (WxrItem item : export.items()) {
            if (item.type().equals("attachment")) {
                continue;
            }
            if (!item.type().equals("post")) {
                skipped.merge(item.type().isEmpty() ? "untyped" : item.type(), 1, Integer::sum);
                continue;
            }
            if (DISCARDED_STATUSES.contains(item.status())) {
                skipped.merge("post in " + item.status(), 1, Integer::sum);
                continue;
            }
            if (item.title().isBlank()) {
                untitled++;
            }
            String path = uniquePath(Slugs.of(sectionOf(item)), slugOf(item), paths);
            fileOf.put(item, path);
            fileOfId.put(item.id(), path);
            String old = oldPath(item.link(), export.blogUrl());
            if (old != null) {
                fileOfPath.putIfAbsent(old, path);
            }
        }
        OldLinks links = new OldLinks(export.blogUrl(), fileOfPath, fileOfId);
        Shortcodes shortcodes = new Shortcodes();
        fileOf.forEach((item, path) -> files.add(fileOf(item, path, export, attachmentUrls,
                attachmentsOf.getOrDefault(item.id(), List.of()), links, shortcodes)));
        if (!shortcodes.leftAsText().isEmpty()) {
            List<String> counts = new ArrayList<>();
            shortcodes.leftAsText().forEach((name, count) -> counts.add(count + " [" + name + "]"));
            notes.add("shortcodes kept as text (they need WordPress): " + String.join(", ", counts)
                    + "; [caption] became a figure. Replace the others with Markdown (an image, a link) in the articles.");
        }
        if (links.madeAbsolute() > 0) {
            notes.add(links.madeAbsolute() + (links.madeAbsolute() == 1 ? " link" : " links") + " in the bodies"
                    + " led to pages of the old site that were not imported (pages, archives): each now names the old"
                    + " site in full, so it keeps working while that site is up.");
        }
        if (untitled > 0) {
            notes.add(untitled + (untitled == 1 ? " post has" : " posts have") + " no title in WordPress: each is titled"
                    + " 'Untitled post' and its WordPress number; give it a headline in its file.");
        }
        if (!skipped.isEmpty()) {
            List<String> parts = new ArrayList<>();
            skipped.forEach((type, count) -> parts.add(count + " " + type));
            notes.add("not imported: " + String.join(", ", parts) + " (Dateline imports posts; a page's text is in the"
                    + " export if you want it as an article)");
        }
        int attachments = files.stream().mapToInt(PostFile::attachments).sum();
        if (attachments > 0) {
            notes.add(attachments + (attachments == 1 ? " attachment is" : " attachments are") + " listed by URL under"
                    + " 'attachments:' and not downloaded (the import works offline); images in the bodies still load"
                    + " from the old site. To keep them, download them beside the articles and change the links.");
        }
        if (!files.isEmpty()) {
            notes.add("old '?p=123' links cannot be redirected by a static site; each article keeps its number as 'wordpress_id:'.");
        }
        if (export.repairedAmpersands() > 0) {
            notes.add("the export is not well-formed XML: " + export.repairedAmpersands() + " bare '&' were read as '&amp;'.");
        }
        return new Plan(files, notes);
    }

    /** The first category: the section. */
    private static String sectionOf(WxrItem item) {
        for (WxrItem.Term term : item.terms()) {
            if (term.domain().equals("category") && !term.name().isBlank()) {
                return term.name().strip();
            }
        }
        return "";
    }

    private static PostFile fileOf(WxrItem item, String path, WxrExport export, Map<Long, String> attachmentUrls,
                                   List<String> attachments, OldLinks links, Shortcodes shortcodes) {
        List<String> categories = new ArrayList<>();
        Set<String> tags = new LinkedHashSet<>();
        for (WxrItem.Term term : item.terms()) {
            String name = term.name().strip();
            if (name.isEmpty()) {
                continue;
            }
            if (term.domain().equals("category")) {
                categories.add(name);
            } else if (term.domain().equals("post_tag")) {
                tags.add(name);
            }
        }
        String section = categories.isEmpty() ? "" : categories.get(0);
        for (int i = 1; i < categories.size(); i++) {
            tags.add(categories.get(i));
        }
        String title = item.title().isBlank() ? "Untitled post " + item.id() : item.title();
        boolean draft = !item.status().equals("publish");
        String date = gmt(item.dateGmt());
        String updated = gmt(item.modifiedGmt());
        String summary = item.excerpt().isBlank() ? "" : Jsoup.parse(item.excerpt()).text();
        String newUrl = "/" + path.substring(0, path.length() - ".md".length()) + "/";
        String alias = oldPath(item.link(), export.blogUrl());

        FrontMatterWriter front = new FrontMatterWriter()
                .text("title", title)
                .date("date", date.isEmpty() ? local(item.date()) : date);
        if (!updated.isEmpty() && !updated.equals(date)) {
            front.date("updated", updated);
        }
        front.text("author", export.authors().getOrDefault(item.creator(), item.creator()))
                .text("section", section)
                .list("tags", List.copyOf(tags))
                .text("summary", summary)
                .text("image", attachmentUrls.get(item.thumbnailId()));
        if (alias != null && !alias.equals(newUrl)) {
            front.list("aliases", List.of(alias));
        }
        if (draft) {
            front.plain("draft", "true");
        }
        front.list("attachments", attachments);
        front.plain("wordpress_id", Long.toString(item.id()));
        String text = front.end() + "\n" + HtmlToMarkdown.convert(item.content(), links, shortcodes);
        return new PostFile(path, text, draft, attachments.size());
    }

    /** {@code post_name}, which WordPress percent-encodes, without a file extension some exports add. */
    private static String slugOf(WxrItem item) {
        String name = URLDecoder.decode(item.postName().strip().replace("+", "%2B"), StandardCharsets.UTF_8)
                .replaceAll("(?i)\\.(html?|php)$", "");
        String slug = Slugs.of(name);
        if (slug.isEmpty()) {
            slug = Slugs.of(item.title());
        }
        return slug.isEmpty() ? "post-" + item.id() : slug;
    }

    private static String uniquePath(String folder, String slug, Set<String> paths) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        String path = prefix + slug + ".md";
        for (int n = 2; !paths.add(path.toLowerCase(Locale.ROOT)); n++) {
            path = prefix + slug + "-" + n + ".md";
        }
        return path;
    }

    /** {@code 2019-03-01 10:00:00} in UTC as an instant Dateline reads; empty for WordPress's all-zero "unset". */
    private static String gmt(String text) {
        String value = text.strip();
        if (value.isEmpty() || value.startsWith("0000")) {
            return "";
        }
        return value.replace(' ', 'T') + "Z";
    }

    /** {@code post_date}: the blog's local time, read in the site's time zone. */
    private static String local(String text) {
        String value = text.strip();
        return value.isEmpty() || value.startsWith("0000") ? "" : value;
    }

    /**
     * The path of an old permalink under the blog's address ({@code /2019/03/01/hello-world/}), or
     * null when it has none worth a redirect (the blog's root, a {@code ?p=} link).
     */
    static String oldPath(String link, String blogUrl) {
        String path;
        String base;
        try {
            path = new URI(link.strip()).getPath();
            base = blogUrl.isBlank() ? "" : new URI(blogUrl.strip()).getPath();
        } catch (URISyntaxException e) {
            return null;
        }
        if (path == null || path.isEmpty()) {
            return null;
        }
        if (base != null && !base.isEmpty() && !base.equals("/") && path.startsWith(base)) {
            path = path.substring(base.endsWith("/") ? base.length() - 1 : base.length());
        }
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        return path.equals("/") ? null : path;
    }
}
