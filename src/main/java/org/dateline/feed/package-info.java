/**
 * What feed readers and search engines read: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for every listing,
 * sitemaps (split into an index of parts above the limit), the Google News sitemap, robots.txt, and
 * the redirect and header lists static hosts read. Views are built here from the plan; RSS, Atom
 * and the XML and text files are rendered by overridable templates, JSON Feed by the JSON writer.
 */
package org.dateline.feed;
