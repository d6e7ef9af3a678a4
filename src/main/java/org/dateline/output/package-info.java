/**
 * The output edge: writes the site so that a reader never sees half of a build. New and changed
 * files are staged beside the output folder and moved in (one atomic rename each) only after the
 * whole build succeeded; files whose bytes did not change are not touched; files a build no longer
 * produces are removed last.
 */
package org.dateline.output;
