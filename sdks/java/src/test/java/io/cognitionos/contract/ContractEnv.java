// Generated from generators/java/contract/ContractEnv.java by generators/java. Do not edit: change that file.
package io.cognitionos.contract;

import static org.junit.jupiter.api.Assertions.fail;

import io.cognitionos.CognitionOSClient;
import io.cognitionos.internal.Policy;
import io.cognitionos.internal.SdkInfo;
import io.cognitionos.models.Tenant;
import io.cognitionos.models.TenantCreateParams;
import io.cognitionos.models.ApiKeyCreateParams;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The servers test/contract/run.ts started, clients for them and fresh tenants. Without the
 * orchestrator's variables every test fails (it never skips); a server of another spec version
 * fails every test before it talks to it.
 */
final class ContractEnv {
    static final List<String> REQUIRED = List.of("COGNITIONOS_BASE_URL", "COGNITIONOS_DIRECT_BASE_URL", "COGNITIONOS_ADMIN_KEY", "COGNITIONOS_LIMITED_BASE_URL",
            "COGNITIONOS_SLOW_BASE_URL", "COGNITIONOS_NEWER_BASE_URL", "COGNITIONOS_FAULTY_BASE_URL", "COGNITIONOS_FAULTFREE_BASE_URL");

    private static String checkedSpecVersion;

    private ContractEnv() {}

    static String get(String name) {
        List<String> missing = REQUIRED.stream().filter(n -> System.getenv(n) == null || System.getenv(n).isEmpty()).collect(Collectors.toList());
        if (!missing.isEmpty()) fail("the contract suite runs under test/contract/run.ts; missing: " + String.join(", ", missing));
        sameSpecVersion();
        return System.getenv(name);
    }

    /** The spec version the server names, once checked against the one this SDK was generated from. */
    static synchronized String sameSpecVersion() {
        if (checkedSpecVersion == null) {
            String served = healthHeader(System.getenv("COGNITIONOS_BASE_URL"), Policy.SPEC_VERSION_HEADER);
            if (!SdkInfo.SPEC_VERSION.equals(served)) fail("server implements spec " + served + ", this SDK was generated from " + SdkInfo.SPEC_VERSION);
            checkedSpecVersion = served;
        }
        return checkedSpecVersion;
    }

    static String healthHeader(String baseUrl, String header) {
        try {
            HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/health")).build(), HttpResponse.BodyHandlers.discarding());
            return answer.headers().firstValue(header).orElse(null);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("GET /health failed: " + e, e);
        }
    }

    static CognitionOSClient client(String key, String baseUrlVariable) {
        return CognitionOSClient.builder().apiKey(key).baseUrl(get(baseUrlVariable)).build();
    }

    static CognitionOSClient admin() {
        return admin("COGNITIONOS_BASE_URL");
    }

    static CognitionOSClient admin(String baseUrlVariable) {
        return client(get("COGNITIONOS_ADMIN_KEY"), baseUrlVariable);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A new tenant with its own key, and a client using that key. */
    static final class TenantAccess {
        final Tenant tenant;
        final String key;
        final CognitionOSClient client;

        TenantAccess(Tenant tenant, String key, CognitionOSClient client) {
            this.tenant = tenant;
            this.key = key;
            this.client = client;
        }
    }

    static TenantAccess newTenant() {
        return newTenant("COGNITIONOS_BASE_URL");
    }

    static TenantAccess newTenant(String baseUrlVariable) {
        CognitionOSClient admin = admin(baseUrlVariable);
        Tenant tenant = admin.tenants().create(TenantCreateParams.builder().name(unique("contract")).build());
        String key = admin.tenants().apiKeys().create(tenant.id(), ApiKeyCreateParams.builder().name("contract").build()).secret();
        return new TenantAccess(tenant, key, client(key, baseUrlVariable));
    }
}
