package org.dateline.text;

import java.util.Collection;
import java.util.Locale;

/** The known name a typo most likely meant, for "did you mean" in messages. */
public final class Nearest {

    private Nearest() {
    }

    /**
     * The name in {@code known} that {@code name} is nearest to: the same letters in another case, or
     * two edits away at most; null when none is that near. Ties go to the name first in A–Z order.
     */
    public static String of(String name, Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known.stream().sorted().toList()) {
            int d = candidate.equalsIgnoreCase(name) ? 0
                    : distance(candidate.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
