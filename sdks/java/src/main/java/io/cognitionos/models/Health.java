// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Set;

/** Whether the server and its store answer. */
public final class Health extends ApiObject {
    private static final Set<String> FIELDS = Set.of("status", "version", "uptime_seconds", "store");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public Health(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code Health}.
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
     * The server as a whole: {@code ok}, or {@code degraded} when its store does not answer.
     *
     * @return the {@code status} value
     */
    public HealthStatus status() {
        return required("status", Json.enumeration(HealthStatus::of));
    }

    /**
     * Spec version the server implements.
     *
     * @return the {@code version} value
     */
    public String version() {
        return required("version", Json.STRING);
    }

    /**
     * Seconds since the server started.
     *
     * @return the {@code uptime_seconds} value
     */
    public double uptimeSeconds() {
        return requiredOr("uptime_seconds", Json.DOUBLE, 0.0);
    }

    /**
     * Whether the store answered a query of its tables: {@code ok} or {@code error}.
     *
     * @return the {@code store} value
     */
    public HealthStore store() {
        return required("store", Json.enumeration(HealthStore::of));
    }

    /** Builds a {@link Health}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * The server as a whole: {@code ok}, or {@code degraded} when its store does not answer.
         *
         * @param status the {@code status} value
         * @return this builder
         */
        public Builder status(HealthStatus status) {
            Json.put(json, "status", status);
            return this;
        }

        /**
         * Spec version the server implements.
         *
         * @param version the {@code version} value
         * @return this builder
         */
        public Builder version(String version) {
            Json.put(json, "version", version);
            return this;
        }

        /**
         * Seconds since the server started.
         *
         * @param uptimeSeconds the {@code uptime_seconds} value
         * @return this builder
         */
        public Builder uptimeSeconds(double uptimeSeconds) {
            Json.put(json, "uptime_seconds", uptimeSeconds);
            return this;
        }

        /**
         * Whether the store answered a query of its tables: {@code ok} or {@code error}.
         *
         * @param store the {@code store} value
         * @return this builder
         */
        public Builder store(HealthStore store) {
            Json.put(json, "store", store);
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
         * The {@code Health}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code Health}
         */
        public Health build() {
            return new Health(Json.requireFields(json, "Health", "status", "version", "uptime_seconds", "store"));
        }
    }
}
