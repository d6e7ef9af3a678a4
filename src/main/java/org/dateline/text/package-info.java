/**
 * Small text utilities every stage may use without depending on another: HTML escaping, word
 * counts and excerpts, slugs, and SHA-256 digests. Pure functions, no state.
 */
package org.dateline.text;
