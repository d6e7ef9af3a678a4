package org.dateline.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A built site served over HTTP on loopback, as a static host would: a folder by its
 * {@code index.html}, anything else a 404. For browser tests, which need http:// for what
 * file:// does not allow (fetch); the JDK's own server, as the project targets Java 17.
 */
public final class StaticServer implements AutoCloseable {

    private final HttpServer server;
    private final String prefix;

    private StaticServer(HttpServer server, String prefix) {
        this.server = server;
        this.prefix = prefix;
    }

    /** Serves {@code site} at {@code prefix} ("/" or "/archive/") on a free port of 127.0.0.1. */
    public static StaticServer serve(Path site, String prefix) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(prefix, exchange -> {
            String path = exchange.getRequestURI().getPath().substring(prefix.length());
            Path file = site.resolve(path).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            byte[] body;
            int status = 200;
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                status = 404;
                body = "not found".getBytes(StandardCharsets.UTF_8);
            } else {
                body = Files.readAllBytes(file);
            }
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : name.endsWith(".css") ? "text/css; charset=utf-8"
                    : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new StaticServer(server, prefix);
    }

    /** The absolute URL of {@code path} under the prefix ({@code ""} for the site's root). */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
