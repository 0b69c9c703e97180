package io.cognitionos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cognitionos.errors.CognitionOSIoException;
import io.cognitionos.errors.CognitionOSPollTimeoutException;
import io.cognitionos.errors.CognitionOSServiceException;
import io.cognitionos.errors.CognitionOSTimeoutException;
import io.cognitionos.errors.ConflictException;
import io.cognitionos.errors.NotFoundException;
import io.cognitionos.models.Execution;
import io.cognitionos.models.Tenant;
import io.cognitionos.models.TenantCreateParams;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 23: the short overloads' bodies, polling options, error bodies and messages, and the parity features. */
class Issue23Test extends StubTest {
    private static final String CONFLICT = "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"The execution has already finished.\"}";

    /** Every short overload of an operation that takes a body, sync and async, called without params. */
    private static final List<Consumer<CognitionOSClient>> SHORT_OVERLOADS = List.of(
            c -> c.workflows().executions().create("wf_1"),
            c -> c.workflows().update("wf_1"),
            c -> c.tenants().update("ten_1"),
            c -> c.tenants().plugins().update("ten_1", "plg_1"),
            c -> c.tenants().subscription().update("ten_1"),
            c -> c.async().workflows().executions().create("wf_1").join(),
            c -> c.async().workflows().update("wf_1").join(),
            c -> c.async().tenants().update("ten_1").join(),
            c -> c.async().tenants().plugins().update("ten_1", "plg_1").join(),
            c -> c.async().tenants().subscription().update("ten_1").join());

    @Test
    void anOperationWithABodySendsAnEmptyObjectWhenItsParamsAreOmitted() {
        CognitionOSClient client = stub.client().build();
        for (Consumer<CognitionOSClient> call : SHORT_OVERLOADS) {
            stub.then(StubServer.json(200, "{}"));
            call.accept(client);
        }
        assertEquals(SHORT_OVERLOADS.size(), stub.seen.size());
        for (StubServer.Seen seen : stub.seen) {
            assertEquals("{}", seen.body, seen.method + " " + seen.rawPath);
            assertEquals("application/json", seen.headers.getFirst("Content-Type"), seen.rawPath);
        }
    }

    @Test
    void createAndPollWithoutParamsSendsAnEmptyBody() {
        stub.then(StubServer.json(201, ClientTest.execution("succeeded")));
        stub.client().build().workflows().executions().createAndPoll("wf_1");
        assertEquals("{}", stub.seen.get(0).body);
    }

    @Test
    void createAndPollTakesRequestOptionsWithItsPollSettings() {
        stub.then(StubServer.json(201, ClientTest.execution("queued")), StubServer.json(200, ClientTest.execution("succeeded")));
        RequestOptions options = RequestOptions.builder().pollInterval(Duration.ofMillis(1)).pollTimeout(Duration.ofSeconds(30)).header("X-Team", "t").build();
        Execution done = stub.client().build().workflows().executions().createAndPoll("wf_1", null, options);
        assertEquals("succeeded", done.status().asString());
        assertEquals(List.of("t", "t"), stub.seen.stream().map(s -> s.headers.getFirst("X-Team")).collect(Collectors.toList()), "the options apply to the create and every read");
    }

    @Test
    void givingUpPollingIsItsOwnExceptionNotAnIoError() {
        stub.then(StubServer.json(201, ClientTest.execution("running")), StubServer.json(201, ClientTest.execution("running")));
        RequestOptions options = RequestOptions.builder().pollInterval(Duration.ofMillis(1)).pollTimeout(Duration.ZERO).build();
        CognitionOSPollTimeoutException error = assertThrows(CognitionOSPollTimeoutException.class,
                () -> stub.client().build().workflows().executions().createAndPoll("wf_1", null, options));
        assertFalse(CognitionOSIoException.class.isInstance(error));
        assertEquals("Still running after 0 ms of polling", error.getMessage());
        assertEquals("running", error.lastStatus());
        Throwable async = assertThrows(CompletionException.class,
                () -> stub.client().build().async().workflows().executions().createAndPoll("wf_1", null, options).join()).getCause();
        assertInstanceOf(CognitionOSPollTimeoutException.class, async);
    }

