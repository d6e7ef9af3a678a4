package org.dateline.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Mention;

/**
 * Finds the capitalised phrases of one article's text and the evidence each sentence gives of what
 * they are: a title or honorific before a phrase, or "said" after it, for a person; "in", "at",
 * "from" before it for a place; an organisation word in it (Ministry, Council, Bank, Ltd…) for an
 * organisation. A phrase is a run of capitalised words, joined by "of", "de", "al-" and the like;
 * titles before a name are left out of it ("US Secretary of State John Kerry" → "John Kerry"). The
 * evidence is only counted here; the archive decides ({@link org.dateline.model.Entities}).
 */
public final class MentionFinder {

    private MentionFinder() {
    }

    /**
     * @param headline the headline: its phrases count, but never as seen inside a sentence (headlines may be title case)
     * @param texts the deck and the body as plain text
     */
    public static List<Mention> find(String headline, String... texts) {
        Map<String, int[]> found = new LinkedHashMap<>();
        List<Words> read = new ArrayList<>(texts.length + 1);
        scan(headline, true, found, read);
        for (String text : texts) {
            scan(text, false, found, read);
        }
        // "Analysts said … analysts": a common word that opened a sentence, not a name. Only the few
        // single words found are looked for among the text's lower-case words, rather than every word
        // of every article going into a set.
        Set<String> single = new HashSet<>();
        found.keySet().forEach(name -> {
            if (name.indexOf(' ') < 0 && !isAllCapitals(name)) {
                single.add(name.toLowerCase(Locale.ROOT));
            }
        });
        Set<String> common = new HashSet<>();
        if (!single.isEmpty()) {
            for (Words words : read) {
                words.lowerCaseAmong(single, common);
            }
        }
        List<Mention> out = new ArrayList<>(found.size());
        found.forEach((name, e) -> {
            if (common.isEmpty() || name.indexOf(' ') >= 0 || isAllCapitals(name)
                    || !common.contains(name.toLowerCase(Locale.ROOT))) {
                out.add(new Mention(name, e[0], e[1], e[2], e[3], e[4] > 0));
            }
        });
        return out;
    }

