// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Set;

/** Waits, then goes on to the next step. */
public final class DelayStep extends ApiObject {
    private static final Set<String> FIELDS = Set.of("type", "duration_ms");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public DelayStep(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code DelayStep}.
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
     * Always {@code delay}.
     *
     * @return the {@code type} value
     */
    public String type() {
        return required("type", Json.STRING);
    }

    /**
     * How long to wait.
     *
     * @return the {@code duration_ms} value
     */
    public long durationMs() {
        return requiredOr("duration_ms", Json.LONG, 0L);
    }

    /** Builds a {@link DelayStep}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
            json.put("type", "delay");
        }

        /**
         * How long to wait.
         *
         * @param durationMs the {@code duration_ms} value
         * @return this builder
         */
        public Builder durationMs(long durationMs) {
            Json.put(json, "duration_ms", durationMs);
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
         * The {@code DelayStep}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code DelayStep}
         */
        public DelayStep build() {
            return new DelayStep(Json.requireFields(json, "DelayStep", "type", "duration_ms"));
        }
    }
}
