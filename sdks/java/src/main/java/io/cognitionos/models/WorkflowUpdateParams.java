// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The fields to change; a field left out keeps its value. New steps apply to executions started after. */
public final class WorkflowUpdateParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("name", "description", "steps");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public WorkflowUpdateParams(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code WorkflowUpdateParams}.
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
     * Name, 1 to 200 characters.
     *
     * @return the {@code name} value, empty when absent
     */
    public Optional<String> name() {
        return optional("name", Json.STRING);
    }

    /**
     * What the workflow does, for people; up to 2000 characters.
     *
     * @return the {@code description} value, empty when absent
     */
    public Optional<String> description() {
        return optional("description", Json.STRING);
    }

    /**
     * The steps an execution runs, in order: 1 to 50.
     *
     * @return the {@code steps} value, empty when absent
     */
    public Optional<List<WorkflowStep>> steps() {
        return optional("steps", Json.list(Json.model(WorkflowStep::new)));
    }

    /** Builds a {@link WorkflowUpdateParams}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Name, 1 to 200 characters.
         *
         * @param name the {@code name} value
         * @return this builder
         */
        public Builder name(String name) {
            Json.put(json, "name", name);
            return this;
        }

        /**
         * What the workflow does, for people; up to 2000 characters.
         *
         * @param description the {@code description} value
         * @return this builder
         */
        public Builder description(String description) {
            Json.put(json, "description", description);
            return this;
        }

        /**
         * The steps an execution runs, in order: 1 to 50.
         *
         * @param steps the {@code steps} value
         * @return this builder
         */
        public Builder steps(List<WorkflowStep> steps) {
            Json.put(json, "steps", steps);
            return this;
        }

        /**
         * Adds one item to {@code steps}.
         *
         * @param step the item to append
         * @return this builder
         */
        public Builder addStep(WorkflowStep step) {
            Json.add(json, "steps", step);
            return this;
        }

        /**
         * Adds one item to {@code steps}.
         *
         * @param step the item to append
         * @return this builder
         */
        public Builder addStep(DelayStep step) {
            Json.add(json, "steps", step);
            return this;
        }

        /**
         * Adds one item to {@code steps}.
         *
         * @param step the item to append
         * @return this builder
         */
        public Builder addStep(MemoryWriteStep step) {
            Json.add(json, "steps", step);
            return this;
        }

        /**
         * Adds one item to {@code steps}.
         *
         * @param step the item to append
         * @return this builder
         */
        public Builder addStep(UsageRecordStep step) {
            Json.add(json, "steps", step);
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
         * The {@code WorkflowUpdateParams}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code WorkflowUpdateParams}
         */
        public WorkflowUpdateParams build() {
            return new WorkflowUpdateParams(Json.requireFields(json, "WorkflowUpdateParams"));
        }
    }
}
