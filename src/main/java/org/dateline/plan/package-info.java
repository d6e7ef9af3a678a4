/**
 * Every page the site will have and its URL: articles, the home page and section listings with
 * pagination. The only place that knows URL shapes and how one page links to another (always
 * relatively, so a site works at a domain root, under a subpath and from disk).
 */
package org.dateline.plan;
