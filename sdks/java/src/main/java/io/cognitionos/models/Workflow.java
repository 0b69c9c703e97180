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

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public Workflow(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Unique id of the workflow; opaque, quote it as it is. */
    public String id() {
        return required("id", Json.STRING);
    }

    /** Name, 1 to 200 characters. */
    public String name() {
        return required("name", Json.STRING);
    }

    /** What the workflow does, for people; up to 2000 characters. */
    public String description() {
        return required("description", Json.STRING);
    }

    /** The steps an execution runs, in order. */
    public List<WorkflowStep> steps() {
        return required("steps", Json.list(Json.model(WorkflowStep::new)));
    }

    /** When the object was created (RFC 3339, UTC). */
    public OffsetDateTime createdAt() {
        return required("created_at", Json.DATE_TIME);
    }

    /** When the object last changed (RFC 3339, UTC); its creation time until then. */
    public OffsetDateTime updatedAt() {
        return required("updated_at", Json.DATE_TIME);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** Unique id of the workflow; opaque, quote it as it is. */
        public Builder id(String id) {
            Json.put(json, "id", id);
            return this;
        }

        /** Name, 1 to 200 characters. */
        public Builder name(String name) {
            Json.put(json, "name", name);
            return this;
        }

        /** What the workflow does, for people; up to 2000 characters. */
        public Builder description(String description) {
            Json.put(json, "description", description);
            return this;
        }

        /** The steps an execution runs, in order. */
        public Builder steps(List<WorkflowStep> steps) {
            Json.put(json, "steps", steps);
            return this;
        }

        public Builder addStep(WorkflowStep step) {
            Json.add(json, "steps", step);
            return this;
        }

        public Builder addStep(DelayStep step) {
            Json.add(json, "steps", step);
            return this;
        }

        public Builder addStep(MemoryWriteStep step) {
            Json.add(json, "steps", step);
            return this;
        }

        public Builder addStep(UsageRecordStep step) {
            Json.add(json, "steps", step);
            return this;
        }

        /** When the object was created (RFC 3339, UTC). */
        public Builder createdAt(OffsetDateTime createdAt) {
            Json.put(json, "created_at", createdAt);
            return this;
        }

        /** When the object last changed (RFC 3339, UTC); its creation time until then. */
        public Builder updatedAt(OffsetDateTime updatedAt) {
            Json.put(json, "updated_at", updatedAt);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public Workflow build() {
            return new Workflow(Json.requireFields(json, "Workflow", "id", "name", "description", "steps", "created_at", "updated_at"));
        }
    }
}
