// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** How one step of an execution went. */
public final class ExecutionStepResult extends ApiObject {
    private static final Set<String> FIELDS = Set.of("index", "type", "status", "output", "started_at", "finished_at");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public ExecutionStepResult(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code ExecutionStepResult}.
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
     * The step's position in the workflow, from 0.
     *
     * @return the {@code index} value
     */
    public long index() {
        return requiredOr("index", Json.LONG, 0L);
    }

    /**
     * The step's {@code type} (kept as a plain string so newer step types read fine).
     *
     * @return the {@code type} value
     */
    public String type() {
        return required("type", Json.STRING);
    }

    /**
     * Where a step is: {@code pending} (not reached yet), {@code running}, {@code succeeded}, {@code failed}, or {@code canceled} (its execution was canceled before it finished).
     *
     * @return the {@code status} value
     */
    public StepStatus status() {
        return required("status", Json.enumeration(StepStatus::of));
    }

    /**
     * What the step produced, e.g. {@code { "memory_id": "mem_..." }}.
     *
     * @return the {@code output} value
     */
    public Map<String, Object> output() {
        return required("output", Json.OBJECT);
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

    /** Builds a {@link ExecutionStepResult}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * The step's position in the workflow, from 0.
         *
         * @param index the {@code index} value
         * @return this builder
         */
        public Builder index(long index) {
            Json.put(json, "index", index);
            return this;
        }

        /**
         * The step's {@code type} (kept as a plain string so newer step types read fine).
         *
         * @param type the {@code type} value
         * @return this builder
         */
        public Builder type(String type) {
            Json.put(json, "type", type);
            return this;
        }

        /**
         * Where a step is: {@code pending} (not reached yet), {@code running}, {@code succeeded}, {@code failed}, or {@code canceled} (its execution was canceled before it finished).
         *
         * @param status the {@code status} value
         * @return this builder
         */
        public Builder status(StepStatus status) {
            Json.put(json, "status", status);
            return this;
        }

        /**
         * What the step produced, e.g. {@code { "memory_id": "mem_..." }}.
         *
         * @param output the {@code output} value
         * @return this builder
         */
        public Builder output(Map<String, Object> output) {
            Json.put(json, "output", output);
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
         * The {@code ExecutionStepResult}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code ExecutionStepResult}
         */
        public ExecutionStepResult build() {
            return new ExecutionStepResult(Json.requireFields(json, "ExecutionStepResult", "index", "type", "status", "output", "started_at", "finished_at"));
        }
    }
}
