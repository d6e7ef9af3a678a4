package org.dateline.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dateline.text.Slugs;

/**
 * Bounds on the tags, authors and source an article names, far above what an archive uses and far
 * below what breaks it. Each name is a page of its own that lists the article, and the article's
 * page links to every one: 20,000 tags made 80,000 pages of 20,000 links each, a build that did not
 * finish. A name's URL part is a folder name, which file systems cap at 255 bytes.
 */
final class TermLimits {

    /** Names of one kind (tags, or authors) on one article. */
    static final int MAX_NAMES = 1000;

    /** Characters in one name. */
    static final int MAX_LENGTH = 200;

    /** Bytes of a name's URL part, in UTF-8: what a folder name holds, with room for a "-2" and ".html". */
    static final int MAX_URL_BYTES = 240;

    private static final int SHOWN = 40;

    private TermLimits() {
    }

    /** Adds a problem at {@code key}'s line for each limit {@code names}, read from it, passes. */
    static void check(Fields fields, String key, String singular, List<String> names) {
        if (names.size() > MAX_NAMES) {
            fields.problem(key, key + " lists " + names.size() + " names, more than one article can carry ("
                            + MAX_NAMES + ")",
                    "Each " + singular + " is a page of its own that lists the article: keep the ones readers would"
                            + " look for.");
            return;
        }
        for (String name : names) {
            if (!checkName(fields, key, singular, name)) {
                return; // one problem per key is enough to act on
            }
        }
    }

    /** Adds a problem at {@code key}'s line when {@code name} is too long; whether it is not. */
    static boolean checkName(Fields fields, String key, String singular, String name) {
        if (name.length() > MAX_LENGTH) {
            fields.problem(key, singular + " '" + shown(name) + "' is " + name.length()
                            + " characters long, more than a name can be (" + MAX_LENGTH + ")",
                    "Shorten it: a " + singular + " is a name shown on every page that lists the article.");
            return false;
        }
        int bytes = Slugs.of(name).getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_URL_BYTES) {
            fields.problem(key, singular + " '" + shown(name) + "' makes a URL part of " + bytes
                            + " bytes, more than a folder name holds (" + MAX_URL_BYTES + ")",
                    "Shorten it: in scripts of three bytes a character (Chinese, Japanese, Korean and others)"
                            + " a name fits in " + MAX_URL_BYTES / 3 + " characters.");
            return false;
        }
        return true;
    }

    private static String shown(String name) {
        return name.length() <= SHOWN ? name : name.substring(0, SHOWN) + "…";
    }
}
