package org.dateline.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns names into URL parts: lower case, accents dropped ("Café" → "cafe"), letters and digits of
 * any script kept ("東京" stays), every other run of characters one hyphen. The result never holds
 * a dot, slash, backslash or control character, so it cannot leave the folder it is put in.
 */
public final class Slugs {

    private Slugs() {
    }

    /** The slug of {@code name}, or an empty string when it has no letter or digit at all. */
    public static String of(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (cp == '\'' || cp == '\u2019') {
                continue; // "Children's" → "childrens", not "children-s"
            }
            if (Character.isLetterOrDigit(cp)) {
                if (pendingHyphen && out.length() > 0) {
                    out.append('-');
                }
                pendingHyphen = false;
                out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            } else {
                pendingHyphen = true;
            }
        }
        return out.toString();
    }
}
