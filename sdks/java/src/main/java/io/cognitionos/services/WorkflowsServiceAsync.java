// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.Page;
import io.cognitionos.RequestOptions;
import io.cognitionos.internal.ClientCore;
import io.cognitionos.internal.Json;
import io.cognitionos.internal.PathTemplate;
import io.cognitionos.internal.Wire;
import io.cognitionos.models.Workflow;
import io.cognitionos.models.WorkflowCreateParams;
import io.cognitionos.models.WorkflowListParams;
import io.cognitionos.models.WorkflowUpdateParams;
import java.util.concurrent.CompletableFuture;

/** The workflows operations, each answering a CompletableFuture. */
public final class WorkflowsServiceAsync {
    private final ClientCore core;
    private final WorkflowsExecutionsServiceAsync executions;

    public WorkflowsServiceAsync(ClientCore core) {
        this.core = core;
        this.executions = new WorkflowsExecutionsServiceAsync(core);
    }

    public WorkflowsExecutionsServiceAsync executions() {
        return executions;
    }

    /** Create a workflow */
    public CompletableFuture<Workflow> create(WorkflowCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /** Create a workflow */
    public CompletableFuture<Workflow> create(WorkflowCreateParams params, RequestOptions options) {
        return core.callAsync("POST", PathTemplate.fill("/workflows"), null, Wire.all(params), options, Json.model(Workflow::new));
    }

    /** List workflows */
    public CompletableFuture<Page<Workflow>> list(WorkflowListParams params) {
        return list(params, RequestOptions.none());
    }

    /** List workflows */
    public CompletableFuture<Page<Workflow>> list() {
        return list(null, RequestOptions.none());
    }

    /** List workflows */
    public CompletableFuture<Page<Workflow>> list(WorkflowListParams params, RequestOptions options) {
        return core.pageAsync(PathTemplate.fill("/workflows"), params, options, Json.model(Workflow::new));
    }

    /** Retrieve a workflow */
    public CompletableFuture<Workflow> retrieve(String workflowId) {
        return retrieve(workflowId, RequestOptions.none());
    }

    /** Retrieve a workflow */
    public CompletableFuture<Workflow> retrieve(String workflowId, RequestOptions options) {
        return core.callAsync("GET", PathTemplate.fill("/workflows/{workflow_id}", "workflowId", workflowId), null, null, options, Json.model(Workflow::new));
    }

    /**
     * Update a workflow.
     * <p>Running executions keep the steps they started with.
     */
    public CompletableFuture<Workflow> update(String workflowId, WorkflowUpdateParams params) {
        return update(workflowId, params, RequestOptions.none());
    }

    /**
     * Update a workflow.
     * <p>Running executions keep the steps they started with.
     */
    public CompletableFuture<Workflow> update(String workflowId) {
        return update(workflowId, null, RequestOptions.none());
    }

    /**
     * Update a workflow.
     * <p>Running executions keep the steps they started with.
     */
    public CompletableFuture<Workflow> update(String workflowId, WorkflowUpdateParams params, RequestOptions options) {
        return core.callAsync("PATCH", PathTemplate.fill("/workflows/{workflow_id}", "workflowId", workflowId), null, Wire.all(params), options, Json.model(Workflow::new));
    }

    /**
     * Delete a workflow.
     * <p>Cancels its unfinished executions and deletes them with it.
     */
    public CompletableFuture<Void> delete(String workflowId) {
        return delete(workflowId, RequestOptions.none());
    }

    /**
     * Delete a workflow.
     * <p>Cancels its unfinished executions and deletes them with it.
     */
    public CompletableFuture<Void> delete(String workflowId, RequestOptions options) {
        return core.callAsync("DELETE", PathTemplate.fill("/workflows/{workflow_id}", "workflowId", workflowId), null, null, options, json -> null);
    }
}
