package org.dateline.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Problem;
import org.dateline.model.ProblemException;
import org.dateline.xml.XmlElement;
import org.dateline.xml.XmlTrees;
import org.jsoup.parser.Parser;

/**
 * Reads a WordPress eXtended RSS (WXR) export. Some exports not made by WordPress itself hold a
 * bare {@code &} in URLs; such a file is read again with each of them taken as {@code &amp;}
 * (and the count reported), since that is plainly what was meant. Any other fault is a problem.
 */
final class WxrReader {

    private static final Pattern BARE_AMPERSAND = Pattern.compile("&(?!#[0-9]+;|#x[0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)");
    private static final String EXCERPT_NAMESPACE = "http://wordpress.org/export/1.2/excerpt/";

    private WxrReader() {
    }

    static WxrExport read(String text, String file) throws ProblemException {
        XmlElement rss;
        int repaired = 0;
        try {
            rss = XmlTrees.parse(text, file);
        } catch (ProblemException e) {
            Matcher bare = BARE_AMPERSAND.matcher(text);
            while (bare.find()) {
                repaired++;
            }
            if (repaired == 0) {
                throw e;
            }
            rss = XmlTrees.parse(BARE_AMPERSAND.matcher(text).replaceAll("&amp;"), file);
        }
        XmlElement channel = rss.child("channel");
        if (!rss.name().equals("rss") || channel == null || channel.child("wxr_version") == null) {
            throw new ProblemException(Problem.at(file, rss.line(), "this is not a WordPress export (WXR): it has no <rss><channel> with a <wp:wxr_version>",
                    "Export from WordPress with Tools → Export → All content, and import that file."));
        }
        Map<String, String> authors = new HashMap<>();
        for (XmlElement author : channel.children("author")) {
            String login = author.textAt("author_login");
            String name = plain(author.textAt("author_display_name"));
            if (!login.isEmpty()) {
                authors.put(login, name.isEmpty() ? login : name);
            }
        }
        List<WxrItem> items = new ArrayList<>();
        for (XmlElement item : channel.children("item")) {
            items.add(itemOf(item));
        }
        String blogUrl = channel.textAt("base_blog_url");
        return new WxrExport(blogUrl.isEmpty() ? channel.textAt("link") : blogUrl, authors, items, repaired);
    }

    private static WxrItem itemOf(XmlElement item) {
        String content = "";
        String excerpt = "";
        for (XmlElement encoded : item.children("encoded")) {
            if (encoded.namespace().equals(EXCERPT_NAMESPACE)) {
                excerpt = encoded.rawText().strip();
            } else {
                content = encoded.rawText();
            }
        }
        List<WxrItem.Term> terms = new ArrayList<>();
        for (XmlElement category : item.children("category")) {
            terms.add(new WxrItem.Term(category.attribute("domain"), category.attribute("nicename"), plain(category.text())));
        }
        long thumbnail = 0;
        for (XmlElement meta : item.children("postmeta")) {
            if (meta.textAt("meta_key").equals("_thumbnail_id")) {
                thumbnail = number(meta.textAt("meta_value"));
            }
        }
        return new WxrItem(number(item.textAt("post_id")), item.textAt("post_type"), item.textAt("status"),
                plain(item.textAt("title")), item.textAt("link"), item.textAt("post_name"), item.textAt("post_date_gmt"),
                item.textAt("post_date"), item.textAt("post_modified_gmt"), item.textAt("creator"), content, excerpt,
                terms, number(item.textAt("post_parent")), item.textAt("attachment_url"), thumbnail, item.line());
    }

    /** WordPress keeps titles and names HTML-escaped ({@code Q&amp;A}, {@code &#8217;}): the text they stand for. */
    private static String plain(String text) {
        return Parser.unescapeEntities(text, false);
    }

    private static long number(String text) {
        try {
            return text.isBlank() ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
