package org.dateline.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}\\p{Nd}’'\\-]*");

    private MentionFinder() {
    }

    /** A word of the text and what stands between it and the word before. */
    private record Token(String word, String lower, boolean capitalised, boolean sentenceStart, boolean joined,
                         String after) {
    }

    /**
     * @param headline the headline: its phrases count, but never as seen inside a sentence (headlines may be title case)
     * @param texts the deck and the body as plain text
     */
    public static List<Mention> find(String headline, String... texts) {
        Map<String, int[]> found = new LinkedHashMap<>();
        scan(headline, true, found);
        for (String text : texts) {
            scan(text, false, found);
        }
        List<Mention> out = new ArrayList<>(found.size());
        found.forEach((name, e) -> out.add(new Mention(name, e[0], e[1], e[2], e[3], e[4] > 0)));
        return out;
    }

    private static void scan(String text, boolean headline, Map<String, int[]> found) {
        if (text == null || text.isEmpty()) {
            return;
        }
        List<Token> tokens = tokens(text);
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
                } else if (Cue.JOINERS.contains(next.lower()) && end + 1 < tokens.size()
                        && tokens.get(end + 1).joined() && tokens.get(end + 1).capitalised()) {
                    end += 2;
                } else {
                    break;
                }
            }
            phrase(tokens, i, end, headline, found);
            i = end;
        }
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
                titled = true;
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
            if (k > start) {
                name.append(' ');
            }
            name.append(tokens.get(k).word());
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
        boolean personCue = titled
                || before != null && (Cue.SPEECH_BEFORE.contains(before.lower()) || Cue.PERSON_BEFORE.contains(before.lower()))
                || after != null && !after.capitalised() && Cue.SPEECH.contains(after.lower());
        boolean placeCue = beforeThe != null && Cue.PLACE_BEFORE.contains(beforeThe.lower())
                || tokens.get(to - 1).after().equals("-") && after != null && Cue.PLACE_AFTER.contains(after.lower())
                || to - start == 1 && Cue.PLACE_ACRONYMS.contains(phrase);
        boolean acronym = to - start == 1 && phrase.length() <= 5 && phrase.length() > 1
                && phrase.equals(phrase.toUpperCase(Locale.ROOT)) && !Cue.PLACE_ACRONYMS.contains(phrase);
        if (organisation || acronym) {
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

    /** The words of the text, each knowing whether it starts a sentence and whether only a space parts it from the last. */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int last = 0;
        String previous = null;
        boolean possessive = false;
        while (m.find()) {
            String gap = text.substring(last, m.start());
            String word = m.group();
            String trailing = "";
            if (word.endsWith("'s") || word.endsWith("’s")) {
                word = word.substring(0, word.length() - 2);
                trailing = "'s";
            }
            while (word.endsWith("-") || word.endsWith("'") || word.endsWith("’")) {
                word = word.substring(0, word.length() - 1);
            }
            boolean abbreviation = previous != null && gap.startsWith(".") && gap.strip().equals(".")
                    && (Cue.HONORIFICS.contains(previous) || previous.equals("St") || previous.length() == 1);
            boolean sentenceStart = previous == null || !abbreviation && (gap.contains("\n") || gap.matches(".*[.!?:;\"“”].*"));
            boolean joined = previous != null && !possessive && (gap.isBlank() && !gap.contains("\n") || abbreviation);
            int hyphen = word.indexOf('-');
            String rest = "";
            if (hyphen > 0 && hyphen < word.length() - 1 && Character.isLowerCase(word.charAt(hyphen + 1))
                    && !isPrefix(word.substring(0, hyphen))) {
                rest = word.substring(hyphen + 1);
                word = word.substring(0, hyphen); // "Geneva-based": the name, then its cue
            }
            tokens.add(new Token(word, word.toLowerCase(Locale.ROOT), isCapitalised(word), sentenceStart, joined,
                    rest.isEmpty() ? trailing : "-"));
            if (!rest.isEmpty()) {
                tokens.add(new Token(rest, rest.toLowerCase(Locale.ROOT), false, false, false, ""));
            }
            previous = word;
            possessive = !trailing.isEmpty();
            last = m.end();
        }
        return tokens;
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
