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
     * A word of the text and what stands between it and the word before.
     *
     * @param near whether only a space, or a comma and a space, part it from the word before ("Kerry said", "Kerry, who")
     */
    private record Token(String word, String lower, boolean capitalised, boolean sentenceStart, boolean joined,
                         String after, boolean near) {
    }

    /**
     * @param headline the headline: its phrases count, but never as seen inside a sentence (headlines may be title case)
     * @param texts the deck and the body as plain text
     */
    public static List<Mention> find(String headline, String... texts) {
        Map<String, int[]> found = new LinkedHashMap<>();
        List<String> lowerCase = new ArrayList<>();
        scan(headline, true, found, lowerCase);
        for (String text : texts) {
            scan(text, false, found, lowerCase);
        }
        // "Analysts said … analysts": a common word that opened a sentence, not a name. Only the few
        // single words found are looked for among the text's lower-case words, rather than every word
        // of every article going into a set.
        Set<String> single = new HashSet<>();
        found.keySet().forEach(name -> {
            if (name.indexOf(' ') < 0 && !name.equals(name.toUpperCase(Locale.ROOT))) {
                single.add(name.toLowerCase(Locale.ROOT));
            }
        });
        Set<String> common = new HashSet<>();
        if (!single.isEmpty()) {
            for (String word : lowerCase) {
                if (single.contains(word)) {
                    common.add(word);
                }
            }
        }
        List<Mention> out = new ArrayList<>(found.size());
        found.forEach((name, e) -> {
            if (common.isEmpty() || name.indexOf(' ') >= 0 || name.equals(name.toUpperCase(Locale.ROOT))
                    || !common.contains(name.toLowerCase(Locale.ROOT))) {
                out.add(new Mention(name, e[0], e[1], e[2], e[3], e[4] > 0));
            }
        });
        return out;
    }

    private static void scan(String text, boolean headline, Map<String, int[]> found, List<String> lowerCase) {
        if (text == null || text.isEmpty()) {
            return;
        }
        List<Token> tokens = tokens(text, lowerCase);
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalised()) {
                i++;
                continue;
            }
            int end = i + 1; // the run is tokens[i, end)
            while (end < tokens.size() && tokens.get(end).joined()) {
                Token next = tokens.get(end);
                if (next.capitalised()) {
                    end++;
                } else if (Cue.JOINERS.contains(next.lower()) || next.lower().equals("and")) {
                    // "van der Veer", "Bank of England", "Food and Agriculture Organisation"
                    int after = end;
                    while (after < tokens.size() && tokens.get(after).joined() && !tokens.get(after).capitalised()
                            && (Cue.JOINERS.contains(tokens.get(after).lower()) || tokens.get(after).lower().equals("and"))) {
                        after++;
                    }
                    if (after < tokens.size() && tokens.get(after).joined() && tokens.get(after).capitalised()) {
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
    private static int cut(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String lower = tokens.get(k).lower();
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

    private static boolean anyOf(List<Token> tokens, int from, int to, java.util.Set<String> words) {
        for (int k = from; k < to; k++) {
            if (words.contains(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /** Weighs the run tokens[from, to) and counts the phrase it names, if any. */
    private static void phrase(List<Token> tokens, int from, int to, boolean headline, Map<String, int[]> found) {
        int start = from;
        boolean honorific = false;
        while (start < to && (Cue.NOT_NAMES.contains(tokens.get(start).word())
                || Cue.JOINERS.contains(tokens.get(start).lower()))) {
            honorific |= Cue.HONORIFICS.contains(tokens.get(start).word());
            start++;
        }
        if (start == to) {
            return;
        }
        boolean organisation = false;
        for (int k = start; k < to; k++) {
            organisation |= Cue.ORGANISATION.contains(tokens.get(k).word());
        }
        boolean titled = honorific;
        int firstName = start;
        if (!organisation) {
            int lastRole = -1;
            for (int k = start; k < to - 1; k++) {
                if (Cue.ROLES.contains(tokens.get(k).word())) {
                    lastRole = k;
                }
            }
            if (lastRole >= 0) {
                start = lastRole + 1;
                // "President of France", "State of Agricultural Commodity Markets": what follows a
                // title's "of" is what the title is of, not the name of the one who holds it.
                titled = !Cue.JOINERS.contains(tokens.get(start).lower());
                while (start < to && Cue.JOINERS.contains(tokens.get(start).lower())) {
                    start++;
                }
            }
            if (start == to || to - start == 1 && Cue.ROLES.contains(tokens.get(start).word()) && !titled) {
                return; // a title alone ("Secretary of State")
            }
        }
        StringBuilder name = new StringBuilder();
        for (int k = start; k < to; k++) {
            String word = tokens.get(k).word();
            if (k > start && !word.startsWith("&") && !word.startsWith(" &")) {
                name.append(' ');
            }
            name.append(word);
        }
        String phrase = name.toString();
        if (to - start == 1 && Cue.NOT_NAMES.contains(phrase)) {
            return;
        }
        int[] e = found.computeIfAbsent(phrase, p -> new int[5]);
        e[0]++;
        // The word before the name: one left out of the run ("In Geneva") counts as much as one outside it.
        int first = firstName;
        Token before = first > 0 ? tokens.get(first - 1) : null;
        Token beforeThe = before != null && before.lower().equals("the") && first > 1 ? tokens.get(first - 2) : before;
        Token after = to < tokens.size() ? tokens.get(to) : null;
        boolean single = to - start == 1;
        // "Ericsson said": firms and countries speak too, so "said" marks a person only with a name of two words or more.
        // A word alone is a person only by a title or honorific ("Mr Kerry", "President Bush"): news
        // writing names a person in full, then by surname with a title; "market leader Nintendo" is a
        // firm. "said" before a name marks the speaker only in the inverted attribution, where the
        // name ends the clause ("…, said John Kerry."); in "He said Ask Jeeves was…" it is what was said.
        // "said" after a name marks it only right after it ("Kerry said", "Kerry, who"), not past a
        // closing quote or a number ("the report on the "State of … Markets 2004" said").
        boolean endsClause = after == null || !after.joined();
        boolean personCue = titled
                || !single && before != null && Cue.PERSON_BEFORE.contains(before.lower())
                || !single && endsClause && before != null && Cue.SPEECH_BEFORE.contains(before.lower())
                || !single && after != null && after.near() && !after.capitalised() && Cue.SPEECH.contains(after.lower());
        if (single && phrase.length() == 1 || isDemonym(tokens.get(to - 1).word())) {
            return; // "Egyptian contracts", "Russian air strikes": an adjective, not a name; "T" of "AT&T"
        }
        String head = tokens.get(start).word();
        boolean ledByAcronym = to - start == 2 && head.length() > 1 && head.equals(head.toUpperCase(Locale.ROOT))
                && !Cue.PLACE_ACRONYMS.contains(head);
        // "analyst at Gartmore", "rival Google", "Ericsson shares", "Global Insight analyst Howard Archer"
        Token twoBefore = first > 1 ? tokens.get(first - 2) : null;
        boolean organisationCue = ledByAcronym
                || before != null && Cue.ORGANISATION_BEFORE.contains(before.lower())
                || after != null && after.joined() && !after.capitalised() && Cue.ORGANISATION_AFTER.contains(after.lower())
                || before != null && (before.lower().equals("at") || before.lower().equals("of")) && twoBefore != null
                        && Cue.PERSON_BEFORE.contains(twoBefore.lower())
                || before != null && before.lower().equals("at") && roleBefore(tokens, first - 1);
        organisationCue &= !(single && Cue.PLACE_ACRONYMS.contains(phrase)); // "US officials": still a place
        organisation |= organisationCue;
        if (organisationCue) {
            personCue = false;
        }
        boolean placeCue = beforeThe != null && Cue.PLACE_BEFORE.contains(beforeThe.lower())
                || tokens.get(to - 1).after().equals("-") && after != null && Cue.PLACE_AFTER.contains(after.lower())
                || to - start == 1 && Cue.PLACE_ACRONYMS.contains(phrase)
                || anyOf(tokens, start, to, Cue.PLACE_HEADS);
        // "the UN", "the IMF": an acronym with "the" is an organisation; "GDP", "MP3" and "PC" have none
        boolean acronym = to - start == 1 && phrase.length() <= 6 && phrase.length() > 1
                && phrase.equals(phrase.toUpperCase(Locale.ROOT)) && phrase.chars().allMatch(Character::isLetter)
                && !Cue.PLACE_ACRONYMS.contains(phrase) && before != null && before.lower().equals("the");
        if (phrase.chars().anyMatch(Character::isDigit) && !organisation) {
            // "G7", "A380", "Chapter 11": counted, but no sentence says what they are
        } else if (organisation || acronym) {
            e[3]++;
        } else if (personCue) {
            e[1]++;
        } else if (placeCue) {
            e[2]++;
        }
        // A title before the name puts it inside the sentence; a stripped "But" or "The" does not.
        if (!headline && (start > firstName || !tokens.get(from).sentenceStart())) {
            e[4]++;
        }
    }

    /**
     * Whether a role stands among the few lower-case words before {@code at} ("vice president of
     * search properties at Ask Jeeves", "director of product at …"): people hold posts at organisations.
     */
    private static boolean roleBefore(List<Token> tokens, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 5); k--) {
            Token t = tokens.get(k);
            if (Cue.PERSON_BEFORE.contains(t.lower())) {
                return true;
            }
            if (t.capitalised() || !tokens.get(k + 1).joined()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The words of the text, each knowing whether it starts a sentence and whether only a space
     * parts it from the last. A word is a letter, then letters, marks, digits, apostrophes and
     * hyphens; read with a loop rather than a regular expression, since every word of every article
     * passes here. The words that begin with a lower-case letter, as written, go to {@code lowerCase}.
     */
    private static List<Token> tokens(String text, List<String> lowerCase) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int last = 0;
        String previous = null;
        boolean possessive = false;
        int i = 0;
        while (i < n) {
            char ch = text.charAt(i);
            if (ch < 0x80 ? !isAsciiLetter(ch) : !Character.isLetter(text.codePointAt(i))) {
                i += ch < 0x80 ? 1 : Character.charCount(text.codePointAt(i));
                continue;
            }
            int start = i;
            i += Character.charCount(text.codePointAt(i));
            while (i < n) {
                char e = text.charAt(i);
                if (e < 0x80) {
                    if (isAsciiLetter(e) || e >= '0' && e <= '9' || e == '\'' || e == '-') {
                        i++;
                        continue;
                    }
                    break;
                }
                int d = text.codePointAt(i);
                if (d == '’' || Character.isLetterOrDigit(d) || isMark(d)) {
                    i += Character.charCount(d);
                } else {
                    break;
                }
            }
            String word = text.substring(start, i);
            if (Character.isLowerCase(word.charAt(0))) {
                lowerCase.add(word);
            }
            boolean space = start - last == 1 && text.charAt(last) == ' '; // the usual gap: nothing to work out
            String gap = space ? " " : text.substring(last, start);
            last = i;
            String trailing = "";
            if (word.endsWith("'s") || word.endsWith("’s")) {
                word = word.substring(0, word.length() - 2);
                trailing = "'s";
            }
            while (word.endsWith("-") || word.endsWith("'") || word.endsWith("’")) {
                word = word.substring(0, word.length() - 1);
            }
            boolean abbreviation = !space && previous != null && gap.startsWith(".") && gap.strip().equals(".")
                    && (Cue.HONORIFICS.contains(previous) || previous.equals("St") || previous.length() == 1);
            boolean sentenceStart = previous == null || !space && !abbreviation && endsSentence(gap);
            boolean ampersand = !space && gap.strip().equals("&") && !gap.contains("\n");
            boolean joined = previous != null && !possessive && (space || gap.isBlank() && !gap.contains("\n")
                    || abbreviation || ampersand && Character.isUpperCase(word.charAt(0)));
            int hyphen = word.indexOf('-');
            String rest = "";
            if (hyphen > 0 && hyphen < word.length() - 1 && Character.isLowerCase(word.charAt(hyphen + 1))
                    && !isPrefix(word.substring(0, hyphen))) {
                rest = word.substring(hyphen + 1);
                word = word.substring(0, hyphen); // "Geneva-based": the name, then its cue
            }
            boolean near = joined || !space && !possessive && gap.length() <= 3 && gap.strip().equals(",")
                    && !gap.contains("\n");
            tokens.add(new Token(ampersand && joined ? gap + word : word, word.toLowerCase(Locale.ROOT),
                    isCapitalised(word), sentenceStart, joined, rest.isEmpty() ? trailing : "-", near));
            if (!rest.isEmpty()) {
                tokens.add(new Token(rest, rest.toLowerCase(Locale.ROOT), false, false, false, "", false));
            }
            previous = word;
            possessive = !trailing.isEmpty();
        }
        return tokens;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A combining mark (\\p{M}): accents written as characters of their own. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
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

    /** Whether what stands between two words ends a sentence (or opens a quotation): a loop, not a regex, per word. */
    private static boolean endsSentence(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            switch (gap.charAt(i)) {
                case '\n', '.', '!', '?', ':', ';', '"', '“', '”' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean isPrefix(String part) {
        return part.equals("al") || part.equals("el") || part.equals("bin") || part.equals("ibn");
    }

    private static boolean isCapitalised(String word) {
        if (Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        // "al-Assad", "el-Sisi", "bin-Laden": a lower-case particle before a capitalised name
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen < word.length() - 1 && isPrefix(word.substring(0, hyphen))
                && Character.isUpperCase(word.charAt(hyphen + 1));
    }
}