    @Test
    void anHtmlErrorPageFillsTitleAndStatusFromTheAnswer() {
        stub.then(new StubServer.Answer(404, "<html><body>Not here</body></html>", Map.of("Content-Type", "text/html"), 0));
        NotFoundException error = assertThrows(NotFoundException.class, () -> stub.client().build().tenants().retrieve("ten_1"));
        assertEquals(404, error.problem().orElseThrow().status());
        assertEquals("Not Found", error.problem().orElseThrow().title());
        assertEquals("GET /tenants/{tenant_id}: 404 Not Found: <html><body>Not here</body></html>", error.getMessage());
    }

    @Test
    void aRequiredPrimitiveLeftOutReadsAsZero() {
        stub.then(StubServer.json(404, "{\"title\":\"Not found\"}"));
        NotFoundException error = assertThrows(NotFoundException.class, () -> stub.client().build().tenants().retrieve("ten_1"));
        assertEquals(404, error.problem().orElseThrow().status(), "filled from the answer");
        assertEquals(0, new io.cognitionos.models.ProblemDetails(io.cognitionos.internal.Json.object()).status(), "no NullPointerException");
    }

    @Test
    void xShouldRetryFalseVetoesTheRetryTable() {
        stub.then(StubServer.json(409, CONFLICT, Map.of("Content-Type", "application/problem+json", "x-should-retry", "false", "Retry-After", "0")));
        ConflictException error = assertThrows(ConflictException.class, () -> stub.client().build().workflows().executions().cancel("wf_1", "exec_1"));
        assertEquals(1, stub.seen.size());
        assertEquals("POST /workflows/{workflow_id}/executions/{execution_id}/cancel: 409 Conflict: The execution has already finished.", error.getMessage());
    }

    @Test
    void xShouldRetryTrueRetriesAStatusTheTableDoesNot() {
        stub.then(StubServer.json(400, "{}", Map.of("x-should-retry", "true", "Retry-After", "0")), StubServer.json(200, ClientTest.TENANT));
        assertEquals("ten_1", stub.client().build().tenants().retrieve("ten_1").id());
        assertEquals(2, stub.seen.size());
    }

    @Test
    void aBadRequestListsEachFieldErrorOnce() {
        stub.then(StubServer.json(400, "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\"body.name: Required\","
                + "\"errors\":[{\"path\":\"body.name\",\"message\":\"Required\"}]}", Map.of("X-Request-Id", "req_7")));
        CognitionOSServiceException error = assertThrows(CognitionOSServiceException.class,
                () -> stub.client().build().tenants().create(TenantCreateParams.builder().name("").build()));
        assertEquals("POST /tenants: 400 Invalid request [body.name: Required] (request req_7)", error.getMessage());
    }

    @Test
    void aTimeoutNamesTheCallAndTheConfiguredTimeout() {
        stub.then(new StubServer.Answer(200, ClientTest.TENANT, Map.of(), 2000));
        RequestOptions options = RequestOptions.builder().timeout(Duration.ofMillis(150)).maxRetries(0).build();
        CognitionOSTimeoutException error = assertThrows(CognitionOSTimeoutException.class, () -> stub.client().build().tenants().retrieve("ten_1", options));
        assertEquals("GET /tenants/{tenant_id}: Request timed out after 150 ms", error.getMessage());
    }

    @Test
    void aProxySelectorRoutesTheDefaultClient() {
        stub.then(StubServer.json(200, ClientTest.TENANT));
        InetSocketAddress proxy = new InetSocketAddress("127.0.0.1", URI.create(stub.baseUrl()).getPort());
        CognitionOSClient client = CognitionOSClient.builder().apiKey(ClientTest.KEY).baseUrl("http://api.cognitionos.invalid/api/v3").proxy(ProxySelector.of(proxy)).build();
        assertEquals("ten_1", client.tenants().retrieve("ten_1").id());
        assertEquals("/api/v3/tenants/ten_1", stub.seen.get(0).rawPath, "the proxy got the request for the real host");
    }

