/**
 * XML read safely into a small tree that remembers lines: the agency readers (NITF, NewsML-G2) and
 * the WordPress importer use it. The JDK's own StAX parser, with DTDs and external entities off, so
 * a hostile file can neither read local files nor expand entities without end. Pure: text in,
 * a tree or a problem naming the line out.
 */
package org.dateline.xml;
