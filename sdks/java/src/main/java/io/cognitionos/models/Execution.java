// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One run of a workflow, executed asynchronously by the server. */
public final class Execution extends ApiObject {
    private static final Set<String> FIELDS = Set.of("id", "workflow_id", "status", "input", "output", "error", "steps", "created_at", "started_at", "finished_at");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public Execution(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code Execution}.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /**
     * Unique id of the execution; opaque, quote it as it is.
     *
     * @return the {@code id} value
     */
    public String id() {
        return required("id", Json.STRING);
    }

    /**
     * Id of the workflow it runs.
     *
     * @return the {@code workflow_id} value
     */
    public String workflowId() {
        return required("workflow_id", Json.STRING);
    }

    /**
     * Where an execution is: {@code queued} (accepted, not started), {@code running} (a step is under way), and the final ones: {@code succeeded} (every step did), {@code failed} (a step failed or the server stopped mid-step; {@code error} says why), {@code canceled} (by request).
     *
     * @return the {@code status} value
     */
    public ExecutionStatus status() {
        return required("status", Json.enumeration(ExecutionStatus::of));
    }

    /**
     * The values it was started with, for {@code {{input.&lt;field&gt;}}} placeholders.
     *
     * @return the {@code input} value
     */
    public Map<String, Object> input() {
        return required("input", Json.OBJECT);
    }

    /**
     * Set when the execution succeeded: the ids it wrote, {@code memory_ids} and {@code usage_record_ids}.
     *
     * @return the {@code output} value, empty when null or absent
     */
    public Optional<Map<String, Object>> output() {
        return optional("output", Json.OBJECT);
    }

    /**
     * Why it failed or was canceled.
     *
     * @return the {@code error} value, empty when null or absent
     */
    public Optional<String> error() {
        return optional("error", Json.STRING);
    }

    /**
     * How each step of the workflow went, in order.
     *
     * @return the {@code steps} value
     */
    public List<ExecutionStepResult> steps() {
        return required("steps", Json.list(Json.model(ExecutionStepResult::new)));
    }

    /**
     * When the object was created (RFC 3339, UTC).
     *
     * @return the {@code created_at} value
     */
    public OffsetDateTime createdAt() {
        return required("created_at", Json.DATE_TIME);
    }

    /**
     * When it started running; null until then.
     *
     * @return the {@code started_at} value, empty when null or absent
     */
    public Optional<OffsetDateTime> startedAt() {
        return optional("started_at", Json.DATE_TIME);
    }

    /**
     * When it reached a final status; null until then.
     *
     * @return the {@code finished_at} value, empty when null or absent
     */
    public Optional<OffsetDateTime> finishedAt() {
        return optional("finished_at", Json.DATE_TIME);
    }

    /** Builds a {@link Execution}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Unique id of the execution; opaque, quote it as it is.
         *
         * @param id the {@code id} value
         * @return this builder
         */
        public Builder id(String id) {
            Json.put(json, "id", id);
            return this;
        }

        /**
         * Id of the workflow it runs.
         *
         * @param workflowId the {@code workflow_id} value
         * @return this builder
         */
        public Builder workflowId(String workflowId) {
            Json.put(json, "workflow_id", workflowId);
            return this;
        }

        /**
         * Where an execution is: {@code queued} (accepted, not started), {@code running} (a step is under way), and the final ones: {@code succeeded} (every step did), {@code failed} (a step failed or the server stopped mid-step; {@code error} says why), {@code canceled} (by request).
         *
         * @param status the {@code status} value
         * @return this builder
         */
        public Builder status(ExecutionStatus status) {
            Json.put(json, "status", status);
            return this;
        }

        /**
         * The values it was started with, for {@code {{input.&lt;field&gt;}}} placeholders.
         *
         * @param input the {@code input} value
         * @return this builder
         */
        public Builder input(Map<String, Object> input) {
            Json.put(json, "input", input);
            return this;
        }

        /**
         * Set when the execution succeeded: the ids it wrote, {@code memory_ids} and {@code usage_record_ids}.
         *
         * @param output the {@code output} value (null sends JSON null)
         * @return this builder
         */
        public Builder output(Map<String, Object> output) {
            Json.put(json, "output", output);
            return this;
        }

        /**
         * Why it failed or was canceled.
         *
         * @param error the {@code error} value (null sends JSON null)
         * @return this builder
         */
        public Builder error(String error) {
            Json.put(json, "error", error);
            return this;
        }

        /**
         * How each step of the workflow went, in order.
         *
         * @param steps the {@code steps} value
         * @return this builder
         */
        public Builder steps(List<ExecutionStepResult> steps) {
            Json.put(json, "steps", steps);
            return this;
        }

        /**
         * Adds one item to {@code steps}.
         *
         * @param step the item to append
         * @return this builder
         */
        public Builder addStep(ExecutionStepResult step) {
            Json.add(json, "steps", step);
            return this;
        }

        /**
         * When the object was created (RFC 3339, UTC).
         *
         * @param createdAt the {@code created_at} value
         * @return this builder
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            Json.put(json, "created_at", createdAt);
            return this;
        }

        /**
         * When it started running; null until then.
         *
         * @param startedAt the {@code started_at} value (null sends JSON null)
         * @return this builder
         */
        public Builder startedAt(OffsetDateTime startedAt) {
            Json.put(json, "started_at", startedAt);
            return this;
        }

        /**
         * When it reached a final status; null until then.
         *
         * @param finishedAt the {@code finished_at} value (null sends JSON null)
         * @return this builder
         */
        public Builder finishedAt(OffsetDateTime finishedAt) {
            Json.put(json, "finished_at", finishedAt);
            return this;
        }

        /**
         * A field this SDK version does not declare yet, sent as given.
         *
         * @param name its name on the wire
         * @param value its value, written as JSON
         * @return this builder
         */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        /**
         * The {@code Execution}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code Execution}
         */
        public Execution build() {
            return new Execution(Json.requireFields(json, "Execution", "id", "workflow_id", "status", "input", "output", "error", "steps", "created_at", "started_at", "finished_at"));
        }
    }
}
