/**
 * A small JSON writer for what Dateline emits as JSON (JSON Feed, JSON-LD, search indexes): values
 * are built as maps and lists and serialised here, never pasted into strings.
 */
package org.dateline.json;
