// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.Page;
import io.cognitionos.RequestOptions;
import io.cognitionos.internal.ClientCore;
import io.cognitionos.internal.Json;
import io.cognitionos.internal.PathTemplate;
import io.cognitionos.internal.Polling;
import io.cognitionos.internal.Wire;
import io.cognitionos.models.Execution;
import io.cognitionos.models.ExecutionCreateParams;
import io.cognitionos.models.ExecutionListParams;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** The workflows.executions operations, each answering a CompletableFuture. */
public final class WorkflowsExecutionsServiceAsync {
    private final ClientCore core;

    public WorkflowsExecutionsServiceAsync(ClientCore core) {
        this.core = core;
    }

    /**
     * Start an execution.
     * <p>Queues the workflow; the server runs its steps asynchronously. Poll it until {@code status} is final.
     */
    public CompletableFuture<Execution> create(String workflowId, ExecutionCreateParams params) {
        return create(workflowId, params, RequestOptions.none());
    }

    /**
     * Start an execution.
     * <p>Queues the workflow; the server runs its steps asynchronously. Poll it until {@code status} is final.
     */
    public CompletableFuture<Execution> create(String workflowId) {
        return create(workflowId, null, RequestOptions.none());
    }

    /**
     * Start an execution.
     * <p>Queues the workflow; the server runs its steps asynchronously. Poll it until {@code status} is final.
     */
    public CompletableFuture<Execution> create(String workflowId, ExecutionCreateParams params, RequestOptions options) {
        return core.callAsync("POST", PathTemplate.fill("/workflows/{workflow_id}/executions", "workflowId", workflowId), null, Wire.all(params), options, Json.model(Execution::new));
    }

    /** Starts one and waits until it ends (see the overload with timing). */
    public CompletableFuture<Execution> createAndPoll(String workflowId) {
        return createAndPoll(workflowId, null);
    }

    /** Starts one and waits until it ends: polls every 500 ms, for up to 300000 ms. */
    public CompletableFuture<Execution> createAndPoll(String workflowId, ExecutionCreateParams params) {
        return createAndPoll(workflowId, params, Duration.ofMillis(500), Duration.ofMillis(300000));
    }

    /**
     * Starts one and reads it again every {@code pollInterval} until its status is one of succeeded, failed, canceled;
     * fails with CognitionOSTimeoutException after {@code maxWait}.
     */
    public CompletableFuture<Execution> createAndPoll(String workflowId, ExecutionCreateParams params, Duration pollInterval, Duration maxWait) {
        return create(workflowId, params).thenCompose(created -> Polling.untilTerminalAsync(created, () -> retrieve(workflowId, created.id()), current -> current.status().asString(),
                Set.of("succeeded", "failed", "canceled"), pollInterval, maxWait));
    }

    /** List a workflow's executions */
    public CompletableFuture<Page<Execution>> list(String workflowId, ExecutionListParams params) {
        return list(workflowId, params, RequestOptions.none());
    }

    /** List a workflow's executions */
    public CompletableFuture<Page<Execution>> list(String workflowId) {
        return list(workflowId, null, RequestOptions.none());
    }

    /** List a workflow's executions */
    public CompletableFuture<Page<Execution>> list(String workflowId, ExecutionListParams params, RequestOptions options) {
        return core.pageAsync(PathTemplate.fill("/workflows/{workflow_id}/executions", "workflowId", workflowId), params, options, Json.model(Execution::new));
    }

    /** Retrieve an execution */
    public CompletableFuture<Execution> retrieve(String workflowId, String executionId) {
        return retrieve(workflowId, executionId, RequestOptions.none());
    }

    /** Retrieve an execution */
    public CompletableFuture<Execution> retrieve(String workflowId, String executionId, RequestOptions options) {
        return core.callAsync("GET", PathTemplate.fill("/workflows/{workflow_id}/executions/{execution_id}", "workflowId", workflowId, "executionId", executionId), null, null, options, Json.model(Execution::new));
    }

    /**
     * Cancel an execution.
     * <p>Stops an unfinished execution; a finished one is a 409.
     */
    public CompletableFuture<Execution> cancel(String workflowId, String executionId) {
        return cancel(workflowId, executionId, RequestOptions.none());
    }

    /**
     * Cancel an execution.
     * <p>Stops an unfinished execution; a finished one is a 409.
     */
    public CompletableFuture<Execution> cancel(String workflowId, String executionId, RequestOptions options) {
        return core.callAsync("POST", PathTemplate.fill("/workflows/{workflow_id}/executions/{execution_id}/cancel", "workflowId", workflowId, "executionId", executionId), null, null, options, Json.model(Execution::new));
    }
}
