// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.Set;

/** One metric's usage in one period. */
public final class UsageBucket extends ApiObject {
    private static final Set<String> FIELDS = Set.of("metric", "period_start", "quantity");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public UsageBucket(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code UsageBucket}.
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
     * Metric name.
     *
     * @return the {@code metric} value
     */
    public String metric() {
        return required("metric", Json.STRING);
    }

    /**
     * Start of the bucket (UTC, on the hour or the day).
     *
     * @return the {@code period_start} value
     */
    public OffsetDateTime periodStart() {
        return required("period_start", Json.DATE_TIME);
    }

    /**
     * Sum of the quantities recorded.
     *
     * @return the {@code quantity} value
     */
    public double quantity() {
        return requiredOr("quantity", Json.DOUBLE, 0.0);
    }

    /** Builds a {@link UsageBucket}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
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
         * Start of the bucket (UTC, on the hour or the day).
         *
         * @param periodStart the {@code period_start} value
         * @return this builder
         */
        public Builder periodStart(OffsetDateTime periodStart) {
            Json.put(json, "period_start", periodStart);
            return this;
        }

        /**
         * Sum of the quantities recorded.
         *
         * @param quantity the {@code quantity} value
         * @return this builder
         */
        public Builder quantity(double quantity) {
            Json.put(json, "quantity", quantity);
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
         * The {@code UsageBucket}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code UsageBucket}
         */
        public UsageBucket build() {
            return new UsageBucket(Json.requireFields(json, "UsageBucket", "metric", "period_start", "quantity"));
        }
    }
}
