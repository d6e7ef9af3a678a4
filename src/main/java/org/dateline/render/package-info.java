/**
 * Pages to HTML with Pebble: the template set (the project's {@code templates/} over the built-in
 * copies), the view records templates see, and date formatting. Autoescaping is on and variables
 * are strict, so a typo in a template is an error, not an empty string.
 */
package org.dateline.render;
