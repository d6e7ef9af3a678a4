package org.dateline.parse;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's Liquid tags and Hugo's shortcodes in a body, turned into the Markdown they stand for
 * where the meaning is clear, and otherwise left as they are, visible, and counted, so that a
 * person migrating sees what to rewrite:
 * <ul>
 * <li>{@code {% highlight ruby %}…{% endhighlight %}} and {@code {{< highlight go >}}…{{< /highlight >}}}
 *     become fenced code; {@code {% raw %}…{% endraw %}} its content, untouched; {@code {% comment %}}
 *     blocks go;</li>
 * <li>{@code {{ site.baseurl }}} and {@code {{ site.url }}} become nothing (links are then from the
 *     site root, which the build makes relative), {@code {{ "/x" | relative_url }}} the path,
 *     {@code {% link x.md %}} a link to that file, which the build turns into its page, and
 *     {@code {% post_url 2019-03-01-results %}} a link to that post's file (written {@code .md};
 *     the build finds a {@code .markdown} or {@code .html} post of that name too);</li>
 * <li>{@code {{< figure src="p.jpg" caption="…" >}}} becomes the image and its caption in italics,
 *     {@code {{< youtube ID >}}} a link to the video, {@code {{< ref "post/x.md" >}}} (and
 *     {@code relref}) the file, so the link goes to its page; a shortcode written with a comment
 *     inside its brackets is Hugo's way of showing one as text, and is shown as the shortcode.</li>
 * </ul>
 * Liquid and Hugo expand tags before Markdown is read, so this too works on the text as written.
 */
final class GeneratorTags {

    private static final Pattern RAW = Pattern.compile("\\{%-?\\s*raw\\s*-?%\\}(.*?)\\{%-?\\s*endraw\\s*-?%\\}", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("\\{%-?\\s*comment\\s*-?%\\}.*?\\{%-?\\s*endcomment\\s*-?%\\}", Pattern.DOTALL);
    private static final Pattern LIQUID_HIGHLIGHT = Pattern.compile(
            "\\{%-?\\s*highlight\\s+([\\w+#.-]+)[^%]*%\\}\\n?(.*?)\\n?\\{%-?\\s*endhighlight\\s*-?%\\}", Pattern.DOTALL);
    private static final Pattern HUGO_HIGHLIGHT = Pattern.compile(
            "\\{\\{[<%]\\s*highlight\\s+\"?([\\w+#.-]+)\"?[^>%]*[>%]\\}\\}\\n?(.*?)\\n?\\{\\{[<%]\\s*/highlight\\s*[>%]\\}\\}", Pattern.DOTALL);
    private static final Pattern SITE_URL = Pattern.compile("\\{\\{-?\\s*site\\.(?:baseurl|url)\\s*-?\\}\\}");
    private static final Pattern URL_FILTER = Pattern.compile(
            "\\{\\{-?\\s*[\"']([^\"']*)[\"']\\s*\\|\\s*(?:relative_url|absolute_url|prepend:\\s*site\\.baseurl)\\s*-?\\}\\}");
    private static final Pattern LINK_TAG = Pattern.compile("\\{%-?\\s*link\\s+(\\S+)\\s*-?%\\}");
    private static final Pattern POST_URL = Pattern.compile("\\{%-?\\s*post_url\\s+([\\w./-]+?)\\s*-?%\\}");
    private static final Pattern ESCAPED_SHORTCODE = Pattern.compile("\\{\\{([<%])/\\*(.*?)\\*/([>%])\\}\\}", Pattern.DOTALL);
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{([<%])\\s*(/?)([\\w-]+)(.*?)\\s*[>%]\\}\\}", Pattern.DOTALL);
    private static final Pattern ARGUMENT = Pattern.compile("(?:([\\w-]+)\\s*=\\s*)?(?:\"([^\"]*)\"|'([^']*)'|`([^`]*)`|([^\\s\"'=]+))");
    private static final Pattern LIQUID_TAG = Pattern.compile("\\{%-?\\s*(\\w+)[^%]*?-?%\\}|\\{\\{-?\\s*([^}|\\s]+)[^}]*?-?\\}\\}");
    /** Marks text that must not be read again (a raw block, an escaped shortcode) until the end. */
    private static final char HOLD = '\uE000';

    private GeneratorTags() {
    }

    /**
     * @param markdown the body with its tags turned into Markdown
     * @param leftAsText how many of each tag were left as text, by name ({@code {% include %}},
     *     {@code {{< tweet >}}}, {@code {{ page.title }}})
     */
    record Converted(String markdown, Map<String, Integer> leftAsText) {
    }

