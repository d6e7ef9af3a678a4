package org.dateline.parse.agency;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small clean-ups of agency values: bylines, datelines and the compact dates NITF writes. */
final class AgencyText {

    /** "By", and its equals in the languages agencies file in most, before a name. */
    private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por)\\s+");
    /** ISO 8601's basic form, as NITF's {@code norm} attributes write it: 20020225T143000-0500. */
    private static final Pattern BASIC_DATE = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?(?:[.,]\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");

    private AgencyText() {
    }

    /** "By Meredith Jameson, " → "Meredith Jameson". */
    static String byline(String text) {
        return trimEnd(BY.matcher(text.strip()).replaceFirst(""), ",;:.");
    }

    /** "New York (dpa) - " → "New York (dpa)". */
    static String dateline(String text) {
        return trimEnd(text, "-–—:,");
    }

    /** A date in ISO 8601's basic form written the extended way Dateline reads; any other text as it is. */
    static String isoDate(String text) {
        String value = text.strip();
        Matcher m = BASIC_DATE.matcher(value);
        if (!m.matches()) {
            return value;
        }
        StringBuilder out = new StringBuilder(m.group(1)).append('-').append(m.group(2)).append('-').append(m.group(3));
        if (m.group(4) != null) {
            out.append('T').append(m.group(4)).append(':').append(m.group(5))
                    .append(':').append(m.group(6) == null ? "00" : m.group(6));
            if (m.group(7) != null) {
                String zone = m.group(7);
                out.append(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            }
        }
        return out.toString();
    }

    private static String trimEnd(String text, String marks) {
        String out = text.strip();
        while (!out.isEmpty() && (marks.indexOf(out.charAt(out.length() - 1)) >= 0
                || Character.isWhitespace(out.charAt(out.length() - 1)))) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }
}
