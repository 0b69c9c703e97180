// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** A list of steps an agent can run; each run is an execution. */
public final class Workflow extends ApiObject {
    private static final Set<String> FIELDS = Set.of("id", "name", "description", "steps", "created_at", "updated_at");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public Workflow(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code Workflow}.
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
     * Unique id of the workflow; opaque, quote it as it is.
     *
     * @return the {@code id} value
     */
    public String id() {
        return required("id", Json.STRING);
    }

    /**
     * Name, 1 to 200 characters.
     *
     * @return the {@code name} value
     */
    public String name() {
        return required("name", Json.STRING);
    }

    /**
     * What the workflow does, for people; up to 2000 characters.
     *
     * @return the {@code description} value
     */
    public String description() {
        return required("description", Json.STRING);
    }

    /**
     * The steps an execution runs, in order.
     *
     * @return the {@code steps} value
     */
    public List<WorkflowStep> steps() {
        return required("steps", Json.list(Json.model(WorkflowStep::new)));
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
     * When the object last changed (RFC 3339, UTC); its creation time until then.
     *
     * @return the {@code updated_at} value
     */
    public OffsetDateTime updatedAt() {
        return required("updated_at", Json.DATE_TIME);
    }

    /** Builds a {@link Workflow}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Unique id of the workflow; opaque, quote it as it is.
         *
         * @param id the {@code id} value
         * @return this builder
         */
        public Builder id(String id) {
            Json.put(json, "id", id);
            return this;
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
         * The steps an execution runs, in order.
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
         * When the object last changed (RFC 3339, UTC); its creation time until then.
         *
         * @param updatedAt the {@code updated_at} value
         * @return this builder
         */
        public Builder updatedAt(OffsetDateTime updatedAt) {
            Json.put(json, "updated_at", updatedAt);
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
         * The {@code Workflow}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code Workflow}
         */
        public Workflow build() {
            return new Workflow(Json.requireFields(json, "Workflow", "id", "name", "description", "steps", "created_at", "updated_at"));
        }
    }
}
