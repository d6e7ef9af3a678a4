package org.dateline.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Problem;
import org.dateline.text.Nearest;

/**
 * Pebble's errors in the words of the person writing the template: the line and column, the line
 * itself with a caret under the place, what is wrong and what was expected. Pebble's messages name
 * Java classes and token types; none of that reaches the user. Pebble gives no column, so it is
 * found in the line from what the message names (the misspelt field, the unexpected character).
 */
final class TemplateErrors {

    static final String HINT = "Fix the template; the variables each template receives are listed at its top.";

    private static final Pattern ATTRIBUTE = Pattern.compile("Attribute \\[(.*?)] of \\[(.+?)] does not exist.*", Pattern.DOTALL);
    private static final Pattern ROOT = Pattern.compile("Root attribute \\[(.*?)] does not exist.*", Pattern.DOTALL);
    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\[(.)]", Pattern.DOTALL);
    private static final Pattern EXPECTED = Pattern.compile(
            "Unexpected token of value \"(.*?)\" and type \\w+, expected token (?:\"(.*?)\" )?of type (\\w+)", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("Unexpected token \"\\w+\" of value \"(.*?)\"", Pattern.DOTALL);
    private static final Pattern BRACKET = Pattern.compile("Unexpected \"(.)\"");
    private static final Pattern UNCLOSED = Pattern.compile("Unclosed \"(.)\"");
    private static final Pattern END = Pattern.compile("Unexpected end of template\\. Pebble was looking for the \"(\\w+)\" tag");
    private static final Pattern TAG = Pattern.compile("Unexpected tag name \"(\\w+)\"");
    private static final Pattern FILTER = Pattern.compile("Filter \\[(\\w+)] does not exist\\.");
    private static final Pattern FUNCTION = Pattern.compile("Function or Macro \\[(\\w+)] does not exist\\.");
    private static final Pattern TEST = Pattern.compile("Test \\[(\\w+)] does not exist\\.");

    /** Pebble's own tags and filters, for "did you mean" (Dateline adds none). */
    static final List<String> TAGS = List.of("autoescape", "block", "cache", "embed", "extends", "filter", "flush", "for",
            "from", "if", "import", "include", "macro", "parallel", "set", "verbatim");
    static final List<String> FILTERS = List.of("abbreviate", "abs", "base64decode", "base64encode", "capitalize", "date",
            "default", "escape", "first", "join", "last", "length", "lower", "merge", "numberformat", "raw", "replace",
            "reverse", "rsort", "sha256", "slice", "sort", "split", "title", "trim", "upper", "urlencode");

    private static final String A_VALUE = "a name, a number, a quoted string or a bracket";

    /**
     * What is wrong, and where in the line to point: a pattern whose first group, or whole match, is
     * the place. With {@code inTag}, the pattern is looked for only from the tag Pebble stopped in.
     */
    private record Told(String what, int line, Pattern place, String hint, boolean inTag) {
        Told(String what, int line, Pattern place) {
            this(what, line, place, HINT, false);
        }

        Told(String what, int line, Pattern place, String hint) {
            this(what, line, place, hint, false);
        }

        static Told inTag(String what, int line, String token, String hint) {
            return new Told(what, line, insideTag(Pattern.quote(token)), hint, true);
        }
    }

    /** A tag on a line: from its opening to its closing (or the end of the line, for one left open). */
    private static final Pattern TAG_ON_LINE = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}|\\{[{%].*$");

    /** Tags opened here and closed by {@code {% end… %}}. */
    private static final List<String> BLOCKS = List.of("autoescape", "block", "cache", "embed", "filter", "for", "if",
            "macro", "parallel", "verbatim");

    /** Compiles one tag on its own, to find which tag of a line holds the mistake. Made at the first error. */
    private static final class Lone {
        static final PebbleEngine ENGINE = new PebbleEngine.Builder().loader(new StringLoader()).cacheActive(false)
                .newLineTrimming(false).build();
    }

    private TemplateErrors() {
    }

    /**
     * @param file the template as problems name it
     * @param source the template's text, or null when it cannot be read (then no column is given)
     * @param variables the names the template was given, or empty when it was not being rendered
     */
    static Problem problem(PebbleException e, String file, String source, Collection<String> variables) {
        int line = e.getLineNumber() == null || e.getLineNumber() < 0 ? 0 : e.getLineNumber();
        String message = e.getPebbleMessage() == null ? String.valueOf(e.getMessage()) : e.getPebbleMessage();
        String[] lines = source == null ? new String[0] : source.split("\n", -1);
        Told told = tell(e, message, line, lines, variables);
        int at = told.line();
        int column = 0;
        String excerpt = "";
        if (at > 0 && at <= lines.length && told.place() != null) {
            String text = lines[at - 1].stripTrailing();
            Matcher m = told.place().matcher(text);
            if (told.inTag()) {
                m.region(culpritTag(text, message), text.length());
            }
            if (m.find()) {
                int index = m.groupCount() > 0 && m.start(1) >= 0 ? m.start(1) : m.start();
                column = index + 1;
                excerpt = excerpt(text, index);
            }
        }
        return Problem.at(file, at, column, told.what() + excerpt, told.hint());
    }

    /** How much of a line longer than twice this is shown either side of the place. */
    static final int WINDOW = 60;

    /** The line, or a window of a long one, and under it a caret at {@code index}. */
    static String excerpt(String text, int index) {
        boolean whole = text.length() <= 2 * WINDOW;
        int from = whole ? 0 : Math.max(0, index - WINDOW);
        int to = whole ? text.length() : Math.min(text.length(), index + WINDOW);
        String shown = (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
        // Tabs stay tabs under the line, so the caret lines up however wide the editor shows them.
        String under = (from > 0 ? " " : "") + text.substring(from, index).replaceAll("[^\t]", " ");
        return "\n    " + shown + "\n    " + under + "^";
    }

    private static Told tell(PebbleException e, String message, int line, String[] lines, Collection<String> variables) {
        Matcher m;
        if (e instanceof MessageFunction.MissingMessage missing) {
            return new Told("there is no message '" + missing.key() + "'"
                    + (missing.nearest() == null ? "" : "; did you mean '" + missing.nearest() + "'?"), line,
                    Pattern.compile("\\bt\\s*\\(\\s*[\"'](" + Pattern.quote(missing.key()) + ")[\"']"),
                    "Use a key of the theme's messages (the built-in messages/en.properties lists them all), or add"
                            + " yours to templates/messages/en.properties and the other languages' files.");
        }
        if (e instanceof RootAttributeNotFoundException && (m = ROOT.matcher(message)).matches()) {
            String name = m.group(1);
            List<String> known = variables.stream().sorted().toList();
            return new Told("the template receives no variable '" + name + "'" + guess(name, known)
                    + (known.isEmpty() ? "" : " Variables: " + String.join(", ", known) + "."),
                    line, Pattern.compile("(?<![.\\w])(" + Pattern.quote(name) + ")\\b"));
        }
        if (e instanceof AttributeNotFoundException && (m = ATTRIBUTE.matcher(message)).matches()) {
            return attribute(m.group(1), m.group(2), line);
        }
        if ((m = CHARACTER.matcher(message)).matches()) {
            char c = m.group(1).charAt(0);
            if (c == 0) {
                int opened = lastOpenTag(lines);
                return new Told("a tag is never closed: the template ends inside it; expected '}}' or '%}'",
                        opened == 0 ? line : opened, opened == 0 ? null : Pattern.compile("\\{[{%](?!.*\\{[{%])"));
            }
            return Told.inTag("unexpected character " + shown(c) + "; expected a name, a number, a quoted string, a"
                    + " bracket, an operator or the end of the tag", line, String.valueOf(c),
                    Character.isSpaceChar(c) || Character.isWhitespace(c)
                            ? "It looks like a space but is not one: type a plain space in its place." : HINT);
        }
        if ((m = EXPECTED.matcher(message)).matches()) {
            String expected = m.group(2) != null ? "'" + m.group(2) + "'" : tokenKind(m.group(3));
            return Told.inTag("unexpected '" + m.group(1) + "'; expected " + expected, line, m.group(1), HINT);
        }
        if ((m = TOKEN.matcher(message)).matches()) {
            return Told.inTag("unexpected '" + m.group(1) + "'; expected a value: " + A_VALUE, line, m.group(1), HINT);
        }
        if ((m = BRACKET.matcher(message)).matches()) {
            return Told.inTag("unexpected '" + m.group(1) + "'; expected a value or the end of the tag: no bracket it"
                    + " would close is open", line, m.group(1), HINT);
        }
        if ((m = UNCLOSED.matcher(message)).matches()) {
            // Pebble names what it was looking for: the closing bracket, or the quote a string began with.
            String closer = m.group(1);
            String opener = switch (closer) {
                case ")" -> "(";
                case "]" -> "[";
                case "}" -> "{";
                default -> closer;
            };
            String what = opener.equals("\"") || opener.equals("'") ? "a string opened with " + opener + " is never closed"
                    : "'" + opener + "' is never closed";
            // Pebble gives the line it stopped at, which may be the last: the opener is on it or above.
            return new Told(what + "; expected '" + closer + "'", lineWith(lines, line, opener),
                    Pattern.compile(Pattern.quote(opener) + "(?!.*" + Pattern.quote(opener) + ")"));
        }
        if (message.startsWith("Unclosed comment")) {
            return new Told("a comment is never closed; expected '#}' after '{#'", lineWith(lines, line, "{#"),
                    Pattern.compile("\\{#(?!.*\\{#)"));
        }
        if ((m = END.matcher(message)).matches()) {
            String end = m.group(1);
            String tag = end.startsWith("end") ? end.substring(3) : end;
            int opened = lastOpening(lines, tag);
            return new Told("'{% " + tag + " %}' is never closed; expected '{% " + end + " %}' before the template ends",
                    opened == 0 ? line : opened, Pattern.compile("\\{%-?\\s*(" + Pattern.quote(tag) + ")\\b(?!.*\\{%-?\\s*"
                    + Pattern.quote(tag) + "\\b)"));
        }
        if ((m = TAG.matcher(message)).matches()) {
            String name = m.group(1);
            Pattern place = Pattern.compile("\\{%-?\\s*(" + Pattern.quote(name) + ")\\b");
            String what;
            if (name.startsWith("end") || name.startsWith("else")) {
                String[] open = openBlock(lines, line, place);
                what = "'{% " + name + " %}' " + (name.startsWith("end") ? "closes" : "continues") + " no open '{% "
                        + (name.startsWith("end") ? name.substring(3) : "if") + " %}'"
                        + (open == null ? "" : "; expected '{% end" + open[0] + " %}' for the '{% " + open[0]
                        + " %}' on line " + open[1]);
            } else {
                what = "there is no tag '" + name + "'" + guess(name, TAGS) + " Tags: " + String.join(", ", TAGS) + ".";
            }
            return new Told(what, line, place);
        }
        if ((m = FILTER.matcher(message)).matches()) {
            return new Told("there is no filter '" + m.group(1) + "'" + guess(m.group(1), FILTERS), line,
                    Pattern.compile("\\|\\s*(" + Pattern.quote(m.group(1)) + ")\\b"));
        }
        if ((m = FUNCTION.matcher(message)).matches()) {
            return new Told("there is no function or macro '" + m.group(1) + "'", line,
                    Pattern.compile("\\b(" + Pattern.quote(m.group(1)) + ")\\s*\\("));
        }
        if ((m = TEST.matcher(message)).matches()) {
            return new Told("there is no test '" + m.group(1) + "' (tests are written 'is defined', 'is empty', …)", line,
                    Pattern.compile("\\bis\\s+(?:not\\s+)?(" + Pattern.quote(m.group(1)) + ")\\b"));
        }
        return new Told("template error: " + withoutJavaNames(message), line, null);
    }

    private static Told attribute(String name, String className, int line) {
        Pattern place = Pattern.compile("(?:\\.\\s*|\\[\\s*[\"'])(" + Pattern.quote(name) + ")\\b");
        Class<?> type;
        try {
            type = Class.forName(className, false, TemplateErrors.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return new Told("this value has no field '" + name + "'", line, place);
        }
        if (type.isRecord()) {
            List<String> fields = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                fields.add(component.getName());
            }
            String noun = noun(type);
            if (fields.contains(name)) {
                return new Told(noun + "'s field '" + name + "' is not a method: write it without brackets", line, place);
            }
            return new Told(noun + " has no field '" + name + "'" + guess(name, fields) + " Fields: "
                    + String.join(", ", fields) + ".", line, place);
        }
        if (Map.class.isAssignableFrom(type)) {
            return new Told("the map has no key '" + name + "'", line, place,
                    "Not every article has every key: test for it first, e.g. {% if article.extra." + name + " is defined %}.");
        }
        String kind = CharSequence.class.isAssignableFrom(type) ? "a text"
                : Number.class.isAssignableFrom(type) ? "a number"
                : Boolean.class.isAssignableFrom(type) ? "a yes-or-no value"
                : Collection.class.isAssignableFrom(type) ? "a list" : "this value";
        return new Told(kind + " has no field '" + name + "'", line, place);
    }

    /** "an article" for {@code ArticleView}, "a nav link" for {@code NavLink}: what the record is, in words. */
    static String noun(Class<?> type) {
        String name = type.getSimpleName();
        if (name.endsWith("View") && name.length() > 4) {
            name = name.substring(0, name.length() - 4);
        }
        String words = name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    private static String guess(String name, Collection<String> known) {
        String near = Nearest.of(name, known);
        return near == null ? ";" : "; did you mean '" + near + "'?";
    }

    private static String tokenKind(String type) {
        return switch (type) {
            case "NAME" -> "a name";
            case "STRING" -> "a quoted string";
            case "NUMBER" -> "a number";
            case "OPERATOR" -> "an operator";
            case "PRINT_END" -> "'}}'";
            case "EXECUTE_END" -> "'%}'";
            case "PUNCTUATION" -> "a bracket, a comma or a colon";
            default -> "something else";
        };
    }

    /** A character as the message shows it: itself if visible, else its code and name (a no-break space looks like a space). */
    static String shown(char c) {
        if (c > ' ' && c < 0x7f) {
            return "'" + c + "'";
        }
        String name = Character.getName(c);
        return String.format(Locale.ROOT, "U+%04X", (int) c) + (name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")");
    }

    /** The first match of {@code token} after a tag opens on the line (or anywhere, if none does). */
    private static Pattern insideTag(String token) {
        return Pattern.compile("(?:\\{[{%].*?|^)(" + token + ")");
    }

    /** The last line from {@code line} up that holds {@code text}; {@code line} itself if none does. */
    private static int lineWith(String[] lines, int line, String text) {
        for (int i = Math.min(line, lines.length); i >= 1; i--) {
            if (lines[i - 1].contains(text)) {
                return i;
            }
        }
        return line;
    }

    /**
     * Where on the line the tag Pebble stopped in begins: the first that, compiled on its own, fails
     * with the same message. 0 (the line's start) when none does, as when the tag spans lines.
     */
    private static int culpritTag(String text, String message) {
        Matcher tags = TAG_ON_LINE.matcher(text);
        while (tags.find()) {
            try {
                Lone.ENGINE.getTemplate(tags.group());
            } catch (PebbleException e) {
                if (message.equals(e.getPebbleMessage())) {
                    return tags.start();
                }
            }
        }
        return 0;
    }

    /**
     * The block open where {@code place} first matches on {@code line} (its name and line), or null:
     * what a misplaced {@code {% endif %}} should have been.
     */
    private static String[] openBlock(String[] lines, int line, Pattern place) {
        Pattern tag = Pattern.compile("\\{%-?\\s*(\\w+)");
        List<String[]> open = new ArrayList<>();
        for (int i = 0; i < Math.min(line, lines.length); i++) {
            int stop = lines[i].length();
            if (i == line - 1) {
                Matcher at = place.matcher(lines[i]);
                stop = at.find() ? at.start() : stop;
            }
            Matcher m = tag.matcher(lines[i]).region(0, stop);
            while (m.find()) {
                String name = m.group(1);
                if (BLOCKS.contains(name)) {
                    open.add(new String[] {name, String.valueOf(i + 1)});
                } else if (name.startsWith("end") && !open.isEmpty()) {
                    open.remove(open.size() - 1);
                }
            }
        }
        return open.isEmpty() ? null : open.get(open.size() - 1);
    }

    /** The line of the last tag that opens and does not close, or 0. */
    private static int lastOpenTag(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            int open = Math.max(lines[i].lastIndexOf("{{"), lines[i].lastIndexOf("{%"));
            if (open >= 0) {
                String after = lines[i].substring(open);
                return after.contains("}}") || after.contains("%}") ? 0 : i + 1;
            }
        }
        return 0;
    }

    /** The line of the last {@code {% tag %}} with no {@code {% endtag %}} after it, or 0. */
    private static int lastOpening(String[] lines, String tag) {
        Pattern opening = Pattern.compile("\\{%-?\\s*" + Pattern.quote(tag) + "\\b");
        Pattern closing = Pattern.compile("\\{%-?\\s*end" + Pattern.quote(tag) + "\\b");
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = Pattern.compile(opening.pattern() + "|" + closing.pattern()).matcher(lines[i]);
            while (m.find()) {
                if (m.group().contains("end" + tag)) {
                    if (!open.isEmpty()) {
                        open.remove(open.size() - 1);
                    }
                } else {
                    open.add(i + 1);
                }
            }
        }
        return open.isEmpty() ? 0 : open.get(open.size() - 1);
    }

    /** Pebble's message without the Java class names some of its messages hold. */
    private static String withoutJavaNames(String message) {
        return message.replaceAll("\\[?\\b(?:[a-z]\\w*\\.)+[A-Z][\\w$]*]?", "a value");
    }
}
