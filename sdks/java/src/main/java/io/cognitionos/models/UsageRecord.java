// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.Set;

/** One recorded amount of a metric. */
public final class UsageRecord extends ApiObject {
    private static final Set<String> FIELDS = Set.of("id", "metric", "quantity", "timestamp", "created_at");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public UsageRecord(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Unique id of the usage record; opaque, quote it as it is. */
    public String id() {
        return required("id", Json.STRING);
    }

    /** Metric name. */
    public String metric() {
        return required("metric", Json.STRING);
    }

    /** How much was used. */
    public double quantity() {
        return requiredOr("quantity", Json.DOUBLE, 0.0);
    }

    /** When the usage happened. */
    public OffsetDateTime timestamp() {
        return required("timestamp", Json.DATE_TIME);
    }

    /** When the object was created (RFC 3339, UTC). */
    public OffsetDateTime createdAt() {
        return required("created_at", Json.DATE_TIME);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** Unique id of the usage record; opaque, quote it as it is. */
        public Builder id(String id) {
            Json.put(json, "id", id);
            return this;
        }

        /** Metric name. */
        public Builder metric(String metric) {
            Json.put(json, "metric", metric);
            return this;
        }

        /** How much was used. */
        public Builder quantity(double quantity) {
            Json.put(json, "quantity", quantity);
            return this;
        }

        /** When the usage happened. */
        public Builder timestamp(OffsetDateTime timestamp) {
            Json.put(json, "timestamp", timestamp);
            return this;
        }

        /** When the object was created (RFC 3339, UTC). */
        public Builder createdAt(OffsetDateTime createdAt) {
            Json.put(json, "created_at", createdAt);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public UsageRecord build() {
            return new UsageRecord(Json.requireFields(json, "UsageRecord", "id", "metric", "quantity", "timestamp", "created_at"));
        }
    }
}
