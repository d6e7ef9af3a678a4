/**
 * News agencies' own XML read as articles: IPTC NITF ({@code <nitf>}) and NewsML-G2
 * ({@code <newsItem>}, or a {@code <newsMessage>} holding one). Each reader maps the standard's
 * elements to the keys front matter uses (title, summary, author, dateline, date, updated, tags,
 * source, …), with the line each came from, and the body to the paragraphs and subheadings wire
 * copy has, so the article is checked by the same rules and its text is always escaped. Pure: text
 * in, an {@link org.dateline.parse.agency.AgencyStory} or problems out.
 */
package org.dateline.parse.agency;
