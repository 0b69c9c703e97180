// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.AsyncPage;
import io.cognitionos.RawResponse;
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
    private final WithRawResponse raw = new WithRawResponse();

    /** Built by the client (io.cognitionos.internal.Construct). */
    WorkflowsExecutionsServiceAsync(ClientCore core) {
        this.core = core;
    }

    /**
     * Start an execution.
     * <p>Queues the workflow; the server runs its steps asynchronously. Poll it until {@code status} is final.
     * <p>Sends {@code POST /workflows/{workflow_id}/executions}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param params the {@link ExecutionCreateParams}; null leaves every field out (the body is {@code {}})
     * @return a future of the {@link Execution}
     */
    public CompletableFuture<Execution> create(String workflowId, ExecutionCreateParams params) {
        return create(workflowId, params, RequestOptions.none());
    }

    /**
     * Start an execution.
     * <p>Queues the workflow; the server runs its steps asynchronously. Poll it until {@code status} is final.
     * <p>Sends {@code POST /workflows/{workflow_id}/executions}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @return a future of the {@link Execution}
     */
    public CompletableFuture<Execution> create(String workflowId) {
        return create(workflowId, null, RequestOptions.none());
    }

    /**
     * Start an execution.
     * <p>Queues the workflow; the server runs its steps asynchronously. Poll it until {@code status} is final.
     * <p>Sends {@code POST /workflows/{workflow_id}/executions}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param params the {@link ExecutionCreateParams}; null leaves every field out (the body is {@code {}})
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link Execution}
     */
    public CompletableFuture<Execution> create(String workflowId, ExecutionCreateParams params, RequestOptions options) {
        return core.callAsync("POST", "/workflows/{workflow_id}/executions", PathTemplate.fill("/workflows/{workflow_id}/executions", "workflowId", workflowId), null, Wire.body(params), options, Json.model(Execution::new));
    }

    /**
     * Starts one with no params and waits until it ends (see the overload with RequestOptions).
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @return a future of the {@link Execution}
     */
    public CompletableFuture<Execution> createAndPoll(String workflowId) {
        return createAndPoll(workflowId, null, RequestOptions.none());
    }

    /**
     * Starts one and waits until it ends: polls every 500 ms, for up to 300000 ms.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param params the {@link ExecutionCreateParams}; null leaves every field out (the body is {@code {}})
     * @return a future of the {@link Execution}
     */
    public CompletableFuture<Execution> createAndPoll(String workflowId, ExecutionCreateParams params) {
        return createAndPoll(workflowId, params, RequestOptions.none());
    }

    /**
     * Starts one and reads it again every {@code options.pollInterval()} (default 500 ms) until its status is one of
     * succeeded, failed, canceled; fails with CognitionOSPollTimeoutException after {@code options.pollTimeout()} (default 300000 ms).
     * The other options apply to the create and to every read.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param params the {@link ExecutionCreateParams}; null leaves every field out (the body is {@code {}})
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link Execution}
     */
    public CompletableFuture<Execution> createAndPoll(String workflowId, ExecutionCreateParams params, RequestOptions options) {
        Duration pollInterval = options.pollInterval().orElse(Duration.ofMillis(500));
        Duration maxWait = options.pollTimeout().orElse(Duration.ofMillis(300000));
        return create(workflowId, params, options).thenCompose(created -> Polling.untilTerminalAsync(created, () -> retrieve(workflowId, created.id(), options), current -> current.status().asString(),
                Set.of("succeeded", "failed", "canceled"), pollInterval, maxWait));
    }

    /**
     * List a workflow's executions.
     * <p>Oldest first, whatever their status.
     * <p>Sends {@code GET /workflows/{workflow_id}/executions}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param params the {@link ExecutionListParams}; null leaves every field out (no query)
     * @return a future of the first page of {@link Execution}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<Execution>> list(String workflowId, ExecutionListParams params) {
        return list(workflowId, params, RequestOptions.none());
    }

    /**
     * List a workflow's executions.
     * <p>Oldest first, whatever their status.
     * <p>Sends {@code GET /workflows/{workflow_id}/executions}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @return a future of the first page of {@link Execution}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<Execution>> list(String workflowId) {
        return list(workflowId, null, RequestOptions.none());
    }

    /**
     * List a workflow's executions.
     * <p>Oldest first, whatever their status.
     * <p>Sends {@code GET /workflows/{workflow_id}/executions}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param params the {@link ExecutionListParams}; null leaves every field out (no query)
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the first page of {@link Execution}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<Execution>> list(String workflowId, ExecutionListParams params, RequestOptions options) {
        return core.pageAsync("/workflows/{workflow_id}/executions", PathTemplate.fill("/workflows/{workflow_id}/executions", "workflowId", workflowId), params, options, Json.model(Execution::new));
    }

    /**
     * Retrieve an execution.
     * <p>Its status and each step's; poll it until {@code status} is final.
     * <p>Sends {@code GET /workflows/{workflow_id}/executions/{execution_id}}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param executionId Id of the execution, {@code exec_...}.
     * @return a future of the {@link Execution}
     */
    public CompletableFuture<Execution> retrieve(String workflowId, String executionId) {
        return retrieve(workflowId, executionId, RequestOptions.none());
    }

    /**
     * Retrieve an execution.
     * <p>Its status and each step's; poll it until {@code status} is final.
     * <p>Sends {@code GET /workflows/{workflow_id}/executions/{execution_id}}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param executionId Id of the execution, {@code exec_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link Execution}
     */
    public CompletableFuture<Execution> retrieve(String workflowId, String executionId, RequestOptions options) {
        return core.callAsync("GET", "/workflows/{workflow_id}/executions/{execution_id}", PathTemplate.fill("/workflows/{workflow_id}/executions/{execution_id}", "workflowId", workflowId, "executionId", executionId), null, null, options, Json.model(Execution::new));
    }

    /**
     * Cancel an execution.
     * <p>Stops an unfinished execution; a finished one is a 409.
     * <p>Sends {@code POST /workflows/{workflow_id}/executions/{execution_id}/cancel}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param executionId Id of the execution, {@code exec_...}.
     * @return a future of the {@link Execution}
     */
    public CompletableFuture<Execution> cancel(String workflowId, String executionId) {
        return cancel(workflowId, executionId, RequestOptions.none());
    }

    /**
     * Cancel an execution.
     * <p>Stops an unfinished execution; a finished one is a 409.
     * <p>Sends {@code POST /workflows/{workflow_id}/executions/{execution_id}/cancel}.
     *
     * @param workflowId Id of the workflow, {@code wf_...}.
     * @param executionId Id of the execution, {@code exec_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link Execution}
     */
    public CompletableFuture<Execution> cancel(String workflowId, String executionId, RequestOptions options) {
        return core.callAsync("POST", "/workflows/{workflow_id}/executions/{execution_id}/cancel", PathTemplate.fill("/workflows/{workflow_id}/executions/{execution_id}/cancel", "workflowId", workflowId, "executionId", executionId), null, null, options, Json.model(Execution::new));
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
         * Start an execution.
         * <p>Queues the workflow; the server runs its steps asynchronously. Poll it until {@code status} is final.
         * <p>Sends {@code POST /workflows/{workflow_id}/executions}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @param params the {@link ExecutionCreateParams}; null leaves every field out (the body is {@code {}})
         * @return a future of the status and headers, beside the {@link Execution}
         */
        public CompletableFuture<RawResponse<Execution>> create(String workflowId, ExecutionCreateParams params) {
            return create(workflowId, params, RequestOptions.none());
        }

        /**
         * Start an execution.
         * <p>Queues the workflow; the server runs its steps asynchronously. Poll it until {@code status} is final.
         * <p>Sends {@code POST /workflows/{workflow_id}/executions}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @return a future of the status and headers, beside the {@link Execution}
         */
        public CompletableFuture<RawResponse<Execution>> create(String workflowId) {
            return create(workflowId, null, RequestOptions.none());
        }

        /**
         * Start an execution.
         * <p>Queues the workflow; the server runs its steps asynchronously. Poll it until {@code status} is final.
         * <p>Sends {@code POST /workflows/{workflow_id}/executions}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @param params the {@link ExecutionCreateParams}; null leaves every field out (the body is {@code {}})
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link Execution}
         */
        public CompletableFuture<RawResponse<Execution>> create(String workflowId, ExecutionCreateParams params, RequestOptions options) {
            return core.callRawAsync("POST", "/workflows/{workflow_id}/executions", PathTemplate.fill("/workflows/{workflow_id}/executions", "workflowId", workflowId), null, Wire.body(params), options, Json.model(Execution::new));
        }

        /**
         * List a workflow's executions.
         * <p>Oldest first, whatever their status.
         * <p>Sends {@code GET /workflows/{workflow_id}/executions}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @param params the {@link ExecutionListParams}; null leaves every field out (no query)
         * @return a future of the status and headers, beside the first page of {@link Execution}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<Execution>>> list(String workflowId, ExecutionListParams params) {
            return list(workflowId, params, RequestOptions.none());
        }

        /**
         * List a workflow's executions.
         * <p>Oldest first, whatever their status.
         * <p>Sends {@code GET /workflows/{workflow_id}/executions}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @return a future of the status and headers, beside the first page of {@link Execution}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<Execution>>> list(String workflowId) {
            return list(workflowId, null, RequestOptions.none());
        }

        /**
         * List a workflow's executions.
         * <p>Oldest first, whatever their status.
         * <p>Sends {@code GET /workflows/{workflow_id}/executions}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @param params the {@link ExecutionListParams}; null leaves every field out (no query)
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the first page of {@link Execution}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<Execution>>> list(String workflowId, ExecutionListParams params, RequestOptions options) {
            return core.pageRawAsync("/workflows/{workflow_id}/executions", PathTemplate.fill("/workflows/{workflow_id}/executions", "workflowId", workflowId), params, options, Json.model(Execution::new));
        }

        /**
         * Retrieve an execution.
         * <p>Its status and each step's; poll it until {@code status} is final.
         * <p>Sends {@code GET /workflows/{workflow_id}/executions/{execution_id}}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @param executionId Id of the execution, {@code exec_...}.
         * @return a future of the status and headers, beside the {@link Execution}
         */
        public CompletableFuture<RawResponse<Execution>> retrieve(String workflowId, String executionId) {
            return retrieve(workflowId, executionId, RequestOptions.none());
        }

        /**
         * Retrieve an execution.
         * <p>Its status and each step's; poll it until {@code status} is final.
         * <p>Sends {@code GET /workflows/{workflow_id}/executions/{execution_id}}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @param executionId Id of the execution, {@code exec_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link Execution}
         */
        public CompletableFuture<RawResponse<Execution>> retrieve(String workflowId, String executionId, RequestOptions options) {
            return core.callRawAsync("GET", "/workflows/{workflow_id}/executions/{execution_id}", PathTemplate.fill("/workflows/{workflow_id}/executions/{execution_id}", "workflowId", workflowId, "executionId", executionId), null, null, options, Json.model(Execution::new));
        }

        /**
         * Cancel an execution.
         * <p>Stops an unfinished execution; a finished one is a 409.
         * <p>Sends {@code POST /workflows/{workflow_id}/executions/{execution_id}/cancel}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @param executionId Id of the execution, {@code exec_...}.
         * @return a future of the status and headers, beside the {@link Execution}
         */
        public CompletableFuture<RawResponse<Execution>> cancel(String workflowId, String executionId) {
            return cancel(workflowId, executionId, RequestOptions.none());
        }

        /**
         * Cancel an execution.
         * <p>Stops an unfinished execution; a finished one is a 409.
         * <p>Sends {@code POST /workflows/{workflow_id}/executions/{execution_id}/cancel}.
         *
         * @param workflowId Id of the workflow, {@code wf_...}.
         * @param executionId Id of the execution, {@code exec_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link Execution}
         */
        public CompletableFuture<RawResponse<Execution>> cancel(String workflowId, String executionId, RequestOptions options) {
            return core.callRawAsync("POST", "/workflows/{workflow_id}/executions/{execution_id}/cancel", PathTemplate.fill("/workflows/{workflow_id}/executions/{execution_id}/cancel", "workflowId", workflowId, "executionId", executionId), null, null, options, Json.model(Execution::new));
        }
    }
}
