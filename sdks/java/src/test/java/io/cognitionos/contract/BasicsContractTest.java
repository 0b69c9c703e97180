// Generated from generators/java/contract/BasicsContractTest.java by generators/java. Do not edit: change that file.
package io.cognitionos.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cognitionos.CognitionOSClient;
import io.cognitionos.errors.BadRequestException;
import io.cognitionos.errors.NotFoundException;
import io.cognitionos.internal.Policy;
import io.cognitionos.internal.SdkInfo;
import io.cognitionos.models.Health;
import io.cognitionos.models.HealthStatus;
import io.cognitionos.models.HealthStore;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BasicsContractTest {
    @Test
    @DisplayName("health.check")
    void health() {
        // /health needs no key; the client still wants one, any string will do.
        Health health = ContractEnv.client("cog_unused", "COGNITIONOS_BASE_URL").health().check();
        assertEquals(HealthStatus.OK, health.status());
        assertEquals(HealthStore.OK, health.store());
        assertEquals(SdkInfo.SPEC_VERSION, health.version());
        assertTrue(health.uptimeSeconds() >= 0);
    }

    @Test
    @DisplayName("spec.version")
    void specVersion() {
        assertEquals(SdkInfo.SPEC_VERSION, ContractEnv.healthHeader(ContractEnv.get("COGNITIONOS_BASE_URL"), Policy.SPEC_VERSION_HEADER));
        assertEquals(SdkInfo.SPEC_VERSION, ContractEnv.sameSpecVersion());
    }

    @Test
    @DisplayName("paths.dot_segments")
    void dotSegmentsAreRefused() {
        CognitionOSClient admin = ContractEnv.admin();
        ContractEnv.TenantAccess access = ContractEnv.newTenant();
        String tenantId = access.tenant.id();
        for (String id : List.of("", ".", "..")) {
            BadRequestException error = assertThrows(BadRequestException.class, () -> admin.tenants().apiKeys().revoke(tenantId, id));
            assertTrue(error.getMessage().startsWith("keyId "), error.getMessage());
            assertEquals("path.key_id", error.problem().orElseThrow().errors().orElseThrow().get(0).path());
        }
        assertThrows(BadRequestException.class, () -> admin.tenants().retrieve(".."));
        assertEquals(tenantId, admin.tenants().retrieve(tenantId).id());
        assertEquals(1, admin.tenants().apiKeys().list(tenantId).data().stream().filter(k -> k.revokedAt().isEmpty()).count());
    }

    @Test
    @DisplayName("paths.escaped_segments")
    void escapedSegmentsStayOneSegment() {
        CognitionOSClient admin = ContractEnv.admin();
        String tenantId = ContractEnv.newTenant().tenant.id();
        for (String id : List.of("a/b", "%2e%2e", "x?y=1", "x#y", tenantId + "/api_keys")) {
            assertThrows(NotFoundException.class, () -> admin.tenants().retrieve(id), id);
            assertThrows(NotFoundException.class, () -> admin.tenants().subscription().retrieve(id), id);
        }
    }
}
