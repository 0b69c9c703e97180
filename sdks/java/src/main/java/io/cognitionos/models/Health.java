// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Set;

/** Whether the server and its store answer. */
public final class Health extends ApiObject {
    private static final Set<String> FIELDS = Set.of("status", "version", "uptime_seconds", "store");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public Health(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** The server as a whole: {@code ok}, or {@code degraded} when its store does not answer. */
    public HealthStatus status() {
        return required("status", Json.enumeration(HealthStatus::of));
    }

    /** Spec version the server implements. */
    public String version() {
        return required("version", Json.STRING);
    }

    /** Seconds since the server started. */
    public double uptimeSeconds() {
        return requiredOr("uptime_seconds", Json.DOUBLE, 0.0);
    }

    /** Whether the store answered a query of its tables: {@code ok} or {@code error}. */
    public HealthStore store() {
        return required("store", Json.enumeration(HealthStore::of));
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** The server as a whole: {@code ok}, or {@code degraded} when its store does not answer. */
        public Builder status(HealthStatus status) {
            Json.put(json, "status", status);
            return this;
        }

        /** Spec version the server implements. */
        public Builder version(String version) {
            Json.put(json, "version", version);
            return this;
        }

        /** Seconds since the server started. */
        public Builder uptimeSeconds(double uptimeSeconds) {
            Json.put(json, "uptime_seconds", uptimeSeconds);
            return this;
        }

        /** Whether the store answered a query of its tables: {@code ok} or {@code error}. */
        public Builder store(HealthStore store) {
            Json.put(json, "store", store);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public Health build() {
            return new Health(Json.requireFields(json, "Health", "status", "version", "uptime_seconds", "store"));
        }
    }
}
