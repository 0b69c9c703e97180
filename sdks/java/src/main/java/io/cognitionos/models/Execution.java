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

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public Execution(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Unique id of the execution; opaque, quote it as it is. */
    public String id() {
        return required("id", Json.STRING);
    }

    /** Id of the workflow it runs. */
    public String workflowId() {
        return required("workflow_id", Json.STRING);
    }

    /** Where an execution is: {@code queued} (accepted, not started), {@code running} (a step is under way), and the final ones: {@code succeeded} (every step did), {@code failed} (a step failed or the server stopped mid-step; {@code error} says why), {@code canceled} (by request). */
    public ExecutionStatus status() {
        return required("status", Json.enumeration(ExecutionStatus::of));
    }

    /** The values it was started with, for {@code {{input.&lt;field&gt;}}} placeholders. */
    public Map<String, Object> input() {
        return required("input", Json.OBJECT);
    }

    /** Set when the execution succeeded: the ids it wrote, {@code memory_ids} and {@code usage_record_ids}. */
    public Optional<Map<String, Object>> output() {
        return optional("output", Json.OBJECT);
    }

    /** Why it failed or was canceled. */
    public Optional<String> error() {
        return optional("error", Json.STRING);
    }

    /** How each step of the workflow went, in order. */
    public List<ExecutionStepResult> steps() {
        return required("steps", Json.list(Json.model(ExecutionStepResult::new)));
    }

    /** When the object was created (RFC 3339, UTC). */
    public OffsetDateTime createdAt() {
        return required("created_at", Json.DATE_TIME);
    }

    /** When it started running; null until then. */
    public Optional<OffsetDateTime> startedAt() {
        return optional("started_at", Json.DATE_TIME);
    }

    /** When it reached a final status; null until then. */
    public Optional<OffsetDateTime> finishedAt() {
        return optional("finished_at", Json.DATE_TIME);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** Unique id of the execution; opaque, quote it as it is. */
        public Builder id(String id) {
            Json.put(json, "id", id);
            return this;
        }

        /** Id of the workflow it runs. */
        public Builder workflowId(String workflowId) {
            Json.put(json, "workflow_id", workflowId);
            return this;
        }

        /** Where an execution is: {@code queued} (accepted, not started), {@code running} (a step is under way), and the final ones: {@code succeeded} (every step did), {@code failed} (a step failed or the server stopped mid-step; {@code error} says why), {@code canceled} (by request). */
        public Builder status(ExecutionStatus status) {
            Json.put(json, "status", status);
            return this;
        }

        /** The values it was started with, for {@code {{input.&lt;field&gt;}}} placeholders. */
        public Builder input(Map<String, Object> input) {
            Json.put(json, "input", input);
            return this;
        }

        /** Set when the execution succeeded: the ids it wrote, {@code memory_ids} and {@code usage_record_ids}. */
        public Builder output(Map<String, Object> output) {
            Json.put(json, "output", output);
            return this;
        }

        /** Why it failed or was canceled. */
        public Builder error(String error) {
            Json.put(json, "error", error);
            return this;
        }

        /** How each step of the workflow went, in order. */
        public Builder steps(List<ExecutionStepResult> steps) {
            Json.put(json, "steps", steps);
            return this;
        }

        public Builder addStep(ExecutionStepResult step) {
            Json.add(json, "steps", step);
            return this;
        }

        /** When the object was created (RFC 3339, UTC). */
        public Builder createdAt(OffsetDateTime createdAt) {
            Json.put(json, "created_at", createdAt);
            return this;
        }

        /** When it started running; null until then. */
        public Builder startedAt(OffsetDateTime startedAt) {
            Json.put(json, "started_at", startedAt);
            return this;
        }

        /** When it reached a final status; null until then. */
        public Builder finishedAt(OffsetDateTime finishedAt) {
            Json.put(json, "finished_at", finishedAt);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public Execution build() {
            return new Execution(Json.requireFields(json, "Execution", "id", "workflow_id", "status", "input", "output", "error", "steps", "created_at", "started_at", "finished_at"));
        }
    }
}
