// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.Set;

/** One recorded amount of a metric. */
public final class UsageRecord extends ApiObject {
    private static final Set<String> FIELDS = Set.of("id", "metric", "quantity", "timestamp", "created_at");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public UsageRecord(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code UsageRecord}.
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
     * Unique id of the usage record; opaque, quote it as it is.
     *
     * @return the {@code id} value
     */
    public String id() {
        return required("id", Json.STRING);
    }

    /**
     * Metric name.
     *
     * @return the {@code metric} value
     */
    public String metric() {
        return required("metric", Json.STRING);
    }

    /**
     * How much was used.
     *
     * @return the {@code quantity} value
     */
    public double quantity() {
        return requiredOr("quantity", Json.DOUBLE, 0.0);
    }

    /**
     * When the usage happened.
     *
     * @return the {@code timestamp} value
     */
    public OffsetDateTime timestamp() {
        return required("timestamp", Json.DATE_TIME);
    }

    /**
     * When the object was created (RFC 3339, UTC).
     *
     * @return the {@code created_at} value
     */
    public OffsetDateTime createdAt() {
        return required("created_at", Json.DATE_TIME);
    }

    /** Builds a {@link UsageRecord}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Unique id of the usage record; opaque, quote it as it is.
         *
         * @param id the {@code id} value
         * @return this builder
         */
        public Builder id(String id) {
            Json.put(json, "id", id);
            return this;
        }

        /**
         * Metric name.
         *
         * @param metric the {@code metric} value
         * @return this builder
         */
        public Builder metric(String metric) {
            Json.put(json, "metric", metric);
            return this;
        }

        /**
         * How much was used.
         *
         * @param quantity the {@code quantity} value
         * @return this builder
         */
        public Builder quantity(double quantity) {
            Json.put(json, "quantity", quantity);
            return this;
        }

        /**
         * When the usage happened.
         *
         * @param timestamp the {@code timestamp} value
         * @return this builder
         */
        public Builder timestamp(OffsetDateTime timestamp) {
            Json.put(json, "timestamp", timestamp);
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
         * The {@code UsageRecord}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code UsageRecord}
         */
        public UsageRecord build() {
            return new UsageRecord(Json.requireFields(json, "UsageRecord", "id", "metric", "quantity", "timestamp", "created_at"));
        }
    }
}
