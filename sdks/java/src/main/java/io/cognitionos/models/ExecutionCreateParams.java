// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What an execution starts with; every field may be left out. */
public final class ExecutionCreateParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("input");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public ExecutionCreateParams(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Values for {@code {{input.&lt;field&gt;}}} placeholders. */
    public Optional<Map<String, Object>> input() {
        return optional("input", Json.OBJECT);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** Values for {@code {{input.&lt;field&gt;}}} placeholders. */
        public Builder input(Map<String, Object> input) {
            Json.put(json, "input", input);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public ExecutionCreateParams build() {
            return new ExecutionCreateParams(Json.requireFields(json, "ExecutionCreateParams"));
        }
    }
}
