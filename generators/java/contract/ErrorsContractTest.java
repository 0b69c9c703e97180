package io.cognitionos.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cognitionos.CognitionOSClient;
import io.cognitionos.RequestOptions;
import io.cognitionos.errors.AuthenticationException;
import io.cognitionos.errors.CognitionOSIoException;
import io.cognitionos.errors.CognitionOSServiceException;
import io.cognitionos.errors.CognitionOSTimeoutException;
import io.cognitionos.errors.NotFoundException;
import io.cognitionos.models.FieldError;
import io.cognitionos.models.Memory;
import io.cognitionos.models.MemoryCreateParams;
import io.cognitionos.models.MemoryScope;
import io.cognitionos.models.Tenant;
import io.cognitionos.models.TenantCreateParams;
import io.cognitionos.models.Workflow;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ErrorsContractTest {
    static final String UNKNOWN_TENANT = "ten_doesnotexist0000000000000";
    final CognitionOSClient admin = ContractEnv.admin();

    @Test
    @DisplayName("errors.bad_request")
    void badInputNamesTheField() {
        // Straight to the server: the validating proxy would refuse this request itself.
        CognitionOSClient direct = ContractEnv.admin("COGNITIONOS_DIRECT_BASE_URL");
        CognitionOSServiceException error = assertThrows(CognitionOSServiceException.class, () -> direct.tenants().create(TenantCreateParams.builder().name("").build()));
        assertTrue(List.of(400, 422).contains(error.statusCode()), Integer.toString(error.statusCode()));
        List<String> paths = error.problem().orElseThrow().errors().orElseThrow().stream().map(FieldError::path).collect(Collectors.toList());
        assertTrue(paths.contains("body.name"), paths.toString());
    }

    @Test
    @DisplayName("errors.not_found")
    void unknownId() {
        assertEquals(404, assertThrows(NotFoundException.class, () -> admin.tenants().retrieve(UNKNOWN_TENANT)).statusCode());
    }

    @Test
    @DisplayName("errors.authentication")
    void wrongKey() {
        CognitionOSClient wrong = ContractEnv.client("cog_wrong_0000000000000000000000", "COGNITIONOS_BASE_URL");
        assertEquals(401, assertThrows(AuthenticationException.class, () -> wrong.tenants().list()).statusCode());
    }

    @Test
    @DisplayName("errors.tenant_isolation")
    void otherTenantsObjectIsNotFound() {
        ContractEnv.TenantAccess owner = ContractEnv.newTenant();
        ContractEnv.TenantAccess stranger = ContractEnv.newTenant();
        Workflow workflow = owner.client.workflows().create(WorkflowsContractTest.delayed("private", 1));
        Memory memory = owner.client.memories().create(MemoryCreateParams.builder().scope(MemoryScope.PRIVATE).content("Owner only.").build());
        assertThrows(NotFoundException.class, () -> stranger.client.workflows().retrieve(workflow.id()));
        assertThrows(NotFoundException.class, () -> stranger.client.memories().retrieve(memory.id()));
    }

    List<CognitionOSServiceException> collectErrors(String wrongKey) {
        CognitionOSClient wrong = ContractEnv.client(wrongKey, "COGNITIONOS_BASE_URL");
        List<Supplier<Object>> attempts = List.of(
                () -> admin.tenants().retrieve(UNKNOWN_TENANT),
                () -> wrong.tenants().list(),
                () -> admin.workflows().list()); // an admin key on a tenant-scoped resource: 403
        return attempts.stream().map(attempt -> assertThrows(CognitionOSServiceException.class, attempt::get)).collect(Collectors.toList());
    }

    @Test
    @DisplayName("errors.request_id")
    void errorsCarryTheRequestId() {
        for (CognitionOSServiceException error : collectErrors("cog_wrong_1111111111111111111111")) {
            assertNotNull(error.requestId());
            assertEquals(error.headers().firstValue("X-Request-Id").orElseThrow(), error.requestId());
            assertTrue(error.getMessage().contains(error.requestId()), error.getMessage());
        }
    }

    @Test
    @DisplayName("errors.no_key_in_text")
    void noKeyInAnyErrorText() {
        String wrongKey = "cog_wrong_2222222222222222222222";
        for (CognitionOSServiceException error : collectErrors(wrongKey)) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            for (String text : List.of(error.getMessage(), error.toString(), trace.toString(), error.problem().map(Object::toString).orElse(""))) {
                assertFalse(text.contains(wrongKey), text);
                assertFalse(text.contains(ContractEnv.get("COGNITIONOS_ADMIN_KEY")), text);
            }
        }
    }

    @Test
    @DisplayName("errors.connection_refused")
    void refusedConnection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CognitionOSClient nowhere = CognitionOSClient.builder().apiKey("cog_unused").baseUrl("http://127.0.0.1:" + closedPort + "/api/v3").maxRetries(0).build();
        CognitionOSIoException error = assertThrows(CognitionOSIoException.class, () -> nowhere.tenants().list());
        assertFalse(error instanceof CognitionOSTimeoutException);
        assertTrue(error.getMessage().matches("GET /tenants: Connection error: \\w+.*"), error.getMessage());
        assertTrue(error.getMessage().contains("Connect"), error.getMessage());
    }

    @Test
    @DisplayName("errors.idempotency_key_exposed")
    void errorsExposeTheKeyTheySent() {
        CognitionOSClient direct = ContractEnv.admin("COGNITIONOS_DIRECT_BASE_URL");
        CognitionOSServiceException generated = assertThrows(CognitionOSServiceException.class, () -> direct.tenants().create(TenantCreateParams.builder().name("").build()));
        assertTrue(generated.idempotencyKey() != null && !generated.idempotencyKey().isEmpty());
        // Replaying a write with the key of its error gives the first answer again, not a second write.
        String name = ContractEnv.unique("exposed");
        RequestOptions own = RequestOptions.builder().idempotencyKey(ContractEnv.unique("own")).build();
        Tenant first = admin.tenants().create(TenantCreateParams.builder().name(name).build(), own);
        CognitionOSServiceException conflict = assertThrows(CognitionOSServiceException.class,
                () -> admin.tenants().create(TenantCreateParams.builder().name(name + "-other").build(), own));
        assertEquals(own.idempotencyKey().orElseThrow(), conflict.idempotencyKey());
        assertEquals(first.id(), admin.tenants().create(TenantCreateParams.builder().name(name).build(),
                RequestOptions.builder().idempotencyKey(conflict.idempotencyKey()).build()).id());
        assertNull(assertThrows(NotFoundException.class, () -> admin.tenants().retrieve(UNKNOWN_TENANT)).idempotencyKey(), "a GET sends none");
    }
}
