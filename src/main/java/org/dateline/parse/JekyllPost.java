package org.dateline.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Jekyll keeps posts and what their file names say: {@code _posts/2013-05-06-slug.md} is
 * the post {@code slug} of 6 May 2013; {@code _drafts/slug.md} is a draft. The folders above
 * {@code _posts} are its categories (the first is the section).
 *
 * @param folders the path's folders with {@code _posts} or {@code _drafts} left out
 * @param stem the file name without its date and extension
 * @param day the date the file name starts with ({@code 2013-05-06}), or null
 * @param draft whether it is in {@code _drafts}
 */
record JekyllPost(String[] folders, String stem, String day, boolean draft) {

    /** Jekyll's own pattern: a year, month and day of any width, then the title. */
    private static final Pattern DATED_NAME = Pattern.compile("(\\d{2,4})-(\\d{1,2})-(\\d{1,2})-(.+)");

    /** The post at {@code sourcePath}, or null when it is not in a {@code _posts} or {@code _drafts} folder. */
    static JekyllPost of(String sourcePath) {
        String[] parts = sourcePath.split("/");
        int at = -1;
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].equals("_posts") || parts[i].equals("_drafts")) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return null;
        }
        String[] folders = new String[at];
        System.arraycopy(parts, 0, folders, 0, at);
        String name = parts[parts.length - 1];
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String day = null;
        Matcher dated = DATED_NAME.matcher(stem);
        if (dated.matches()) {
            int year = Integer.parseInt(dated.group(1));
            day = String.format("%04d-%02d-%02d", year < 100 ? 2000 + year : year,
                    Integer.parseInt(dated.group(2)), Integer.parseInt(dated.group(3)));
            stem = dated.group(4);
        }
        return new JekyllPost(folders, stem, day, parts[at].equals("_drafts"));
    }
}
