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

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public WorkflowUpdateParams(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Name, 1 to 200 characters. */
    public Optional<String> name() {
        return optional("name", Json.STRING);
    }

    /** What the workflow does, for people; up to 2000 characters. */
    public Optional<String> description() {
        return optional("description", Json.STRING);
    }

    /** The steps an execution runs, in order: 1 to 50. */
    public Optional<List<WorkflowStep>> steps() {
        return optional("steps", Json.list(Json.model(WorkflowStep::new)));
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
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

        /** The steps an execution runs, in order: 1 to 50. */
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

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public WorkflowUpdateParams build() {
            return new WorkflowUpdateParams(Json.requireFields(json, "WorkflowUpdateParams"));
        }
    }
}
