// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.Set;

/** One metric's usage in one period. */
public final class UsageBucket extends ApiObject {
    private static final Set<String> FIELDS = Set.of("metric", "period_start", "quantity");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public UsageBucket(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Metric name. */
    public String metric() {
        return required("metric", Json.STRING);
    }

    /** Start of the bucket (UTC, on the hour or the day). */
    public OffsetDateTime periodStart() {
        return required("period_start", Json.DATE_TIME);
    }

    /** Sum of the quantities recorded. */
    public double quantity() {
        return requiredOr("quantity", Json.DOUBLE, 0.0);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** Metric name. */
        public Builder metric(String metric) {
            Json.put(json, "metric", metric);
            return this;
        }

        /** Start of the bucket (UTC, on the hour or the day). */
        public Builder periodStart(OffsetDateTime periodStart) {
            Json.put(json, "period_start", periodStart);
            return this;
        }

        /** Sum of the quantities recorded. */
        public Builder quantity(double quantity) {
            Json.put(json, "quantity", quantity);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public UsageBucket build() {
            return new UsageBucket(Json.requireFields(json, "UsageBucket", "metric", "period_start", "quantity"));
        }
    }
}
