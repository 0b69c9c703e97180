// Generated from generators/java/tests/io/cognitionos/AsyncClientTest.java by generators/java. Do not edit: change that file.
package io.cognitionos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cognitionos.errors.BadRequestException;
import io.cognitionos.errors.CognitionOSTimeoutException;
import io.cognitionos.errors.NotFoundException;
import io.cognitionos.models.Execution;
import io.cognitionos.models.Tenant;
import io.cognitionos.models.TenantCreateParams;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** client.async(): the same calls without blocking; what differs is only how results and failures arrive. */
class AsyncClientTest extends StubTest {

    static Throwable failure(Runnable join) {
        return assertThrows(CompletionException.class, join::run).getCause();
    }

    @Test
    void aRetriedCreateKeepsItsKey() {
        stub.then(StubServer.json(503, "{}", ClientTest.AT_ONCE), StubServer.json(429, "{}", ClientTest.AT_ONCE), StubServer.json(201, ClientTest.TENANT));
        Tenant tenant = stub.client().build().async().tenants().create(TenantCreateParams.builder().name("Acme").build()).join();
        assertEquals("ten_1", tenant.id());
        assertEquals(1, stub.seen.stream().map(s -> s.headers.getFirst("Idempotency-Key")).distinct().count());
        assertEquals(List.of("-", "1", "2"), stub.seen.stream().map(s -> s.headers.getFirst("CognitionOS-Retry-Count") == null ? "-" : s.headers.getFirst("CognitionOS-Retry-Count")).collect(Collectors.toList()));
    }

    @Test
    void anErrorCompletesTheFutureWithTheMappedException() {
        stub.then(StubServer.json(404, "{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,\"detail\":\"No such tenant.\",\"request_id\":\"req_9\"}"));
        Throwable error = failure(() -> stub.client().build().async().tenants().retrieve("ten_x").join());
        assertInstanceOf(NotFoundException.class, error);
        assertEquals("req_9", ((NotFoundException) error).requestId());
    }

    @Test
    void aSlowAnswerIsATimeout() {
        stub.then(new StubServer.Answer(200, ClientTest.TENANT, Map.of(), 2000));
        CognitionOSClient client = stub.client().timeout(Duration.ofMillis(100)).maxRetries(0).build();
        assertInstanceOf(CognitionOSTimeoutException.class, failure(() -> client.async().tenants().retrieve("ten_1").join()));
    }

    @Test
    void idsThatWouldChangeTheRouteAreRefusedBeforeAnyRequest() {
        assertThrows(BadRequestException.class, () -> stub.client().build().async().tenants().delete(".."));
        assertEquals(0, stub.seen.size());
    }

    @Test
    void listsAndPolling() {
        stub.then(StubServer.json(200, ClientTest.page("ten_1,ten_2", "c1")), StubServer.json(200, ClientTest.page("ten_3", null)),
                StubServer.json(201, ClientTest.execution("queued")), StubServer.json(200, ClientTest.execution("succeeded")));
        CognitionOSClientAsync async = stub.client().build().async();
        List<String> ids = new java.util.concurrent.CopyOnWriteArrayList<>();
        async.tenants().list().thenCompose(page -> page.autoPager().forEach(tenant -> ids.add(tenant.id()))).join();
        assertEquals(List.of("ten_1", "ten_2", "ten_3"), ids);
        Execution done = async.workflows().executions().createAndPoll("wf_1", null, ClientTest.polling(Duration.ofSeconds(30))).join();
        assertEquals("succeeded", done.status().asString());
    }

    @Test
    void pollingGivesUpAfterMaxWait() {
        stub.then(StubServer.json(201, ClientTest.execution("running")));
        Throwable error = failure(() -> stub.client().build().async().workflows().executions().createAndPoll("wf_1", null, ClientTest.polling(Duration.ZERO)).join());
        assertEquals("Still running after 0 ms of polling", error.getMessage());
    }
}
