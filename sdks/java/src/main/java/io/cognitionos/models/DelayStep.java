// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Set;

/** Waits, then goes on to the next step. */
public final class DelayStep extends ApiObject {
    private static final Set<String> FIELDS = Set.of("type", "duration_ms");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public DelayStep(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Always {@code delay}. */
    public String type() {
        return required("type", Json.STRING);
    }

    /** How long to wait. */
    public long durationMs() {
        return requiredOr("duration_ms", Json.LONG, 0L);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
            json.put("type", "delay");
        }

        /** How long to wait. */
        public Builder durationMs(long durationMs) {
            Json.put(json, "duration_ms", durationMs);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public DelayStep build() {
            return new DelayStep(Json.requireFields(json, "DelayStep", "type", "duration_ms"));
        }
    }
}
