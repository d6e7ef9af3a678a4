/**
 * JMH micro-benchmarks of the build's hot spots (run with {@code bench/jmh.sh}; never part of the
 * test run): reading an article, its search terms, page fingerprints and related articles. Inputs
 * are made here, deterministically, so runs compare like with like.
 */
package org.dateline.bench;
