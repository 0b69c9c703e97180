package io.cognitionos;

import static io.cognitionos.PolicyData.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognitionos.errors.BadRequestException;
import io.cognitionos.errors.CognitionOSIoException;
import io.cognitionos.errors.CognitionOSPollTimeoutException;
import io.cognitionos.errors.CognitionOSServiceException;
import io.cognitionos.errors.CognitionOSTimeoutException;
import io.cognitionos.internal.SdkInfo;
import io.cognitionos.models.DelayStep;
import io.cognitionos.models.Execution;
import io.cognitionos.models.Tenant;
import io.cognitionos.models.TenantCreateParams;
import io.cognitionos.models.TenantListParams;
import io.cognitionos.models.TenantStatus;
import io.cognitionos.models.Workflow;
import io.cognitionos.models.WorkflowCreateParams;
import io.cognitionos.models.WorkflowStep;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientTest extends StubTest {
    static final String KEY = "cog_test_secret_0123456789abcdef";
    static final String TENANT = "{\"id\":\"ten_1\",\"name\":\"Acme\",\"slug\":\"acme\",\"status\":\"active\",\"metadata\":{},"
            + "\"created_at\":\"2026-11-23T09:00:00.000Z\",\"updated_at\":\"2026-11-23T09:00:00.000Z\"}";
    /** Retry-After 0: a retried answer is retried at once, so the tests do not wait out the backoff. */
    static final Map<String, String> AT_ONCE = Map.of("Content-Type", "application/problem+json", "Retry-After", "0");


    static Stream<Arguments> errorRows() {
        return StreamSupport.stream(POLICY.get("errors").spliterator(), false).flatMap(row -> {
            String status = row.get("status").asText();
            // A status family stands for each of its members; two of them prove the family.
            int family = Character.digit(status.charAt(0), 10) * 100;
            Stream<Integer> statuses = status.endsWith("xx") ? Stream.of(family, family + 3) : Stream.of(Integer.parseInt(status));
            return statuses.map(code -> Arguments.of(code, row.get("class").asText() + "Exception"));
        });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("errorRows")
    void statusTableNamesTheException(int status, String exceptionClass) {
        stub.then(StubServer.json(status, "{\"type\":\"about:blank\",\"title\":\"Went wrong\",\"status\":" + status
                + ",\"detail\":\"Because\",\"request_id\":\"req_body\"}", Map.of("Content-Type", "application/problem+json", "X-Request-Id", "req_42")));
        CognitionOSClient client = stub.client().maxRetries(0).build();
        CognitionOSServiceException error = assertThrows(CognitionOSServiceException.class, () -> client.tenants().retrieve("ten_1"));
        assertEquals(exceptionClass, error.getClass().getSimpleName());
        assertEquals(status, error.statusCode());
        assertEquals("req_42", error.requestId());
        assertEquals("Went wrong", error.problem().orElseThrow().title());
        assertTrue(error.getMessage().contains("req_42"), error.getMessage());
        assertFalse(error.toString().contains(KEY));
    }

    @Test
    void fieldErrorsAreNamedInTheMessage() {
        stub.then(StubServer.json(400, "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\"body.name: Required\","
                + "\"request_id\":\"req_7\",\"errors\":[{\"path\":\"body.name\",\"message\":\"Required\"}]}"));
        CognitionOSServiceException error = assertThrows(CognitionOSServiceException.class,
                () -> stub.client().build().tenants().create(TenantCreateParams.builder().name("").build()));
        assertEquals("body.name", error.problem().orElseThrow().errors().orElseThrow().get(0).path());
        assertTrue(error.getMessage().contains("[body.name: Required]"), error.getMessage());
        assertTrue(error.getMessage().contains("req_7"), "the body's request_id stands in for a missing header");
    }

    @Test
    void aBodyThatIsNotJsonIsKeptShortenedAsTheDetail() {
        int max = POLICY.get("rawDetailMaxChars").asInt();
        String page = "<html>" + "x".repeat(max * 2) + "</html>";
        stub.then(new StubServer.Answer(502, page, Map.of("Content-Type", "text/html", "X-Request-Id", "req_html"), 0));
        CognitionOSServiceException error = assertThrows(CognitionOSServiceException.class, () -> stub.client().maxRetries(0).build().tenants().list());
        assertEquals(page.substring(0, max), error.problem().orElseThrow().detail());
        assertEquals("GET /tenants: 502 Bad Gateway: " + page.substring(0, max) + " (request req_html)", error.getMessage());
    }

    @Test
    void aKeyEchoedByTheServerIsRedacted() {
        stub.then(StubServer.json(401, "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"bad key " + KEY + "\",\"request_id\":\"r\"}"));
        CognitionOSServiceException error = assertThrows(CognitionOSServiceException.class, () -> stub.client().build().tenants().list());
        assertFalse(error.getMessage().contains(KEY), error.getMessage());
    }

    /** The statuses the policy retries (its list, plus two server errors), and ones it must not. */
    static IntStream retriedStatuses() {
        return IntStream.concat(StreamSupport.stream(POLICY.at("/retries/statuses").spliterator(), false).mapToInt(JsonNode::asInt), IntStream.of(500, 503));
    }

    @ParameterizedTest(name = "{0} is retried")
    @MethodSource("retriedStatuses")
    void transientStatusesAreRetriedWithACount(int status) {
        stub.then(StubServer.json(status, "{}", AT_ONCE), StubServer.json(status, "{}", AT_ONCE), StubServer.json(200, TENANT));
        assertEquals("ten_1", stub.client().build().tenants().retrieve("ten_1").id());
        assertEquals(POLICY.at("/retries/maxRetries").asInt() + 1, stub.seen.size());
        String header = POLICY.at("/retries/retryCountHeader").asText();
        assertEquals(List.of("-", "1", "2"), stub.seen.stream().map(s -> s.headers.getFirst(header) == null ? "-" : s.headers.getFirst(header)).collect(Collectors.toList()));
    }

    @ParameterizedTest(name = "{0} is not retried")
    @ValueSource(ints = {400, 401, 403, 404, 422})
    void otherStatusesAreNot(int status) {
        stub.then(StubServer.json(status, "{}", AT_ONCE), StubServer.json(200, TENANT));
        assertThrows(CognitionOSServiceException.class, () -> stub.client().build().tenants().retrieve("ten_1"));
        assertEquals(1, stub.seen.size());
    }

    @Test
    void retriesStopAtTheBudget() {
        stub.then(StubServer.json(503, "{}", AT_ONCE), StubServer.json(503, "{}", AT_ONCE), StubServer.json(200, TENANT));
        RequestOptions once = RequestOptions.builder().maxRetries(1).build();
        assertThrows(CognitionOSServiceException.class, () -> stub.client().build().tenants().retrieve("ten_1", once));
        assertEquals(2, stub.seen.size());
    }

    @Test
    void everyPostCarriesOneIdempotencyKeyAcrossItsRetries() {
        stub.then(StubServer.json(503, "{}", AT_ONCE), StubServer.json(409, "{}", AT_ONCE), StubServer.json(201, TENANT));
        stub.client().build().tenants().create(TenantCreateParams.builder().name("Acme").build());
        String header = POLICY.at("/idempotency/header").asText();
        List<String> keys = stub.seen.stream().map(s -> s.headers.getFirst(header)).collect(Collectors.toList());
        assertEquals(3, keys.size());
        assertTrue(keys.get(0).startsWith(POLICY.at("/idempotency/keyPrefix").asText()), keys.get(0));
        assertEquals(1, keys.stream().distinct().count(), keys.toString());
        assertEquals("{\"name\":\"Acme\"}", stub.seen.get(0).body);
    }

    @Test
    void aCallersIdempotencyKeyIsSentAsGiven() {
        stub.then(StubServer.json(201, TENANT));
        RequestOptions options = RequestOptions.builder().idempotencyKey("mine-1").header("X-Trace", "t1").build();
        stub.client().build().tenants().create(TenantCreateParams.builder().name("Acme").build(), options);
        assertEquals("mine-1", stub.seen.get(0).headers.getFirst("Idempotency-Key"));
        assertEquals("t1", stub.seen.get(0).headers.getFirst("X-Trace"));
    }

    @ParameterizedTest(name = "header {0}")
    @ValueSource(strings = {"Idempotency-Key", "idempotency-key", "IDEMPOTENCY-KEY"})
    void aCallersKeyHeaderInAnyCaseReplacesTheGeneratedOne(String name) {
        stub.then(StubServer.json(201, TENANT));
        stub.client().build().tenants().create(TenantCreateParams.builder().name("Acme").build(), RequestOptions.builder().header(name, "mine-2").build());
        assertEquals(List.of("mine-2"), stub.seen.get(0).headers.get("Idempotency-Key"));
    }

    @Test
    void aFailedPostExposesTheKeyItWasSentWith() {
        stub.then(StubServer.json(422, "{\"title\":\"Unprocessable\",\"status\":422}"));
        CognitionOSServiceException error = assertThrows(CognitionOSServiceException.class,
                () -> stub.client().build().tenants().create(TenantCreateParams.builder().name("Acme").build()));
        assertEquals(stub.seen.get(0).headers.getFirst("Idempotency-Key"), error.idempotencyKey());
    }

    @Test
    void aPatchIsNeverRetried() {
        stub.then(StubServer.json(503, "{}", AT_ONCE), StubServer.json(200, TENANT));
        assertThrows(CognitionOSServiceException.class, () -> stub.client().build().tenants().update("ten_1", io.cognitionos.models.TenantUpdateParams.builder().name("B").build()));
        assertEquals(1, stub.seen.size());
        assertNull(stub.seen.get(0).headers.getFirst("Idempotency-Key"));
    }

    @Test
    void aSlowAnswerIsATimeout() {
        stub.then(new StubServer.Answer(200, TENANT, Map.of(), 2000));
        CognitionOSClient client = stub.client().timeout(Duration.ofMillis(100)).maxRetries(0).build();
        CognitionOSTimeoutException error = assertThrows(CognitionOSTimeoutException.class, () -> client.tenants().retrieve("ten_1"));
        assertEquals("GET /tenants/{tenant_id}: Request timed out after 100 ms", error.getMessage());
    }

    @Test
    void aTimeoutIsRetried() {
        stub.then(new StubServer.Answer(200, TENANT, Map.of(), 2000), StubServer.json(200, TENANT));
        CognitionOSClient client = stub.client().timeout(Duration.ofMillis(200)).build();
        assertEquals("ten_1", client.tenants().retrieve("ten_1").id());
        assertEquals(2, stub.seen.size());
    }

    @Test
    void aRefusedConnectionIsAnIoError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CognitionOSClient client = CognitionOSClient.builder().apiKey(KEY).baseUrl("http://127.0.0.1:" + closedPort + "/api/v3").maxRetries(0).build();
        CognitionOSIoException error = assertThrows(CognitionOSIoException.class, () -> client.tenants().list());
        assertTrue(error.getMessage().startsWith("GET /tenants: Connection error: ConnectException"), error.getMessage());
    }

    @Test
    void listsPageWithTheSameParamsAndTheNextCursor() {
        stub.then(StubServer.json(200, page("ten_1,ten_2", "c1")), StubServer.json(200, page("ten_3,ten_4", "c2")), StubServer.json(200, page("ten_5", null)));
        Page<Tenant> first = stub.client().build().tenants().list(TenantListParams.builder().limit(2).build());
        assertEquals(2, first.data().size());
        assertTrue(first.hasMore());
        assertEquals("c1", first.nextCursor());
        List<String> ids = new ArrayList<>();
        for (Tenant tenant : first.autoPager()) ids.add(tenant.id());
        assertEquals(List.of("ten_1", "ten_2", "ten_3", "ten_4", "ten_5"), ids);
        assertEquals(List.of("/api/v3/tenants?limit=2", "/api/v3/tenants?limit=2&cursor=c1", "/api/v3/tenants?limit=2&cursor=c2"),
                stub.seen.stream().map(s -> s.rawPath).collect(Collectors.toList()));
    }

    @Test
    void queryValuesAreEncodedAndNullsLeftOut() {
        stub.then(StubServer.json(200, page("ten_1", null)));
        stub.client().build().memories().list(io.cognitionos.models.MemoryListParams.builder().tag("a b&c").agentId(null).scope(io.cognitionos.models.MemoryScope.SHARED).build());
        assertEquals("/api/v3/memories?tag=a%20b%26c&scope=shared", stub.seen.get(0).rawPath);
    }

    @Test
    void theLastPageHasNoNextPage() {
        stub.then(StubServer.json(200, page("ten_1", null)));
        Page<Tenant> only = stub.client().build().tenants().list();
        assertEquals(1, only.autoPager().stream().count());
        assertThrows(NoSuchElementException.class, only::nextPage);
    }

    static String page(String ids, String cursor) {
        String data = Stream.of(ids.split(",")).map(id -> TENANT.replace("ten_1", id)).collect(Collectors.joining(","));
        return "{\"data\":[" + data + "],\"has_more\":" + (cursor != null) + ",\"next_cursor\":" + (cursor == null ? "null" : "\"" + cursor + "\"") + "}";
    }

    @Test
    void unknownFieldsAndEnumValuesStayReachable() {
        stub.then(StubServer.json(200, TENANT.replace("\"active\"", "\"archived\"").replace("{\"id\"", "{\"newer_field\":\"x\",\"id\"")));
        Tenant tenant = stub.client().build().tenants().retrieve("ten_1");
        assertEquals("archived", tenant.status().asString());
        assertEquals(TenantStatus.Value._UNKNOWN, tenant.status().value());
        assertEquals(Map.of("newer_field", "x"), tenant._additionalProperties());
        assertEquals(TenantStatus.ACTIVE, TenantStatus.of("active"));
    }

    @Test
    void unknownStepTypesStayReachable() {
        stub.then(StubServer.json(200, "{\"id\":\"wf_1\",\"name\":\"w\",\"description\":\"\",\"created_at\":\"2026-11-23T09:00:00Z\",\"updated_at\":\"2026-11-23T09:00:00Z\","
                + "\"steps\":[{\"type\":\"delay\",\"duration_ms\":25,\"newer_field\":1},{\"type\":\"webhook\",\"url\":\"https://hooks.example/x\"}]}"));
        Workflow workflow = stub.client().build().workflows().retrieve("wf_1");
        DelayStep delay = workflow.steps().get(0).delay().orElseThrow();
        assertEquals(25, delay.durationMs());
        assertEquals(1, delay._additionalProperties().get("newer_field"));
        WorkflowStep unknown = workflow.steps().get(1);
        assertEquals("webhook", unknown.type());
        assertFalse(unknown.isDelay() || unknown.isMemoryWrite() || unknown.isUsageRecord());
        assertEquals("https://hooks.example/x", unknown._json().get("url"));
    }

    @Test
    void stepVariantsAreWrittenWithTheirType() {
        stub.then(StubServer.json(201, "{}"));
        stub.client().build().workflows().create(WorkflowCreateParams.builder().name("w").addStep(DelayStep.builder().durationMs(25).build()).build());
        assertEquals("{\"name\":\"w\",\"steps\":[{\"type\":\"delay\",\"duration_ms\":25}]}", stub.seen.get(0).body);
    }

    @Test
    void missingRequiredParamsAreNamedBeforeAnyRequest() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> TenantCreateParams.builder().build());
        assertTrue(error.getMessage().contains("name"), error.getMessage());
    }

    @ParameterizedTest(name = "id \"{0}\" is refused")
    @ValueSource(strings = {"", ".", ".."})
    void idsThatWouldChangeTheRouteAreRefused(String id) {
        BadRequestException error = assertThrows(BadRequestException.class, () -> stub.client().build().tenants().apiKeys().retrieve("ten_1", id));
        assertEquals("keyId must be a non-empty id that is not '.' or '..'; got \"" + id + "\"", error.getMessage());
        assertEquals("path.key_id", error.problem().orElseThrow().errors().orElseThrow().get(0).path());
        assertEquals(0, error.statusCode());
        assertEquals(0, stub.seen.size());
    }

    @Test
    void anIdIsExactlyOneSegment() {
        stub.then(StubServer.json(200, TENANT));
        stub.client().build().tenants().retrieve("a/b?c#d%e f");
        assertEquals("/api/v3/tenants/a%2Fb%3Fc%23d%25e%20f", stub.seen.get(0).rawPath);
    }

    @Test
    void requestsCarryAuthTelemetryAndCustomHeaders() {
        stub.then(StubServer.json(200, TENANT));
        stub.client().header("X-Team", "research").build().tenants().retrieve("ten_1");
        StubServer.Seen seen = stub.seen.get(0);
        assertEquals("Bearer " + KEY, seen.headers.getFirst("Authorization"));
        assertEquals("research", seen.headers.getFirst("X-Team"));
        String userAgent = POLICY.get("userAgent").asText().replace("{language}", "java").replace("{version}", SdkInfo.VERSION).replace("{runtime}", "java");
        String[] around = userAgent.split(Pattern.quote("{runtime_version}"));
        assertTrue(seen.headers.getFirst("User-Agent").startsWith(around[0]), seen.headers.getFirst("User-Agent"));
        assertEquals(around[0] + System.getProperty("java.version") + around[1], seen.headers.getFirst("User-Agent"));
    }

    /** Poll every millisecond, giving up after maxWait. */
    static RequestOptions polling(Duration maxWait) {
        return RequestOptions.builder().pollInterval(Duration.ofMillis(1)).pollTimeout(maxWait).build();
    }

    static String execution(String status) {
        return "{\"id\":\"exec_1\",\"workflow_id\":\"wf_1\",\"status\":\"" + status + "\",\"input\":{},\"output\":null,\"error\":null,\"steps\":[],"
                + "\"created_at\":\"2026-11-23T09:00:00Z\",\"started_at\":null,\"finished_at\":null}";
    }

    @Test
    void createAndPollReadsUntilATerminalStatus() {
        stub.then(StubServer.json(201, execution("queued")), StubServer.json(200, execution("running")), StubServer.json(200, execution("succeeded")));
        Execution done = stub.client().build().workflows().executions().createAndPoll("wf_1", null, polling(Duration.ofSeconds(30)));
        assertEquals("succeeded", done.status().asString());
        assertEquals(List.of("POST", "GET", "GET"), stub.seen.stream().map(s -> s.method).collect(Collectors.toList()));
        assertEquals("/api/v3/workflows/wf_1/executions/exec_1", stub.seen.get(2).rawPath);
    }

    @Test
    void createAndPollGivesUpAfterMaxWait() {
        stub.then(StubServer.json(201, execution("running")));
        CognitionOSPollTimeoutException error = assertThrows(CognitionOSPollTimeoutException.class,
                () -> stub.client().build().workflows().executions().createAndPoll("wf_1", null, polling(Duration.ZERO)));
        assertEquals("Still running after 0 ms of polling", error.getMessage());
    }
}
