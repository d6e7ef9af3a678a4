/**
 * The input edge: walks the content folder, sorts its files into articles, assets and ignored
 * files, and reads article bytes into text with byte-order-mark and encoding checks.
 */
package org.dateline.source;
