package org.dateline.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Checks a whole generated site as a reader's browser would meet it: every page valid HTML (the Nu
 * HTML Checker, the W3C's validator) and every internal link, image, stylesheet and fragment
 * resolving to a file the build wrote.
 */
public final class SiteChecks {

    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

    private SiteChecks() {
    }

    public static List<Path> htmlFiles(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every validation error in every page, as {@code file:line:col: message}. */
    public static List<String> htmlErrors(Path site) throws Exception {
        List<String> errors = new ArrayList<>();
        String[] current = {""};
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are advice, not invalid HTML
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(current[0] + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        for (Path page : htmlFiles(site)) {
            current[0] = site.relativize(page).toString();
            validator.checkHtmlFile(page.toFile(), true);
        }
        return errors;
    }

    /** Every internal reference that does not resolve, for a site published at a domain's root. */
    public static List<String> brokenLinks(Path site) {
        return brokenLinks(site, "/");
    }

    /**
     * Every internal reference that does not resolve, as {@code page: reference (reason)}.
     *
     * @param basePath the path the site is published under; links starting with it are internal
     */
    public static List<String> brokenLinks(Path site, String basePath) {
        Path root = site.toAbsolutePath().normalize();
        Map<Path, Document> parsed = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (Path page : htmlFiles(root)) {
            Document doc = parse(page, parsed);
            for (Element el : doc.select("a[href], link[href], img[src], script[src], source[src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (url.isEmpty() || EXTERNAL.matcher(url).matches() || url.startsWith("#") && url.length() == 1) {
                    continue;
                }
                String name = root.relativize(page) + ": " + url;
                int hash = url.indexOf('#');
                String fragment = hash < 0 ? "" : url.substring(hash + 1);
                String path = hash < 0 ? url : url.substring(0, hash);
                int query = path.indexOf('?');
                if (query >= 0) {
                    path = path.substring(0, query);
                }
                if (path.startsWith("/") && !path.startsWith(basePath)) {
                    broken.add(name + " (outside the base path " + basePath + ")");
                    continue;
                }
                String decoded = URLDecoder.decode(path, StandardCharsets.UTF_8);
                Path target = path.isEmpty() ? page
                        : path.startsWith("/") ? root.resolve(decoded.substring(basePath.length())).normalize()
                        : page.getParent().resolve(decoded).normalize();
                if (!target.startsWith(root)) {
                    broken.add(name + " (leaves the site)");
                    continue;
                }
                if (Files.isDirectory(target)) {
                    if (!path.endsWith("/")) {
                        broken.add(name + " (a folder without a trailing slash)");
                        continue;
                    }
                    target = target.resolve("index.html");
                }
                if (!Files.isRegularFile(target)) {
                    broken.add(name + " (no such file)");
                    continue;
                }
                if (!fragment.isEmpty() && target.toString().endsWith(".html")
                        && parse(target, parsed).getElementById(fragment) == null) {
                    broken.add(name + " (no element with id '" + fragment + "')");
                }
            }
        }
        return broken;
    }

    private static Document parse(Path page, Map<Path, Document> cache) {
        return cache.computeIfAbsent(page, p -> {
            try {
                File file = p.toFile();
                return Jsoup.parse(file, "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
