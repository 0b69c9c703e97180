// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.AsyncPage;
import io.cognitionos.RawResponse;
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
    private final WithRawResponse raw = new WithRawResponse();
    private final WorkflowsExecutionsServiceAsync executions;

    /** Built by the client (io.cognitionos.internal.Construct). */
    WorkflowsServiceAsync(ClientCore core) {
        this.core = core;
        this.executions = new WorkflowsExecutionsServiceAsync(core);
    }

    /**
     * The workflows.executions operations.
     *
     * @return that service
     */
    public WorkflowsExecutionsServiceAsync executions() {
        return executions;
    }

    /**
     * Create a workflow.
     * <p>Stores a workflow in the caller's tenant; run it with an execution.
     * <p>Sends {@code POST /workflows}.
     *
     * @param params the {@link WorkflowCreateParams}
     * @return a future of the {@link Workflow}
     */
    public CompletableFuture<Workflow> create(WorkflowCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Create a workflow.
     * <p>Stores a workflow in the caller's tenant; run it with an execution.
     * <p>Sends {@code POST /workflows}.
     *
     * @param params the {@link WorkflowCreateParams}
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link Workflow}
     */
    public CompletableFuture<Workflow> create(WorkflowCreateParams params, RequestOptions options) {
        return core.callAsync("POST", "/workflows", PathTemplate.fill("/workflows"), null, Wire.body(params), options, Json.model(Workflow::new));
    }

    /**
     * List workflows.
     * <p>The tenant's workflows, oldest first.
     * <p>Sends {@code GET /workflows}.
     *
     * @param params the {@link WorkflowListParams}; null leaves every field out (no query)
     * @return a future of the first page of {@link Workflow}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<Workflow>> list(WorkflowListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * List workflows.
     * <p>The tenant's workflows, oldest first.
     * <p>Sends {@code GET /workflows}.
     *
     * @return a future of the first page of {@link Workflow}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<Workflow>> list() {
        return list(null, RequestOptions.none());
    }

    /**
     * List workflows.
     * <p>The tenant's workflows, oldest first.
     * <p>Sends {@code GET /workflows}.
     *
     * @param params the {@link WorkflowListParams}; null leaves every field out (no query)
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the first page of {@link Workflow}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<Workflow>> list(WorkflowListParams params, RequestOptions options) {
        return core.pageAsync("/workflows", PathTemplate.fill("/workflows"), params, options, Json.model(Workflow::new));
    }

    /**
     * Retrieve a workflow.
     * <p>One workflow of the tenant, by id.
     * <p>Sends {@code GET /workflows/{workflow_id}}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @return a future of the {@link Workflow}
     */
    public CompletableFuture<Workflow> retrieve(String workflowId) {
        return retrieve(workflowId, RequestOptions.none());
    }

    /**
     * Retrieve a workflow.
     * <p>One workflow of the tenant, by id.
     * <p>Sends {@code GET /workflows/{workflow_id}}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link Workflow}
     */
    public CompletableFuture<Workflow> retrieve(String workflowId, RequestOptions options) {
        return core.callAsync("GET", "/workflows/{workflow_id}", PathTemplate.fill("/workflows/{workflow_id}", "workflowId", workflowId), null, null, options, Json.model(Workflow::new));
    }

    /**
     * Update a workflow.
     * <p>Running executions keep the steps they started with.
     * <p>Sends {@code PATCH /workflows/{workflow_id}}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param params the {@link WorkflowUpdateParams}; null leaves every field out (the body is {@code {}})
     * @return a future of the {@link Workflow}
     */
    public CompletableFuture<Workflow> update(String workflowId, WorkflowUpdateParams params) {
        return update(workflowId, params, RequestOptions.none());
    }

    /**
     * Update a workflow.
     * <p>Running executions keep the steps they started with.
     * <p>Sends {@code PATCH /workflows/{workflow_id}}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @return a future of the {@link Workflow}
     */
    public CompletableFuture<Workflow> update(String workflowId) {
        return update(workflowId, null, RequestOptions.none());
    }

    /**
     * Update a workflow.
     * <p>Running executions keep the steps they started with.
     * <p>Sends {@code PATCH /workflows/{workflow_id}}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param params the {@link WorkflowUpdateParams}; null leaves every field out (the body is {@code {}})
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link Workflow}
     */
    public CompletableFuture<Workflow> update(String workflowId, WorkflowUpdateParams params, RequestOptions options) {
        return core.callAsync("PATCH", "/workflows/{workflow_id}", PathTemplate.fill("/workflows/{workflow_id}", "workflowId", workflowId), null, Wire.body(params), options, Json.model(Workflow::new));
    }

    /**
     * Delete a workflow.
     * <p>Cancels its unfinished executions and deletes them with it.
     * <p>Sends {@code DELETE /workflows/{workflow_id}}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @return a future completed when the call succeeds
     */
    public CompletableFuture<Void> delete(String workflowId) {
        return delete(workflowId, RequestOptions.none());
    }

    /**
     * Delete a workflow.
     * <p>Cancels its unfinished executions and deletes them with it.
     * <p>Sends {@code DELETE /workflows/{workflow_id}}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future completed when the call succeeds
     */
    public CompletableFuture<Void> delete(String workflowId, RequestOptions options) {
        return core.callAsync("DELETE", "/workflows/{workflow_id}", PathTemplate.fill("/workflows/{workflow_id}", "workflowId", workflowId), null, null, options, json -> null);
    }

    /**
     * The same calls, each answering a {@link RawResponse}: the status and headers beside the value.
     *
     * @return the raw flavor of this service
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** Asynchronous calls that answer the status and headers beside the value. */
    public final class WithRawResponse {
        private WithRawResponse() {}

        /**
         * Create a workflow.
         * <p>Stores a workflow in the caller's tenant; run it with an execution.
         * <p>Sends {@code POST /workflows}.
         *
         * @param params the {@link WorkflowCreateParams}
         * @return a future of the status and headers, beside the {@link Workflow}
         */
        public CompletableFuture<RawResponse<Workflow>> create(WorkflowCreateParams params) {
            return create(params, RequestOptions.none());
        }

        /**
         * Create a workflow.
         * <p>Stores a workflow in the caller's tenant; run it with an execution.
         * <p>Sends {@code POST /workflows}.
         *
         * @param params the {@link WorkflowCreateParams}
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link Workflow}
         */
        public CompletableFuture<RawResponse<Workflow>> create(WorkflowCreateParams params, RequestOptions options) {
            return core.callRawAsync("POST", "/workflows", PathTemplate.fill("/workflows"), null, Wire.body(params), options, Json.model(Workflow::new));
        }

        /**
         * List workflows.
         * <p>The tenant's workflows, oldest first.
         * <p>Sends {@code GET /workflows}.
         *
         * @param params the {@link WorkflowListParams}; null leaves every field out (no query)
         * @return a future of the status and headers, beside the first page of {@link Workflow}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<Workflow>>> list(WorkflowListParams params) {
            return list(params, RequestOptions.none());
        }

        /**
         * List workflows.
         * <p>The tenant's workflows, oldest first.
         * <p>Sends {@code GET /workflows}.
         *
         * @return a future of the status and headers, beside the first page of {@link Workflow}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<Workflow>>> list() {
            return list(null, RequestOptions.none());
        }

        /**
         * List workflows.
         * <p>The tenant's workflows, oldest first.
         * <p>Sends {@code GET /workflows}.
         *
         * @param params the {@link WorkflowListParams}; null leaves every field out (no query)
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the first page of {@link Workflow}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<Workflow>>> list(WorkflowListParams params, RequestOptions options) {
            return core.pageRawAsync("/workflows", PathTemplate.fill("/workflows"), params, options, Json.model(Workflow::new));
        }

        /**
         * Retrieve a workflow.
         * <p>One workflow of the tenant, by id.
         * <p>Sends {@code GET /workflows/{workflow_id}}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @return a future of the status and headers, beside the {@link Workflow}
         */
        public CompletableFuture<RawResponse<Workflow>> retrieve(String workflowId) {
            return retrieve(workflowId, RequestOptions.none());
        }

        /**
         * Retrieve a workflow.
         * <p>One workflow of the tenant, by id.
         * <p>Sends {@code GET /workflows/{workflow_id}}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link Workflow}
         */
        public CompletableFuture<RawResponse<Workflow>> retrieve(String workflowId, RequestOptions options) {
            return core.callRawAsync("GET", "/workflows/{workflow_id}", PathTemplate.fill("/workflows/{workflow_id}", "workflowId", workflowId), null, null, options, Json.model(Workflow::new));
        }

        /**
         * Update a workflow.
         * <p>Running executions keep the steps they started with.
         * <p>Sends {@code PATCH /workflows/{workflow_id}}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @param params the {@link WorkflowUpdateParams}; null leaves every field out (the body is {@code {}})
         * @return a future of the status and headers, beside the {@link Workflow}
         */
        public CompletableFuture<RawResponse<Workflow>> update(String workflowId, WorkflowUpdateParams params) {
            return update(workflowId, params, RequestOptions.none());
        }

        /**
         * Update a workflow.
         * <p>Running executions keep the steps they started with.
         * <p>Sends {@code PATCH /workflows/{workflow_id}}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @return a future of the status and headers, beside the {@link Workflow}
         */
        public CompletableFuture<RawResponse<Workflow>> update(String workflowId) {
            return update(workflowId, null, RequestOptions.none());
        }

        /**
         * Update a workflow.
         * <p>Running executions keep the steps they started with.
         * <p>Sends {@code PATCH /workflows/{workflow_id}}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @param params the {@link WorkflowUpdateParams}; null leaves every field out (the body is {@code {}})
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link Workflow}
         */
        public CompletableFuture<RawResponse<Workflow>> update(String workflowId, WorkflowUpdateParams params, RequestOptions options) {
            return core.callRawAsync("PATCH", "/workflows/{workflow_id}", PathTemplate.fill("/workflows/{workflow_id}", "workflowId", workflowId), null, Wire.body(params), options, Json.model(Workflow::new));
        }

        /**
         * Delete a workflow.
         * <p>Cancels its unfinished executions and deletes them with it.
         * <p>Sends {@code DELETE /workflows/{workflow_id}}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @return a future of the status and headers (no value)
         */
        public CompletableFuture<RawResponse<Void>> delete(String workflowId) {
            return delete(workflowId, RequestOptions.none());
        }

        /**
         * Delete a workflow.
         * <p>Cancels its unfinished executions and deletes them with it.
         * <p>Sends {@code DELETE /workflows/{workflow_id}}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers (no value)
         */
        public CompletableFuture<RawResponse<Void>> delete(String workflowId, RequestOptions options) {
            return core.callRawAsync("DELETE", "/workflows/{workflow_id}", PathTemplate.fill("/workflows/{workflow_id}", "workflowId", workflowId), null, null, options, json -> null);
        }
    }
}
