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

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public ExecutionCreateParams(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code ExecutionCreateParams}.
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
     * Values for {@code {{input.&lt;field&gt;}}} placeholders.
     *
     * @return the {@code input} value, empty when absent
     */
    public Optional<Map<String, Object>> input() {
        return optional("input", Json.OBJECT);
    }

    /** Builds a {@link ExecutionCreateParams}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Values for {@code {{input.&lt;field&gt;}}} placeholders.
         *
         * @param input the {@code input} value
         * @return this builder
         */
        public Builder input(Map<String, Object> input) {
            Json.put(json, "input", input);
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
         * The {@code ExecutionCreateParams}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code ExecutionCreateParams}
         */
        public ExecutionCreateParams build() {
            return new ExecutionCreateParams(Json.requireFields(json, "ExecutionCreateParams"));
        }
    }
}
