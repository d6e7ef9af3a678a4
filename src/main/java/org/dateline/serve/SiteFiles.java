package org.dateline.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Maps request paths to files under the site folder, and only there: no {@code ..} (plain or
 * percent-encoded), no encoded slashes or backslashes, no NUL, no absolute paths, no symbolic link
 * that leads outside, and none of the hidden files that are Dateline's and not the site's.
 */
final class SiteFiles {

    /** What a request path leads to. */
    sealed interface Found permits File, Redirect, Missing, BadRequest {
    }

    record File(Path path, String contentType) implements Found {
    }

    /** A folder asked for without its trailing slash: relative links inside need the slash. */
    record Redirect(String location) implements Found {
    }

    record Missing() implements Found {
    }

    record BadRequest(String reason) implements Found {
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"), Map.entry("woff2", "font/woff2"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("mp4", "video/mp4"));

    private final Path root;

    SiteFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Found find(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return new BadRequest("the path must start with /");
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || rawPath.contains("\\")) {
            return new BadRequest("encoded slashes, backslashes and NUL are not allowed in paths");
        }
        String path;
        try {
            path = java.net.URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new BadRequest("the path is not valid percent-encoding");
        }
        if (path.indexOf('\0') >= 0) {
            return new BadRequest("NUL is not allowed in paths");
        }
        for (String part : path.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                return new BadRequest("'.' and '..' are not allowed in paths");
            }
            if (part.startsWith(".")) {
                // A build writes no hidden file into a site: the one there is its own marker
                // (.dateline-output), which is not a page of the site.
                return new Missing();
            }
        }
        Path target = root.resolve(path.substring(1)).normalize();
        if (!target.startsWith(root)) {
            return new BadRequest("the path leads outside the site");
        }
        try {
            if (Files.isDirectory(target)) {
                if (!path.endsWith("/")) {
                    return new Redirect(rawPath + "/");
                }
                target = target.resolve("index.html");
            }
            if (!Files.isRegularFile(target)) {
                return new Missing();
            }
            if (!target.toRealPath().startsWith(root.toRealPath())) {
                return new Missing(); // a symbolic link out of the site: as if it were not there
            }
        } catch (IOException e) {
            return new Missing();
        }
        return new File(target, typeOf(target));
    }

    /** The site's own 404 page, if it has one. */
    Path notFoundPage() {
        Path page = root.resolve("404.html");
        return Files.isRegularFile(page, LinkOption.NOFOLLOW_LINKS) ? page : null;
    }

    static String typeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
