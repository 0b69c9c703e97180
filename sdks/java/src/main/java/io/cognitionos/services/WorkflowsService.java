// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.Page;
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

/** The workflows operations. */
public final class WorkflowsService {
    private final ClientCore core;
    private final WithRawResponse raw = new WithRawResponse();
    private final WorkflowsExecutionsService executions;

    /** Built by the client (io.cognitionos.internal.Construct). */
    WorkflowsService(ClientCore core) {
        this.core = core;
        this.executions = new WorkflowsExecutionsService(core);
    }

    /**
     * The workflows.executions operations.
     *
     * @return that service
     */
    public WorkflowsExecutionsService executions() {
        return executions;
    }

    /**
     * Create a workflow.
     * <p>Stores a workflow in the caller's tenant; run it with an execution.
     * <p>Sends {@code POST /workflows}.
     *
     * @param params the {@link WorkflowCreateParams}
     * @return the {@link Workflow}
     */
    public Workflow create(WorkflowCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Create a workflow.
     * <p>Stores a workflow in the caller's tenant; run it with an execution.
     * <p>Sends {@code POST /workflows}.
     *
     * @param params the {@link WorkflowCreateParams}
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return the {@link Workflow}
     */
    public Workflow create(WorkflowCreateParams params, RequestOptions options) {
        return core.call("POST", "/workflows", PathTemplate.fill("/workflows"), null, Wire.body(params), options, Json.model(Workflow::new));
    }

    /**
     * List workflows.
     * <p>The tenant's workflows, oldest first.
     * <p>Sends {@code GET /workflows}.
     *
     * @param params the {@link WorkflowListParams}; null leaves every field out (no query)
     * @return the first page of {@link Workflow}, whose {@code autoPager()} reads the pages after it
     */
    public Page<Workflow> list(WorkflowListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * List workflows.
     * <p>The tenant's workflows, oldest first.
     * <p>Sends {@code GET /workflows}.
     *
     * @return the first page of {@link Workflow}, whose {@code autoPager()} reads the pages after it
     */
    public Page<Workflow> list() {
        return list(null, RequestOptions.none());
    }

    /**
     * List workflows.
     * <p>The tenant's workflows, oldest first.
     * <p>Sends {@code GET /workflows}.
     *
     * @param params the {@link WorkflowListParams}; null leaves every field out (no query)
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return the first page of {@link Workflow}, whose {@code autoPager()} reads the pages after it
     */
    public Page<Workflow> list(WorkflowListParams params, RequestOptions options) {
        return core.page("/workflows", PathTemplate.fill("/workflows"), params, options, Json.model(Workflow::new));
    }

    /**
     * Retrieve a workflow.
     * <p>One workflow of the tenant, by id.
     * <p>Sends {@code GET /workflows/{workflow_id}}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @return the {@link Workflow}
     */
    public Workflow retrieve(String workflowId) {
        return retrieve(workflowId, RequestOptions.none());
    }

    /**
     * Retrieve a workflow.
     * <p>One workflow of the tenant, by id.
     * <p>Sends {@code GET /workflows/{workflow_id}}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return the {@link Workflow}
     */
    public Workflow retrieve(String workflowId, RequestOptions options) {
        return core.call("GET", "/workflows/{workflow_id}", PathTemplate.fill("/workflows/{workflow_id}", "workflowId", workflowId), null, null, options, Json.model(Workflow::new));
    }

    /**
     * Update a workflow.
     * <p>Running executions keep the steps they started with.
     * <p>Sends {@code PATCH /workflows/{workflow_id}}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param params the {@link WorkflowUpdateParams}; null leaves every field out (the body is {@code {}})
     * @return the {@link Workflow}
     */
    public Workflow update(String workflowId, WorkflowUpdateParams params) {
        return update(workflowId, params, RequestOptions.none());
    }

    /**
     * Update a workflow.
     * <p>Running executions keep the steps they started with.
     * <p>Sends {@code PATCH /workflows/{workflow_id}}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @return the {@link Workflow}
     */
    public Workflow update(String workflowId) {
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
     * @return the {@link Workflow}
     */
    public Workflow update(String workflowId, WorkflowUpdateParams params, RequestOptions options) {
        return core.call("PATCH", "/workflows/{workflow_id}", PathTemplate.fill("/workflows/{workflow_id}", "workflowId", workflowId), null, Wire.body(params), options, Json.model(Workflow::new));
    }

    /**
     * Delete a workflow.
     * <p>Cancels its unfinished executions and deletes them with it.
     * <p>Sends {@code DELETE /workflows/{workflow_id}}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     */
    public void delete(String workflowId) {
        delete(workflowId, RequestOptions.none());
    }

    /**
     * Delete a workflow.
     * <p>Cancels its unfinished executions and deletes them with it.
     * <p>Sends {@code DELETE /workflows/{workflow_id}}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     */
    public void delete(String workflowId, RequestOptions options) {
        core.call("DELETE", "/workflows/{workflow_id}", PathTemplate.fill("/workflows/{workflow_id}", "workflowId", workflowId), null, null, options, json -> null);
    }

    /**
     * The same calls, each answering a {@link RawResponse}: the status and headers beside the value.
     *
     * @return the raw flavor of this service
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** Calls that answer the status and headers beside the value. */
    public final class WithRawResponse {
        private WithRawResponse() {}

        /**
         * Create a workflow.
         * <p>Stores a workflow in the caller's tenant; run it with an execution.
         * <p>Sends {@code POST /workflows}.
         *
         * @param params the {@link WorkflowCreateParams}
         * @return the status and headers, beside the {@link Workflow}
         */
        public RawResponse<Workflow> create(WorkflowCreateParams params) {
            return create(params, RequestOptions.none());
        }

        /**
         * Create a workflow.
         * <p>Stores a workflow in the caller's tenant; run it with an execution.
         * <p>Sends {@code POST /workflows}.
         *
         * @param params the {@link WorkflowCreateParams}
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return the status and headers, beside the {@link Workflow}
         */
        public RawResponse<Workflow> create(WorkflowCreateParams params, RequestOptions options) {
            return core.callRaw("POST", "/workflows", PathTemplate.fill("/workflows"), null, Wire.body(params), options, Json.model(Workflow::new));
        }

        /**
         * List workflows.
         * <p>The tenant's workflows, oldest first.
         * <p>Sends {@code GET /workflows}.
         *
         * @param params the {@link WorkflowListParams}; null leaves every field out (no query)
         * @return the status and headers, beside the first page of {@link Workflow}, whose {@code autoPager()} reads the pages after it
         */
        public RawResponse<Page<Workflow>> list(WorkflowListParams params) {
            return list(params, RequestOptions.none());
        }

        /**
         * List workflows.
         * <p>The tenant's workflows, oldest first.
         * <p>Sends {@code GET /workflows}.
         *
         * @return the status and headers, beside the first page of {@link Workflow}, whose {@code autoPager()} reads the pages after it
         */
        public RawResponse<Page<Workflow>> list() {
            return list(null, RequestOptions.none());
        }

        /**
         * List workflows.
         * <p>The tenant's workflows, oldest first.
         * <p>Sends {@code GET /workflows}.
         *
         * @param params the {@link WorkflowListParams}; null leaves every field out (no query)
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return the status and headers, beside the first page of {@link Workflow}, whose {@code autoPager()} reads the pages after it
         */
        public RawResponse<Page<Workflow>> list(WorkflowListParams params, RequestOptions options) {
            return core.pageRaw("/workflows", PathTemplate.fill("/workflows"), params, options, Json.model(Workflow::new));
        }

        /**
         * Retrieve a workflow.
         * <p>One workflow of the tenant, by id.
         * <p>Sends {@code GET /workflows/{workflow_id}}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @return the status and headers, beside the {@link Workflow}
         */
        public RawResponse<Workflow> retrieve(String workflowId) {
            return retrieve(workflowId, RequestOptions.none());
        }

        /**
         * Retrieve a workflow.
         * <p>One workflow of the tenant, by id.
         * <p>Sends {@code GET /workflows/{workflow_id}}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return the status and headers, beside the {@link Workflow}
         */
        public RawResponse<Workflow> retrieve(String workflowId, RequestOptions options) {
            return core.callRaw("GET", "/workflows/{workflow_id}", PathTemplate.fill("/workflows/{workflow_id}", "workflowId", workflowId), null, null, options, Json.model(Workflow::new));
        }

        /**
         * Update a workflow.
         * <p>Running executions keep the steps they started with.
         * <p>Sends {@code PATCH /workflows/{workflow_id}}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @param params the {@link WorkflowUpdateParams}; null leaves every field out (the body is {@code {}})
         * @return the status and headers, beside the {@link Workflow}
         */
        public RawResponse<Workflow> update(String workflowId, WorkflowUpdateParams params) {
            return update(workflowId, params, RequestOptions.none());
        }

        /**
         * Update a workflow.
         * <p>Running executions keep the steps they started with.
         * <p>Sends {@code PATCH /workflows/{workflow_id}}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @return the status and headers, beside the {@link Workflow}
         */
        public RawResponse<Workflow> update(String workflowId) {
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
         * @return the status and headers, beside the {@link Workflow}
         */
        public RawResponse<Workflow> update(String workflowId, WorkflowUpdateParams params, RequestOptions options) {
            return core.callRaw("PATCH", "/workflows/{workflow_id}", PathTemplate.fill("/workflows/{workflow_id}", "workflowId", workflowId), null, Wire.body(params), options, Json.model(Workflow::new));
        }

        /**
         * Delete a workflow.
         * <p>Cancels its unfinished executions and deletes them with it.
         * <p>Sends {@code DELETE /workflows/{workflow_id}}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @return the status and headers (no value)
         */
        public RawResponse<Void> delete(String workflowId) {
            return delete(workflowId, RequestOptions.none());
        }

        /**
         * Delete a workflow.
         * <p>Cancels its unfinished executions and deletes them with it.
         * <p>Sends {@code DELETE /workflows/{workflow_id}}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return the status and headers (no value)
         */
        public RawResponse<Void> delete(String workflowId, RequestOptions options) {
            return core.callRaw("DELETE", "/workflows/{workflow_id}", PathTemplate.fill("/workflows/{workflow_id}", "workflowId", workflowId), null, null, options, json -> null);
        }
    }
}
