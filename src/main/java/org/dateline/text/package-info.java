/**
 * Small text utilities every stage may use without depending on another: HTML escaping, word
 * counts and excerpts, slugs, SHA-256 digests, and plain letters told apart quickly. Pure
 * functions, no state.
 */
package org.dateline.text;
