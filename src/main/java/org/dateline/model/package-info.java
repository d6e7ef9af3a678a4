/**
 * The immutable archive: articles (metadata and summary, never the body), sections, and the
 * problems found on the way. Pure records; nothing here touches files, clocks or globals.
 */
package org.dateline.model;
