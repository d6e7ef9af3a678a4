/**
 * The archive's full-text search, built with the site and answered in the reader's browser with no
 * server: words are normalised ({@link org.dateline.search.Tokenizer}), common words dropped and the
 * rest stemmed ({@link org.dateline.search.Analyzer}); each article's weighted terms
 * ({@link org.dateline.search.TermVector}) are made once, when it is read, and kept in the build
 * cache; {@link org.dateline.search.SearchIndex} turns them into small static files, split so that a
 * query downloads only the parts its words need. The browser side, {@code search.js} in the theme,
 * reads those files and must normalise, stem and rank exactly as this package does (tests run both).
 * After an edit, {@link org.dateline.search.IndexPatch} brings the last build's files up to date
 * instead of making them all again, to the same bytes. The people, places and organisations that
 * have pages are in files of their own ({@link org.dateline.search.EntityIndex}), for a query that
 * names one to show its page first.
 * Pure, strings in and strings out, but for one thing: past a budget, the index builder sorts its
 * postings through scratch files ({@link org.dateline.search.PostingRuns}), so that memory stays
 * bounded at a million articles; the files are its own and gone when it closes.
 */
package org.dateline.search;
