/**
 * The one place that wires the pipeline together: config → source → parse → model → plan → render →
 * output. It owns the parallelism, the build cache and the build's summary; every other package is
 * called from here. {@link org.dateline.pipeline.SiteBuilder} opens a build and
 * {@link org.dateline.pipeline.SiteBuild} takes its steps, one method each: read, theme, decide the
 * rebuild, plan, render, search, copy, commit, remember, tell. A rebuild whose structure is the last
 * build's skips the plan ({@link org.dateline.pipeline.BodyOnlyRebuild}).
 * {@link org.dateline.pipeline.SiteCheck} reads and plans as a build does and writes nothing, for
 * {@code dateline check}.
 */
package org.dateline.pipeline;
