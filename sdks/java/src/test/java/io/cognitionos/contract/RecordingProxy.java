// Generated from generators/java/contract/RecordingProxy.java by generators/java. Do not edit: change that file.
package io.cognitionos.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loopback proxy for the retry scenario: answers the first N requests with 503 itself, forwards the
 * rest to the real server, and records every request's headers, so a test sees what each retry carried.
 */
final class RecordingProxy implements AutoCloseable {
    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "upgrade", "expect");
    private static final List<String> ANSWER_HEADERS = List.of("Content-Type", "X-Request-Id", "CognitionOS-Spec-Version", "Idempotent-Replayed", "x-should-retry");

    private final HttpServer server;
    private final String targetOrigin;
    private final int failFirst;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final List<Map<String, List<String>>> seen = Collections.synchronizedList(new ArrayList<>());

    RecordingProxy(String targetBaseUrl, int failFirst) throws IOException {
        URI target = URI.create(targetBaseUrl);
        this.targetOrigin = target.getScheme() + "://" + target.getAuthority();
        this.failFirst = failFirst;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v3";
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        boolean failing;
        synchronized (seen) {
            seen.add(Map.copyOf(exchange.getRequestHeaders()));
            failing = seen.size() <= failFirst;
        }
        if (failing) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(targetOrigin + exchange.getRequestURI()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase())) values.forEach(value -> forward.header(name, value));
        });
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        ANSWER_HEADERS.forEach(name -> answer.headers().firstValue(name).ifPresent(value -> exchange.getResponseHeaders().add(name, value)));
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) out.write(answer.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
