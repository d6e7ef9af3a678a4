package org.dateline.render;

/**
 * A date as templates show it.
 *
 * @param iso machine-readable, for {@code <time datetime>}: {@code 2024-03-05} or {@code 2024-03-05T09:30:00Z}
 * @param text for people, in the site's language and zone: "5 March 2024" or "5 March 2024, 09:30 UTC"
 */
public record DateView(String iso, String text) {
}
