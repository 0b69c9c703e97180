// Generated from generators/java/contract/TenantsContractTest.java by generators/java. Do not edit: change that file.
package io.cognitionos.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cognitionos.CognitionOSClient;
import io.cognitionos.Page;
import io.cognitionos.errors.AuthenticationException;
import io.cognitionos.errors.NotFoundException;
import io.cognitionos.models.ApiKey;
import io.cognitionos.models.ApiKeyCreateParams;
import io.cognitionos.models.ApiKeyWithSecret;
import io.cognitionos.models.Plan;
import io.cognitionos.models.Plugin;
import io.cognitionos.models.PluginInstallParams;
import io.cognitionos.models.PluginPermission;
import io.cognitionos.models.PluginUpdateParams;
import io.cognitionos.models.Subscription;
import io.cognitionos.models.SubscriptionUpdateParams;
import io.cognitionos.models.Tenant;
import io.cognitionos.models.TenantCreateParams;
import io.cognitionos.models.TenantListParams;
import io.cognitionos.models.TenantStatus;
import io.cognitionos.models.TenantUpdateParams;
import io.cognitionos.services.TenantsPluginsService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TenantsContractTest {
    final CognitionOSClient admin = ContractEnv.admin();

    @Test
    @DisplayName("tenants.crud")
    void tenantLifecycle() {
        String name = ContractEnv.unique("crud");
        Tenant created = admin.tenants().create(TenantCreateParams.builder().name(name).metadata(Map.of("region", "eu")).build());
        assertTrue(created.id().startsWith("ten_"));
        assertEquals(Map.of("region", "eu"), created.metadata());
        assertEquals(created.id(), admin.tenants().retrieve(created.id()).id());
        Tenant updated = admin.tenants().update(created.id(),
                TenantUpdateParams.builder().name(name + "-2").status(TenantStatus.SUSPENDED).metadata(Map.of("region", "us")).build());
        assertEquals(name + "-2", updated.name());
        assertEquals(TenantStatus.SUSPENDED, updated.status());
        assertEquals(Map.of("region", "us"), updated.metadata());
        assertEquals(name + "-2", admin.tenants().update(created.id()).name(), "the short overload sends {} and changes nothing");
        admin.tenants().delete(created.id());
        assertThrows(NotFoundException.class, () -> admin.tenants().retrieve(created.id()));
    }

    @Test
    @DisplayName("tenants.list.autopaging")
    void autoPaging() {
        String prefix = ContractEnv.unique("page");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) created.add(admin.tenants().create(TenantCreateParams.builder().name(prefix + "-" + i).build()).id());
        Page<Tenant> first = admin.tenants().list(TenantListParams.builder().limit(2).build());
        assertEquals(2, first.data().size());
        assertTrue(first.hasMore());
        List<String> walked = first.autoPager().stream().map(Tenant::id).collect(Collectors.toList());
        assertEquals(created, walked.stream().filter(created::contains).collect(Collectors.toList()), "every one, once, oldest first");
        assertEquals(walked.size(), walked.stream().distinct().count());
        assertEquals(walked, first.autoPager().stream().map(Tenant::id).collect(Collectors.toList()), "a second walk, the same order");
        assertTrue(first.nextPage().nextPage().data().size() > 0, "at least three pages");
    }

    @Test
    @DisplayName("api_keys.lifecycle")
    void apiKeyLifecycle() {
        ContractEnv.TenantAccess access = ContractEnv.newTenant();
        String tenantId = access.tenant.id();
        ApiKeyWithSecret key = admin.tenants().apiKeys().create(tenantId, ApiKeyCreateParams.builder().name("second").build());
        assertTrue(key.secret().startsWith("cog_"));
        ApiKey listed = admin.tenants().apiKeys().list(tenantId).autoPager().stream().filter(k -> k.id().equals(key.id())).findFirst().orElseThrow();
        assertFalse(listed.masked().contains(key.secret()));
        assertTrue(listed.masked().endsWith(key.secret().substring(key.secret().length() - 4)));
        ApiKey retrieved = admin.tenants().apiKeys().retrieve(tenantId, key.id());
        assertEquals("second", retrieved.name());
        assertEquals(listed.masked(), retrieved.masked());
        CognitionOSClient used = ContractEnv.client(key.secret(), "COGNITIONOS_BASE_URL");
        assertEquals(tenantId, used.tenants().retrieve(tenantId).id());
        assertTrue(admin.tenants().apiKeys().revoke(tenantId, key.id()).revokedAt().isPresent());
    }

    @Test
    @DisplayName("api_keys.revoked")
    void revokedKey() {
        ContractEnv.TenantAccess access = ContractEnv.newTenant();
        String keyId = admin.tenants().apiKeys().list(access.tenant.id()).data().get(0).id();
        admin.tenants().apiKeys().revoke(access.tenant.id(), keyId);
        AuthenticationException error = assertThrows(AuthenticationException.class, () -> access.client.tenants().retrieve(access.tenant.id()));
        assertEquals(401, error.statusCode());
    }

    @Test
    @DisplayName("subscription.lifecycle")
    void subscription() {
        String tenantId = ContractEnv.newTenant().tenant.id();
        Subscription subscription = admin.tenants().subscription().retrieve(tenantId);
        assertEquals(tenantId, subscription.tenantId());
        assertEquals(Plan.STARTER, subscription.plan());
        Subscription updated = admin.tenants().subscription().update(tenantId, SubscriptionUpdateParams.builder().plan(Plan.PROFESSIONAL).seats(12).build());
        assertEquals(Plan.PROFESSIONAL, updated.plan());
        assertEquals(12, updated.seats());
        assertEquals(12, admin.tenants().subscription().update(tenantId).seats(), "the short overload sends {} and changes nothing");
        assertTrue(admin.tenants().subscription().cancel(tenantId).cancelAtPeriodEnd());
        assertTrue(admin.tenants().subscription().retrieve(tenantId).cancelAtPeriodEnd());
    }

    @Test
    @DisplayName("plugins.crud")
    void plugins() {
        ContractEnv.TenantAccess access = ContractEnv.newTenant();
        TenantsPluginsService plugins = access.client.tenants().plugins();
        String tenantId = access.tenant.id();
        Plugin installed = plugins.install(tenantId, PluginInstallParams.builder().name("slack-notifier").version("1.2.0")
                .addPermission(PluginPermission.MEMORY_READ).config(Map.of("channel", "#ops")).build());
        assertTrue(installed.enabled());
        assertEquals(List.of(PluginPermission.MEMORY_READ), installed.permissions());
        assertEquals(List.of(installed.id()), plugins.list(tenantId).data().stream().map(Plugin::id).collect(Collectors.toList()));
        assertEquals(Map.of("channel", "#ops"), plugins.retrieve(tenantId, installed.id()).config());
        Plugin disabled = plugins.update(tenantId, installed.id(), PluginUpdateParams.builder().enabled(false).config(Map.of("channel", "#alerts")).build());
        assertFalse(disabled.enabled());
        assertEquals(Map.of("channel", "#alerts"), disabled.config());
        assertFalse(plugins.update(tenantId, installed.id()).enabled(), "the short overload sends {} and changes nothing");
        plugins.uninstall(tenantId, installed.id());
        assertThrows(NotFoundException.class, () -> plugins.retrieve(tenantId, installed.id()));
    }
}
