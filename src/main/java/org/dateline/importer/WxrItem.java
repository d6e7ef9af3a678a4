package org.dateline.importer;

import java.util.List;

/**
 * One {@code <item>} of a WordPress export: a post, a page, an attachment or another of
 * WordPress's own types.
 *
 * @param dateGmt {@code post_date_gmt} as written ({@code 2019-03-01 10:00:00}), empty or all zeros when unset
 * @param date {@code post_date}, in the blog's own time zone
 * @param creator {@code dc:creator}: the author's login
 * @param content the body, HTML as WordPress stores it
 * @param terms categories and tags, in the export's order
 * @param parentId the post an attachment belongs to, or 0
 * @param thumbnailId the attachment that is the post's featured image, or 0
 * @param line where the item starts in the export, for notes
 */
record WxrItem(long id, String type, String status, String title, String link, String postName, String dateGmt,
               String date, String modifiedGmt, String creator, String content, String excerpt, List<Term> terms,
               long parentId, String attachmentUrl, long thumbnailId, int line) {

    WxrItem {
        terms = List.copyOf(terms);
    }

    /** A category ({@code domain="category"}) or tag ({@code domain="post_tag"}) on an item. */
    record Term(String domain, String nicename, String name) {
    }
}