    private static void scan(String text, boolean headline, Map<String, int[]> found, List<Words> read) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Words tokens = Words.of(text);
        read.add(tokens);
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.capitalised(i)) {
                i++;
                continue;
            }
            int end = i + 1; // the run is tokens[i, end)
            while (end < tokens.size() && tokens.joined(end)) {
                if (tokens.capitalised(end)) {
                    end++;
                } else if (Cue.JOINERS.contains(tokens.lower(end)) || tokens.lower(end).equals("and")) {
                    // "van der Veer", "Bank of England", "Food and Agriculture Organisation"
                    int after = end;
                    while (after < tokens.size() && tokens.joined(after) && !tokens.capitalised(after)
                            && (Cue.JOINERS.contains(tokens.lower(after)) || tokens.lower(after).equals("and"))) {
                        after++;
                    }
                    if (after < tokens.size() && tokens.joined(after) && tokens.capitalised(after)) {
                        end = after + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            end = cut(tokens, i, end);
            phrase(tokens, i, end, headline, found);
            i = end;
        }
    }

    /**
     * Where a run of joined words should end: at an "and" unless an organisation word follows it
     * ("Securities and Exchange Commission"), and at an "of" unless an organisation or place word
     * comes before it ("Bank of England", "Gulf of Suez", not "Yonca Brunini of Yahoo").
     */
    private static int cut(Words tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String lower = tokens.lower(k);
            if (lower.equals("and") && !anyOf(tokens, k + 1, to, Cue.ORGANISATION)) {
                return k;
            }
            if (lower.equals("of") && !anyOf(tokens, from, k, Cue.ORGANISATION) && !anyOf(tokens, from, k, Cue.PLACE_HEADS)
                    && !anyOf(tokens, from, k, Cue.ROLES)) {
                return k;
            }
        }
        return to;
    }

    private static boolean anyOf(Words tokens, int from, int to, java.util.Set<String> words) {
        for (int k = from; k < to; k++) {
            if (words.contains(tokens.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** Weighs the run tokens[from, to) and counts the phrase it names, if any. */
    private static void phrase(Words tokens, int from, int to, boolean headline, Map<String, int[]> found) {
        int start = from;
        boolean honorific = false;
        while (start < to && (Cue.NOT_NAMES.contains(tokens.word(start))
                || Cue.JOINERS.contains(tokens.lower(start)))) {
            honorific |= Cue.HONORIFICS.contains(tokens.word(start));
            start++;
        }
        if (start == to) {
            return;
        }
        boolean organisation = false;
        for (int k = start; k < to; k++) {
            organisation |= Cue.ORGANISATION.contains(tokens.word(k));
        }
        boolean titled = honorific;
        int firstName = start;
        if (!organisation) {
            int lastRole = -1;
            for (int k = start; k < to - 1; k++) {
                if (Cue.ROLES.contains(tokens.word(k))) {
                    lastRole = k;
                }
            }
            if (lastRole >= 0) {
                start = lastRole + 1;
                // "President of France", "State of Agricultural Commodity Markets": what follows a
                // title's "of" is what the title is of, not the name of the one who holds it.
                titled = !Cue.JOINERS.contains(tokens.lower(start));
                while (start < to && Cue.JOINERS.contains(tokens.lower(start))) {
                    start++;
                }
            }
            if (start == to || to - start == 1 && Cue.ROLES.contains(tokens.word(start)) && !titled) {
                return; // a title alone ("Secretary of State")
            }
        }
        String phrase = name(tokens, start, to);
        if (to - start == 1 && Cue.NOT_NAMES.contains(phrase)) {
            return;
        }
        int[] e = found.computeIfAbsent(phrase, p -> new int[5]);
        e[0]++;
        // The word before the name: one left out of the run ("In Geneva") counts as much as one outside it.
        int first = firstName;
        String before = first > 0 ? tokens.lower(first - 1) : null; // the words around, in lower case
        String beforeThe = before != null && before.equals("the") && first > 1 ? tokens.lower(first - 2) : before;
        int next = to < tokens.size() ? to : -1;
        String after = next >= 0 ? tokens.lower(next) : null;
        boolean single = to - start == 1;
        // "Ericsson said": firms and countries speak too, so "said" marks a person only with a name of two words or more.
        // A word alone is a person only by a title or honorific ("Mr Kerry", "President Bush"): news
        // writing names a person in full, then by surname with a title; "market leader Nintendo" is a
        // firm. "said" before a name marks the speaker only in the inverted attribution, where the
        // name ends the clause ("…, said John Kerry."); in "He said Ask Jeeves was…" it is what was said.
        // "said" after a name marks it only right after it ("Kerry said", "Kerry, who"), not past a
        // closing quote or a number ("the report on the "State of … Markets 2004" said").
        boolean endsClause = after == null || !tokens.joined(next);
        boolean personCue = titled
                || !single && before != null && Cue.PERSON_BEFORE.contains(before)
                || !single && endsClause && before != null && Cue.SPEECH_BEFORE.contains(before)
                || !single && after != null && tokens.near(next) && !tokens.capitalised(next) && Cue.SPEECH.contains(after);
        if (single && phrase.length() == 1 || isDemonym(tokens.word(to - 1))) {
            return; // "Egyptian contracts", "Russian air strikes": an adjective, not a name; "T" of "AT&T"
        }
        String head = tokens.word(start);
        boolean ledByAcronym = to - start == 2 && head.length() > 1 && isAllCapitals(head)
                && !Cue.PLACE_ACRONYMS.contains(head);
        // "analyst at Gartmore", "rival Google", "Ericsson shares", "Global Insight analyst Howard Archer"
        boolean organisationCue = ledByAcronym
                || before != null && Cue.ORGANISATION_BEFORE.contains(before)
                || after != null && tokens.joined(next) && !tokens.capitalised(next) && Cue.ORGANISATION_AFTER.contains(after)
                || before != null && (before.equals("at") || before.equals("of")) && first > 1
                        && Cue.PERSON_BEFORE.contains(tokens.lower(first - 2))
                || before != null && before.equals("at") && roleBefore(tokens, first - 1);
        organisationCue &= !(single && Cue.PLACE_ACRONYMS.contains(phrase)); // "US officials": still a place
        organisation |= organisationCue;
        if (organisationCue) {
            personCue = false;
        }
        boolean placeCue = beforeThe != null && Cue.PLACE_BEFORE.contains(beforeThe)
                || tokens.hyphenAfter(to - 1) && after != null && Cue.PLACE_AFTER.contains(after)
                || to - start == 1 && Cue.PLACE_ACRONYMS.contains(phrase)
                || anyOf(tokens, start, to, Cue.PLACE_HEADS);
        // "the UN", "the IMF": an acronym with "the" is an organisation; "GDP", "MP3" and "PC" have none
        boolean acronym = to - start == 1 && phrase.length() <= 6 && phrase.length() > 1
                && isAllCapitals(phrase) && allLetters(phrase)
                && !Cue.PLACE_ACRONYMS.contains(phrase) && before != null && before.equals("the");
        if (anyDigit(phrase) && !organisation) {
            // "G7", "A380", "Chapter 11": counted, but no sentence says what they are
        } else if (organisation || acronym) {
            e[3]++;
        } else if (personCue) {
            e[1]++;
        } else if (placeCue) {
            e[2]++;
        }
        // A title before the name puts it inside the sentence; a stripped "But" or "The" does not.
        if (!headline && (start > firstName || !tokens.sentenceStart(from))) {
            e[4]++;
        }
    }

    /**
     * Whether a role stands among the few lower-case words before {@code at} ("vice president of
     * search properties at Ask Jeeves", "director of product at …"): people hold posts at organisations.
     */
    private static boolean roleBefore(Words tokens, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 5); k--) {
            if (Cue.PERSON_BEFORE.contains(tokens.lower(k))) {
                return true;
            }
            if (tokens.capitalised(k) || !tokens.joined(k + 1)) {
                return false;
            }
        }
        return false;
    }

    /** The words tokens[from, to) as one name: "John Kerry"; "AT&T" and "Marks & Spencer" as written. */
    private static String name(Words tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.word(from);
        }
        StringBuilder name = new StringBuilder();
        for (int k = from; k < to; k++) {
            String word = tokens.word(k);
            if (k > from && !word.startsWith("&") && !word.startsWith(" &")) {
                name.append(' ');
            }
            name.append(word);
        }
        return name.toString();
    }

    /** Whether upper case would not change the word ("UN", "BBC", "G7"): a loop for the usual plain letters. */
    static boolean isAllCapitals(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80) {
                return word.equals(word.toUpperCase(Locale.ROOT)); // "ß", "ŉ": let the JDK say
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean allLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter((int) word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** Words for a people or a country's things: "Egyptian", "British", "Chinese", "French". */
    static boolean isDemonym(String word) {
        if (word.endsWith("s") && word.length() > 5) {
            word = word.substring(0, word.length() - 1); // "Germans", "Indians"
        }
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0) {
            word = word.substring(hyphen + 1); // "Anglo-Swedish"
        }
        return word.length() > 4 && (word.endsWith("ian") || word.endsWith("ean") || word.endsWith("ese")
                || word.endsWith("ish") || word.endsWith("ican") || word.endsWith("man") || word.endsWith("ch")
                || word.endsWith("ani") || word.endsWith("eli") || word.endsWith("aqi"));
    }
}
