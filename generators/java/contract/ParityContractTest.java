package io.cognitionos.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cognitionos.CognitionOSClient;
import io.cognitionos.RawResponse;
import io.cognitionos.RequestOptions;
import io.cognitionos.errors.CognitionOSTimeoutException;
import io.cognitionos.errors.ConflictException;
import io.cognitionos.internal.Policy;
import io.cognitionos.internal.SdkInfo;
import io.cognitionos.models.ApiObject;
import io.cognitionos.models.Execution;
import io.cognitionos.models.ExecutionStatus;
import io.cognitionos.models.Health;
import io.cognitionos.models.Plugin;
import io.cognitionos.models.PluginInstallParams;
import io.cognitionos.models.Tenant;
import io.cognitionos.models.Workflow;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 23's scenarios: params omitted, the server's retry veto, middleware, raw responses, trace context. */
class ParityContractTest {
    private static final RequestOptions QUICK_POLL = RequestOptions.builder().pollInterval(Duration.ofMillis(50)).pollTimeout(Duration.ofSeconds(30)).build();

    /** The object a call answers, without its update time: what "unchanged" compares. */
    private static Map<String, Object> withoutUpdateTime(ApiObject object) {
        Map<String, Object> json = new HashMap<>(object._json());
        json.remove("updated_at");
        return json;
    }

    private static void assertUnchanged(ApiObject before, Supplier<? extends ApiObject> update) {
        assertEquals(withoutUpdateTime(before), withoutUpdateTime(update.get()), before.getClass().getSimpleName());
    }

    @Test
    @DisplayName("bodies.params_omitted")
    void operationsWithABodyCalledWithoutParams() {
        CognitionOSClient admin = ContractEnv.admin();
        ContractEnv.TenantAccess access = ContractEnv.newTenant();
        String tenantId = access.tenant.id();
        Workflow workflow = access.client.workflows().create(WorkflowsContractTest.delayed("omitted", 1));
        Execution started = access.client.workflows().executions().create(workflow.id());
        assertEquals(workflow.id(), started.workflowId());
        Plugin plugin = admin.tenants().plugins().install(tenantId, PluginInstallParams.builder().name("slack-notifier").version("1.2.0").build());

        assertUnchanged(admin.tenants().retrieve(tenantId), () -> admin.tenants().update(tenantId));
        assertUnchanged(access.client.workflows().retrieve(workflow.id()), () -> access.client.workflows().update(workflow.id()));
        assertUnchanged(admin.tenants().plugins().retrieve(tenantId, plugin.id()), () -> admin.tenants().plugins().update(tenantId, plugin.id()));
        assertUnchanged(admin.tenants().subscription().retrieve(tenantId), () -> admin.tenants().subscription().update(tenantId));
    }

    @Test
    @DisplayName("retries.should_retry_veto")
    void aStateConflictIsSentOnce() throws IOException {
        ContractEnv.TenantAccess access = ContractEnv.newTenant();
        Workflow workflow = access.client.workflows().create(WorkflowsContractTest.delayed("veto", 1));
        Execution finished = access.client.workflows().executions().createAndPoll(workflow.id(), null, QUICK_POLL);
        assertEquals(ExecutionStatus.SUCCEEDED, finished.status());
        try (RecordingProxy proxy = new RecordingProxy(ContractEnv.get("COGNITIONOS_BASE_URL"), 0)) {
            CognitionOSClient client = CognitionOSClient.builder().apiKey(access.key).baseUrl(proxy.baseUrl()).build();
            ConflictException error = assertThrows(ConflictException.class, () -> client.workflows().executions().cancel(workflow.id(), finished.id()));
            assertTrue(error.getMessage().startsWith("POST /workflows/{workflow_id}/executions/{execution_id}/cancel: 409"), error.getMessage());
            assertEquals(1, proxy.seen.size(), "requests sent");
            assertEquals("false", error.headers().firstValue("x-should-retry").orElse("absent"));
        }
    }

    @Test
    @DisplayName("middleware.each_attempt")
    void anInterceptorSeesEveryAttemptInOrder() {
        List<String> attempts = Collections.synchronizedList(new ArrayList<>());
        CognitionOSClient slow = CognitionOSClient.builder().apiKey(ContractEnv.get("COGNITIONOS_ADMIN_KEY")).baseUrl(ContractEnv.get("COGNITIONOS_SLOW_BASE_URL"))
                .timeout(Duration.ofMillis(300)).maxRetries(2)
                .interceptor((request, chain) -> {
                    String retry = request.headers().firstValue(Policy.RETRY_COUNT_HEADER).orElse("-");
                    try {
                        var response = chain.proceed(request);
                        attempts.add(retry + " " + response.statusCode());
                        return response;
                    } catch (IOException e) {
                        attempts.add(retry + " " + e.getClass().getSimpleName());
                        throw e;
                    }
                })
                .build();
        assertThrows(CognitionOSTimeoutException.class, () -> slow.tenants().list());
        assertEquals(List.of("- HttpTimeoutException", "1 HttpTimeoutException", "2 HttpTimeoutException"), attempts);
    }

    @Test
    @DisplayName("responses.raw")
    void aRawResponseCarriesStatusHeadersAndTheSameObject() {
        CognitionOSClient admin = ContractEnv.admin();
        Tenant tenant = ContractEnv.newTenant().tenant;
        RawResponse<Tenant> raw = admin.tenants().withRawResponse().retrieve(tenant.id());
        assertEquals(200, raw.statusCode());
        assertTrue(raw.headers().firstValue(Policy.REQUEST_ID_HEADER).isPresent(), "X-Request-Id");
        assertEquals(SdkInfo.SPEC_VERSION, raw.headers().firstValue(Policy.SPEC_VERSION_HEADER).orElse(null));
        assertEquals(admin.tenants().retrieve(tenant.id()), raw.data());
    }

    @Test
    @DisplayName("trace.context")
    void theServerContinuesTheCallersTrace() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        Span span = Span.wrap(SpanContext.create(traceId, "00f067aa0ba902b7", TraceFlags.getSampled(), TraceState.getDefault()));
        RawResponse<Health> answer;
        Scope scope = span.makeCurrent();
        try {
            answer = ContractEnv.admin().health().withRawResponse().check();
        } finally {
            scope.close();
        }
        String traceresponse = answer.headers().firstValue("traceresponse").orElse("absent");
        assertTrue(traceresponse.matches("00-" + traceId + "-[0-9a-f]{16}-01"), "traceresponse: " + traceresponse);
    }
}
