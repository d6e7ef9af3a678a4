package org.dateline.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open pages listening for Server-Sent Events. A page whose connection broke is dropped the
 * next time anything is sent.
 */
final class ReloadHub {

    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();

    void add(OutputStream client) throws IOException {
        client.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        client.flush();
        clients.add(client);
    }

    /** Tells every open page to reload. */
    void reload() {
        send("event: reload\ndata: build\n\n");
    }

    /** A comment line, so proxies and browsers keep idle connections open and dead ones are found. */
    void keepAlive() {
        send(": keep-alive\n\n");
    }

    int size() {
        return clients.size();
    }

    private void send(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        for (OutputStream client : clients) {
            try {
                client.write(bytes);
                client.flush();
            } catch (IOException e) {
                clients.remove(client);
                try {
                    client.close();
                } catch (IOException ignored) {
                    // already gone
                }
            }
        }
    }

    void closeAll() {
        for (OutputStream client : clients) {
            try {
                client.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
        clients.clear();
    }
}