    static Converted convert(String body) {
        if (body.indexOf("{%") < 0 && body.indexOf("{{") < 0 || body.indexOf(HOLD) >= 0) {
            return new Converted(body, Map.of());
        }
        java.util.List<String> held = new java.util.ArrayList<>();
        String text = replace(RAW, body, m -> hold(held, m.group(1)));
        text = replace(ESCAPED_SHORTCODE, text, m -> hold(held, "{{" + m.group(1) + m.group(2) + m.group(3) + "}}"));
        text = replace(COMMENT, text, m -> "");
        text = replace(LIQUID_HIGHLIGHT, text, m -> hold(held, fence(m.group(1), restore(m.group(2), held))));
        text = replace(HUGO_HIGHLIGHT, text, m -> hold(held, fence(m.group(1), restore(m.group(2), held))));
        text = replace(SITE_URL, text, m -> "");
        text = replace(URL_FILTER, text, m -> m.group(1));
        text = replace(LINK_TAG, text, m -> "/" + stripSlash(m.group(1)));
        text = replace(POST_URL, text, m -> "/_posts/" + stripSlash(m.group(1)) + ".md");
        Map<String, Integer> left = new TreeMap<>();
        text = replace(SHORTCODE, text, m -> {
            String replaced = m.group(2).isEmpty() ? shortcode(m.group(3), arguments(m.group(4))) : null;
            if (replaced == null) {
                left.merge("{{< " + m.group(2) + m.group(3) + " >}}", 1, Integer::sum);
                return hold(held, m.group());
            }
            return replaced;
        });
        Matcher liquid = LIQUID_TAG.matcher(text);
        while (liquid.find()) {
            String name = liquid.group(1) != null ? "{% " + liquid.group(1) + " %}" : "{{ " + liquid.group(2) + " }}";
            left.merge(name, 1, Integer::sum);
        }
        return new Converted(restore(text, held), left);
    }

    /** {@code text} with the held pieces back in place, pieces held inside others too (raw inside highlight). */
    private static String restore(String text, java.util.List<String> held) {
        if (text.indexOf(HOLD) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == HOLD) {
                int end = text.indexOf(HOLD, i + 1);
                out.append(restore(held.get(Integer.parseInt(text.substring(i + 1, end))), held));
                i = end;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What a Hugo shortcode stands for, or null to leave it as text. */
    private static String shortcode(String name, Map<String, String> args) {
        switch (name) {
            case "figure" -> {
                String src = args.get("src");
                if (src == null) {
                    return null;
                }
                String caption = args.getOrDefault("caption", args.getOrDefault("title", ""));
                String alt = args.getOrDefault("alt", caption);
                String image = "![" + escapeBrackets(alt) + "](<" + src + ">)";
                return "\n\n" + image + (caption.isEmpty() ? "" : "\n\n*" + caption.strip() + "*") + "\n\n";
            }
            case "youtube" -> {
                String id = args.getOrDefault("id", args.get("0"));
                if (id == null || !id.matches("[\\w-]+")) {
                    return null;
                }
                String title = args.getOrDefault("title", "Video on YouTube");
                return "[" + escapeBrackets(title) + "](https://www.youtube.com/watch?v=" + id + ")";
            }
            case "ref", "relref" -> {
                String path = args.getOrDefault("path", args.get("0"));
                if (path == null || path.isBlank()) {
                    return null;
                }
                int hash = path.indexOf('#');
                String file = hash < 0 ? path : path.substring(0, hash);
                String anchor = hash < 0 ? "" : path.substring(hash);
                if (!file.isEmpty() && file.lastIndexOf('.') <= file.lastIndexOf('/')) {
                    file = file + ".md";
                }
                if (file.contains("/") && !file.startsWith("/") && !file.startsWith(".")) {
                    file = "/" + file; // Hugo reads such a path from the content folder
                }
                return file + anchor;
            }
            default -> {
                return null;
            }
        }
    }

    /** A shortcode's arguments: named ({@code src="x"}), or by position ("0", "1", …). */
    private static Map<String, String> arguments(String text) {
        Map<String, String> args = new java.util.HashMap<>();
        Matcher m = ARGUMENT.matcher(text);
        int position = 0;
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                    : m.group(4) != null ? m.group(4) : m.group(5);
            args.put(m.group(1) != null ? m.group(1) : String.valueOf(position++), value);
        }
        return args;
    }

    private static String fence(String language, String code) {
        return "\n```" + language + "\n" + code.strip() + "\n```\n";
    }

    private static String escapeBrackets(String text) {
        return text.replace("[", "\\[").replace("]", "\\]");
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static String hold(java.util.List<String> held, String text) {
        held.add(text);
        return HOLD + String.valueOf(held.size() - 1) + HOLD;
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int done = 0;
        do {
            out.append(text, done, m.start()).append(with.apply(m));
            done = m.end();
        } while (m.find());
        return out.append(text, done, text.length()).toString();
    }
}
