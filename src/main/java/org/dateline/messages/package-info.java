/**
 * The theme's words in the page's language: messages files ({@code .properties}, one per language)
 * read into {@link org.dateline.messages.Messages}, which picks a language's text for a key, its
 * plural form for a count, and falls back to English for what a language lacks. Pure: the files'
 * text comes in, the render stage finds and reads them.
 */
package org.dateline.messages;
