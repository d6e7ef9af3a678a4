/**
 * The one place that wires the pipeline together: config → source → parse → model → plan → render →
 * output. It owns the parallelism, the build cache and the build's summary; every other package is
 * called from here. A rebuild whose structure is the last build's skips the plan
 * ({@link org.dateline.pipeline.BodyOnlyRebuild}). {@link org.dateline.pipeline.SiteCheck} reads and plans
 * as a build does and writes nothing, for {@code dateline check}.
 */
package org.dateline.pipeline;
