package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.model.Article;
import org.dateline.parse.ReadResult;
import org.dateline.parse.SourceFacts;

/**
 * What a person moving an archive from another system needs to know, tallied over the articles read:
 * how many of each form, how many dates came from file names, which Liquid tags and shortcodes were
 * left as text and which front matter keys Dateline does not know (with counts), and the URLs
 * changed to keep two posts apart.
 *
 * @param forms articles read, by the form they are written in
 * @param datesFromFileNames articles whose date came from a Jekyll post's file name
 * @param leftAsText tags left as text in bodies, by name, with counts
 * @param unknownKeys front matter keys handed to templates as they are, with the number of articles having each
 * @param unreadable sources that could not be read (each is a problem too)
 */
public record MigrationReport(Map<String, Integer> forms, int datesFromFileNames, Map<String, Integer> leftAsText,
                              Map<String, Integer> unknownKeys, int unreadable) {

    public static MigrationReport of(List<ReadResult> results) {
        Map<String, Integer> forms = new TreeMap<>();
        Map<String, Integer> left = new TreeMap<>();
        Map<String, Integer> unknown = new TreeMap<>();
        int fromNames = 0;
        int unreadable = 0;
        for (ReadResult result : results) {
            if (!result.ok()) {
                unreadable++;
                continue;
            }
            SourceFacts facts = result.facts();
            if (facts != SourceFacts.UNREAD) {
                forms.merge(facts.form(), 1, Integer::sum);
                fromNames += facts.dateFromFileName() ? 1 : 0;
                facts.leftAsText().forEach((name, count) -> left.merge(name, count, Integer::sum));
            }
            Article article = result.article();
            article.extra().keySet().forEach(key -> unknown.merge(key, 1, Integer::sum));
        }
        return new MigrationReport(forms, fromNames, left, unknown, unreadable);
    }

    public int tagsLeftAsText() {
        return leftAsText.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The build's note about tags left as text, or null when there are none. */
    public String leftAsTextNote() {
        int count = tagsLeftAsText();
        if (count == 0) {
            return null;
        }
        return count + (count == 1 ? " Liquid tag or shortcode was" : " Liquid tags and shortcodes were")
                + " left as text in the articles read (" + counted(leftAsText, 5)
                + "): they show as written; rewrite them in Markdown ('dateline check' lists them all)";
    }

    /** The report, a line each, for {@code dateline check}. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        int read = forms.values().stream().mapToInt(Integer::intValue).sum();
        out.add("Articles read: " + read + (unreadable > 0 ? " (" + unreadable + " could not be read: see the problems below)" : ""));
        forms.forEach((form, count) -> out.add("  " + form + ": " + count));
        out.add("Dates taken from file names: " + datesFromFileNames);
        out.add("Liquid tags and shortcodes left as text: " + tagsLeftAsText());
        leftAsText.forEach((name, count) -> out.add("  " + name + ": " + count));
        out.add("Front matter keys Dateline does not know (kept for templates as article.extra): " + unknownKeys.size());
        unknownKeys.forEach((key, count) -> out.add("  " + key + ": " + count + (count == 1 ? " article" : " articles")));
        return out;
    }

    private static String counted(Map<String, Integer> counts, int most) {
        List<String> parts = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(most)
                .forEach(e -> parts.add(e.getKey() + " ×" + e.getValue()));
        if (counts.size() > most) {
            parts.add("…");
        }
        return String.join(", ", parts);
    }
}
