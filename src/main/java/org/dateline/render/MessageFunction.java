package org.dateline.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.messages.Messages;
import org.dateline.text.Nearest;

/**
 * {@code t('key', args…)}: the theme's words in the page's language, the one function Dateline adds
 * to Pebble. The text is looked up in the messages of the language the page is rendered in. It is
 * text, escaped like any other value; a key ending in {@code .html} is HTML written by the theme
 * (a link inside a sentence), into which the arguments go escaped, unless they are HTML themselves
 * (another {@code .html} message, a macro's output).
 */
final class MessageFunction implements Function {

    static final String NAME = "t";
    /** The names Pebble gives positional arguments, made once. */
    private static final String[] POSITIONS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    /** Registers {@code t} with an engine. */
    static final class Extension extends AbstractExtension {
        private final MessageFunction function;

        Extension(java.util.function.Function<Locale, Messages> messages) {
            this.function = new MessageFunction(messages);
        }

        @Override
        public Map<String, Function> getFunctions() {
            return Map.of(NAME, function);
        }
    }

    /** A key no language of the theme has, with the nearest one it has, if any. */
    static final class MissingMessage extends PebbleException {
        private final String key;
        private final String nearest;

        MissingMessage(String key, String nearest, int line, String file) {
            super(null, "there is no message '" + key + "'", line, file);
            this.key = key;
            this.nearest = nearest;
        }

        String key() {
            return key;
        }

        String nearest() {
            return nearest;
        }
    }

    private final java.util.function.Function<Locale, Messages> messages;

    private MessageFunction(java.util.function.Function<Locale, Messages> messages) {
        this.messages = messages;
    }

    @Override
    public List<String> getArgumentNames() {
        return null; // positional: "0" is the key, "1"... its arguments
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        if (!(args.get("0") instanceof String key)) {
            throw new PebbleException(null, "t() takes the message's key first, in quotes, e.g. t('search.button')",
                    lineNumber, self.getName());
        }
        Messages language = messages.apply(context.getLocale());
        Object[] values = new Object[args.size() - 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = args.get(i + 1 < POSITIONS.length ? POSITIONS[i + 1] : String.valueOf(i + 1));
        }
        String pattern = language.find(key, values);
        if (pattern == null) {
            throw new MissingMessage(key, Nearest.of(key, language.keys()), lineNumber, self.getName());
        }
        if (!key.endsWith(".html")) {
            return Messages.format(pattern, values);
        }
        Object[] escaped = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            escaped[i] = values[i] instanceof SafeString safe ? safe.toString() : escape(String.valueOf(values[i]));
        }
        return new SafeString(Messages.format(pattern, escaped));
    }

    /** Escapes text as Pebble's own {@code html} strategy does, so an argument comes out as {@code {{ value }}} would. */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            out.append(entity);
        }
        return out == null ? text : out.toString();
    }
}
