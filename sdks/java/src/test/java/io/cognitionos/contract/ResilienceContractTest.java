// Generated from generators/java/contract/ResilienceContractTest.java by generators/java. Do not edit: change that file.
package io.cognitionos.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cognitionos.CognitionOSClient;
import io.cognitionos.RequestOptions;
import io.cognitionos.errors.CognitionOSTimeoutException;
import io.cognitionos.errors.RateLimitException;
import io.cognitionos.models.DelayStep;
import io.cognitionos.models.Memory;
import io.cognitionos.models.MemoryCreateParams;
import io.cognitionos.models.MemoryScope;
import io.cognitionos.models.Tenant;
import io.cognitionos.models.TenantCreateParams;
import io.cognitionos.models.TenantListParams;
import io.cognitionos.models.TenantStatus;
import io.cognitionos.models.Workflow;
import io.cognitionos.models.WorkflowStep;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResilienceContractTest {
    final CognitionOSClient admin = ContractEnv.admin();

    static List<String> tenantIdsNamed(CognitionOSClient client, String name) {
        return client.tenants().list(TenantListParams.builder().limit(100).build()).autoPager().stream()
                .filter(t -> t.name().equals(name)).map(Tenant::id).collect(Collectors.toList());
    }

    @Test
    @DisplayName("idempotency.replay")
    void sameKeySameObject() {
        String name = ContractEnv.unique("replay");
        RequestOptions options = RequestOptions.builder().idempotencyKey(ContractEnv.unique("idem")).build();
        Tenant first = admin.tenants().create(TenantCreateParams.builder().name(name).build(), options);
        Tenant second = admin.tenants().create(TenantCreateParams.builder().name(name).build(), options);
        assertEquals(first.id(), second.id());
        assertEquals(List.of(first.id()), tenantIdsNamed(admin, name));
    }

    @Test
    @DisplayName("headers.case_insensitive")
    void aCallersKeyHeaderInAnyCaseWins() throws IOException {
        String name = ContractEnv.unique("header");
        String key = ContractEnv.unique("own");
        try (RecordingProxy proxy = new RecordingProxy(ContractEnv.get("COGNITIONOS_BASE_URL"), 0)) {
            CognitionOSClient client = CognitionOSClient.builder().apiKey(ContractEnv.get("COGNITIONOS_ADMIN_KEY")).baseUrl(proxy.baseUrl()).build();
            Tenant first = client.tenants().create(TenantCreateParams.builder().name(name).build(), RequestOptions.builder().header("idempotency-KEY", key).build());
            Tenant replay = client.tenants().create(TenantCreateParams.builder().name(name).build(), RequestOptions.builder().header("IDEMPOTENCY-key", key).build());
            assertEquals(first.id(), replay.id());
            for (var headers : proxy.seen) {
                List<String> sent = headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Idempotency-Key")).flatMap(h -> h.getValue().stream()).collect(Collectors.toList());
                assertEquals(List.of(key), sent);
            }
        }
        assertEquals(1, tenantIdsNamed(admin, name).size());
    }

    @Test
    @DisplayName("retries.rate_limit")
    void rateLimitIsWaitedOut() {
        CognitionOSClient limited = ContractEnv.admin("COGNITIONOS_LIMITED_BASE_URL");
        RequestOptions noRetries = RequestOptions.builder().maxRetries(0).build();
        TenantListParams one = TenantListParams.builder().limit(1).build();
        RateLimitException error = assertThrows(RateLimitException.class, () -> {
            for (int i = 0; i < 10; i++) limited.tenants().list(one, noRetries); // the limit is 3 per second: the burst meets it
        });
        assertTrue(Integer.parseInt(error.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        for (int i = 0; i < 6; i++) assertNotNull(limited.tenants().list(one).data(), "over the limit again, now with retries: every call ends well");
    }

    @Test
    @DisplayName("retries.timeout")
    void slowAnswerTimesOut() {
        CognitionOSClient slow = CognitionOSClient.builder().apiKey(ContractEnv.get("COGNITIONOS_ADMIN_KEY")).baseUrl(ContractEnv.get("COGNITIONOS_SLOW_BASE_URL"))
                .timeout(Duration.ofMillis(500)).maxRetries(0).build();
        CognitionOSTimeoutException error = assertThrows(CognitionOSTimeoutException.class, () -> slow.tenants().list());
        assertEquals("GET /tenants: Request timed out after 500 ms", error.getMessage());
    }

    @Test
    @DisplayName("retries.idempotency_key_stable")
    void everyRetryCarriesTheSameKey() throws IOException {
        String name = ContractEnv.unique("retried");
        Tenant created;
        List<String> keys;
        List<String> counts;
        try (RecordingProxy proxy = new RecordingProxy(ContractEnv.get("COGNITIONOS_BASE_URL"), 2)) {
            CognitionOSClient client = CognitionOSClient.builder().apiKey(ContractEnv.get("COGNITIONOS_ADMIN_KEY")).baseUrl(proxy.baseUrl()).build();
            created = client.tenants().create(TenantCreateParams.builder().name(name).build());
            keys = proxy.seen.stream().map(h -> first(h, "Idempotency-Key")).collect(Collectors.toList());
            counts = proxy.seen.stream().map(h -> first(h, "CognitionOS-Retry-Count")).collect(Collectors.toList());
        }
        assertEquals(3, keys.size());
        assertNotNull(keys.get(0));
        assertEquals(1, keys.stream().distinct().count(), keys.toString());
        assertEquals(List.of("-", "1", "2"), counts);
        assertEquals(List.of(created.id()), tenantIdsNamed(admin, name));
    }

    static String first(java.util.Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(h -> h.getValue().get(0)).findFirst().orElse("-");
    }

    @Test
    @DisplayName("compat.newer_server")
    void readsFromANewerServer() {
        CognitionOSClient newerAdmin = ContractEnv.admin("COGNITIONOS_NEWER_BASE_URL");
        ContractEnv.TenantAccess access = ContractEnv.newTenant("COGNITIONOS_NEWER_BASE_URL");
        Tenant tenant = newerAdmin.tenants().retrieve(access.tenant.id());
        assertEquals("archived", tenant.status().asString());
        assertEquals(TenantStatus.Value._UNKNOWN, tenant.status().value());
        assertEquals("added by a newer server", tenant._additionalProperties().get("newer_field"));
        assertTrue(newerAdmin.tenants().list(TenantListParams.builder().limit(100).build()).autoPager().stream().anyMatch(t -> t.id().equals(tenant.id())));
        assertNotNull(newerAdmin.tenants().subscription().retrieve(tenant.id())._additionalProperties().get("newer_field"));
        newerAdmin.tenants().apiKeys().list(tenant.id()).autoPager().forEach(k -> assertNotNull(k._additionalProperties().get("newer_field")));

        CognitionOSClient client = access.client;
        Workflow workflow = client.workflows().create(WorkflowsContractTest.delayed("newer", 1));
        for (Workflow read : List.of(client.workflows().retrieve(workflow.id()), client.workflows().list().data().get(0))) {
            DelayStep known = read.steps().get(0).delay().orElseThrow();
            assertNotNull(known._additionalProperties().get("newer_field"));
            WorkflowStep unknown = read.steps().get(1);
            assertEquals("webhook", unknown.type());
            assertFalse(unknown.isDelay() || unknown.isMemoryWrite() || unknown.isUsageRecord());
            assertEquals("https://hooks.example/x", unknown._json().get("url"));
        }
        Memory memory = client.memories().create(MemoryCreateParams.builder().scope(MemoryScope.SHARED).content("From the future.").build());
        assertNotNull(client.memories().retrieve(memory.id())._additionalProperties().get("newer_field"));
        assertNotNull(client.health().check()._additionalProperties().get("newer_field"));
    }

    @Test
    @DisplayName("faults.no_loss_no_duplicate")
    void faultsLoseAndDuplicateNothing() throws InterruptedException, ExecutionException {
        // The tenant and its key come from the fault-free server (same store); only the creates meet faults.
        ContractEnv.TenantAccess access = ContractEnv.newTenant("COGNITIONOS_FAULTFREE_BASE_URL");
        // A timeout under the injected 1.5 s delay, so delays become timeouts that are retried too.
        CognitionOSClient faulty = CognitionOSClient.builder().apiKey(access.key).baseUrl(ContractEnv.get("COGNITIONOS_FAULTY_BASE_URL"))
                .maxRetries(10).timeout(Duration.ofSeconds(1)).build();
        String prefix = ContractEnv.unique("fault");
        List<String> markers = IntStream.range(0, 100).mapToObj(i -> String.format("%s-%03d", prefix, i)).collect(Collectors.toList());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> creates = new ArrayList<>();
        try {
            for (String marker : markers) {
                creates.add(pool.submit(() -> faulty.memories().create(MemoryCreateParams.builder().scope(MemoryScope.SHARED).content(marker).build()).id()));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> create : creates) ids.add(create.get());
            assertEquals(100, ids.stream().distinct().count());
        } finally {
            pool.shutdownNow();
        }
        List<String> stored = access.client.memories().list().autoPager().stream().map(Memory::content).filter(c -> c.startsWith(prefix)).sorted().collect(Collectors.toList());
        assertEquals(markers, stored, "each exactly once");
    }
}
