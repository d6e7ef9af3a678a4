/**
 * The one place that wires the pipeline together: config → source → parse → model → plan → render →
 * output. It owns the parallelism and the build's summary; every other package is called from here.
 */
package org.dateline.build;
