/**
 * Finding the people, places and organisations an article names, by <em>capitalised-phrase
 * statistics</em>: no named-entity model is to be had from Maven Central (OpenNLP's published models
 * cover sentences, tokens, parts of speech, lemmas and languages only), so this is the documented
 * fallback. {@link org.dateline.entities.MentionFinder} reads one article's text into candidate
 * phrases with the evidence of their sentences; {@link org.dateline.model.Entities} weighs the
 * evidence of the whole archive. Pure: text in, records out.
 */
package org.dateline.entities;
