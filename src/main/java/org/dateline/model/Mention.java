package org.dateline.model;

/**
 * A capitalised phrase an article names (a candidate person, place or organisation), with the
 * evidence its sentences give of what it is. Found while reading the article and kept with it, so a
 * rebuild never reads the text again; the archive-wide {@link Entities} weighs the evidence of every
 * article together.
 *
 * @param name the phrase as written, without a title or honorific before it ("John Kerry")
 * @param count how often the article names it
 * @param person how many times a title, an honorific or "said" marked it as a person
 * @param place how many times "in", "at", "from" and the like marked it as a place
 * @param organisation how many times an organisation word (Ministry, Council, Bank, Ltd…) marked it
 * @param midSentence whether it was seen capitalised inside a sentence, not only at the start of one
 */
public record Mention(String name, int count, int person, int place, int organisation, boolean midSentence) {

    public Mention {
        name = name.intern();
    }
}
