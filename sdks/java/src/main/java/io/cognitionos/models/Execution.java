// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Execution. */
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

    public String id() {
        return required("id", Json.STRING);
    }

    public String workflowId() {
        return required("workflow_id", Json.STRING);
    }

    public ExecutionStatus status() {
        return required("status", Json.enumeration(ExecutionStatus::of));
    }

    public Map<String, Object> input() {
        return required("input", Json.OBJECT);
    }

    /** Set when the execution succeeded. */
    public Optional<Map<String, Object>> output() {
        return optional("output", Json.OBJECT);
    }

    /** Why it failed or was canceled. */
    public Optional<String> error() {
        return optional("error", Json.STRING);
    }

    public List<ExecutionStepResult> steps() {
        return required("steps", Json.list(Json.model(ExecutionStepResult::new)));
    }

    public OffsetDateTime createdAt() {
        return required("created_at", Json.DATE_TIME);
    }

    public Optional<OffsetDateTime> startedAt() {
        return optional("started_at", Json.DATE_TIME);
    }

    public Optional<OffsetDateTime> finishedAt() {
        return optional("finished_at", Json.DATE_TIME);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        public Builder id(String id) {
            Json.put(json, "id", id);
            return this;
        }

        public Builder workflowId(String workflowId) {
            Json.put(json, "workflow_id", workflowId);
            return this;
        }

        public Builder status(ExecutionStatus status) {
            Json.put(json, "status", status);
            return this;
        }

        public Builder input(Map<String, Object> input) {
            Json.put(json, "input", input);
            return this;
        }

        /** Set when the execution succeeded. */
        public Builder output(Map<String, Object> output) {
            Json.put(json, "output", output);
            return this;
        }

        /** Why it failed or was canceled. */
        public Builder error(String error) {
            Json.put(json, "error", error);
            return this;
        }

        public Builder steps(List<ExecutionStepResult> steps) {
            Json.put(json, "steps", steps);
            return this;
        }

        public Builder addStep(ExecutionStepResult step) {
            Json.add(json, "steps", step);
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            Json.put(json, "created_at", createdAt);
            return this;
        }

        public Builder startedAt(OffsetDateTime startedAt) {
            Json.put(json, "started_at", startedAt);
            return this;
        }

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
