// Generated from generators/java/tests/io/cognitionos/StubServer.java by generators/java. Do not edit: change that file.
package io.cognitionos;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/** A loopback HTTP server that answers from a script, in order, and records every request it got. */
final class StubServer implements AutoCloseable {
    /** One scripted answer; delayMs holds it back (for timeouts). */
    static final class Answer {
        final int status;
        final String body;
        final Map<String, String> headers;
        final long delayMs;

        Answer(int status, String body, Map<String, String> headers, long delayMs) {
            this.status = status;
            this.body = body;
            this.headers = headers;
            this.delayMs = delayMs;
        }
    }

    /** What the server saw of one request. */
    static final class Seen {
        final String method;
        final String rawPath;
        final Headers headers;
        final String body;

        Seen(String method, String rawPath, Headers headers, String body) {
            this.method = method;
            this.rawPath = rawPath;
            this.headers = headers;
            this.body = body;
        }
    }

    private final HttpServer server;
    private final Deque<Answer> script = new ArrayDeque<>();
    final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());

    StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // One thread per request: a held-back answer must not hold up the retry that follows it.
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    static Answer json(int status, String body) {
        return new Answer(status, body, Map.of("Content-Type", "application/json"), 0);
    }

    static Answer json(int status, String body, Map<String, String> headers) {
        return new Answer(status, body, headers, 0);
    }

    StubServer then(Answer... answers) {
        synchronized (script) {
            Collections.addAll(script, answers);
        }
        return this;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v3";
    }

    CognitionOSClient.Builder client() {
        return CognitionOSClient.builder().apiKey(ClientTest.KEY).baseUrl(baseUrl());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath() + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders(), body));
        Answer answer;
        synchronized (script) {
            answer = script.isEmpty() ? json(500, "{\"title\":\"script exhausted\"}") : script.poll();
        }
        try {
            Thread.sleep(answer.delayMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        answer.headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = answer.body.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(answer.status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) out.write(bytes);
        } catch (IOException clientGone) {
            // The client timed out and closed the connection: nothing to answer.
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