    @Test
    void withRawResponseGivesStatusAndHeaders() {
        stub.then(StubServer.json(201, ClientTest.TENANT, Map.of("Content-Type", "application/json", "X-Request-Id", "req_raw")),
                StubServer.json(200, ClientTest.TENANT, Map.of("X-Request-Id", "req_raw2")));
        CognitionOSClient client = stub.client().build();
        RawResponse<Tenant> raw = client.tenants().withRawResponse().create(TenantCreateParams.builder().name("Acme").build());
        assertEquals(201, raw.statusCode());
        assertEquals("req_raw", raw.headers().firstValue("X-Request-Id").orElseThrow());
        assertEquals("ten_1", raw.data().id());
        assertEquals("req_raw2", client.async().tenants().withRawResponse().retrieve("ten_1").join().headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void interceptorsWrapEachAttempt() {
        stub.then(StubServer.json(503, "{}", ClientTest.AT_ONCE), StubServer.json(200, ClientTest.TENANT));
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Interceptor tagging = (request, chain) -> {
            seen.add(request.method() + " " + request.uri().getRawPath());
            java.net.http.HttpResponse<byte[]> response = chain.proceed(request);
            seen.add(Integer.toString(response.statusCode()));
            return response;
        };
        assertEquals("ten_1", stub.client().interceptor(tagging).build().tenants().retrieve("ten_1").id());
        assertEquals(List.of("GET /api/v3/tenants/ten_1", "503", "GET /api/v3/tenants/ten_1", "200"), seen);
    }

    @Test
    void asyncCallsGoThroughInterceptAsync() {
        stub.then(StubServer.json(200, ClientTest.TENANT));
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Interceptor counting = new Interceptor() {
            @Override
            public java.net.http.HttpResponse<byte[]> intercept(java.net.http.HttpRequest request, Chain chain) throws java.io.IOException, InterruptedException {
                seen.add("blocking");
                return chain.proceed(request);
            }

            @Override
            public java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<byte[]>> interceptAsync(java.net.http.HttpRequest request, AsyncChain chain) {
                seen.add("async " + request.method());
                return chain.proceed(request).thenApply(response -> {
                    seen.add(Integer.toString(response.statusCode()));
                    return response;
                });
            }
        };
        assertEquals("ten_1", stub.client().interceptor(counting).build().async().tenants().retrieve("ten_1").join().id());
        assertEquals(List.of("async GET", "200"), seen);
    }

    @Test
    void debugLoggingNamesEachAttemptAndNeverTheKey() {
        stub.then(StubServer.json(503, "{}", Map.of("Retry-After", "0", "X-Request-Id", "req_a")), StubServer.json(200, ClientTest.TENANT, Map.of("X-Request-Id", "req_b")));
        RecordingLogger logger = new RecordingLogger();
        stub.client().logger(logger).build().tenants().retrieve(ClientTest.KEY);
        assertEquals(2, logger.lines.size(), logger.lines.toString());
        assertTrue(logger.lines.get(0).matches("cognitionos: GET /api/v3/tenants/\\[redacted\\] -> 503 \\(request req_a, attempt 1, \\d+ ms\\)"), logger.lines.get(0));
        assertTrue(logger.lines.get(1).matches("cognitionos: GET /api/v3/tenants/\\[redacted\\] -> 200 \\(request req_b, attempt 2, \\d+ ms\\)"), logger.lines.get(1));
    }

    @Test
    void asyncPagesFetchTheNextPageWithoutBlocking() {
        stub.then(StubServer.json(200, ClientTest.page("ten_1,ten_2", "c1")), StubServer.json(200, ClientTest.page("ten_3", null)), StubServer.json(200, ClientTest.page("ten_3", null)));
        List<String> ids = new java.util.concurrent.CopyOnWriteArrayList<>();
        AsyncPage<Tenant> first = stub.client().build().async().tenants().list().join();
        first.autoPager().forEach(tenant -> ids.add(tenant.id())).join();
        assertEquals(List.of("ten_1", "ten_2", "ten_3"), ids);
        assertNull(first.nextPage().join().nextCursor());
    }

    /** A System.Logger that keeps every line it is given at any level. */
    static final class RecordingLogger implements System.Logger {
        final List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public String getName() {
            return "recording";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, java.util.ResourceBundle bundle, String message, Throwable thrown) {
            lines.add(message);
        }

        @Override
        public void log(Level level, java.util.ResourceBundle bundle, String format, Object... params) {
            lines.add(params == null || params.length == 0 ? format : java.text.MessageFormat.format(format, params));
        }
    }
}
