// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/** An amount of a metric to record. */
public final class UsageRecordParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("metric", "quantity", "timestamp");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public UsageRecordParams(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code UsageRecordParams}.
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
     * Metric name; {@code api_calls} is metered by the server itself.
     *
     * @return the {@code metric} value
     */
    public String metric() {
        return required("metric", Json.STRING);
    }

    /**
     * How much was used, 0 to 10^12 (fractions allowed).
     *
     * @return the {@code quantity} value
     */
    public double quantity() {
        return requiredOr("quantity", Json.DOUBLE, 0.0);
    }

    /**
     * When it happened; defaults to now.
     *
     * @return the {@code timestamp} value, empty when absent
     */
    public Optional<OffsetDateTime> timestamp() {
        return optional("timestamp", Json.DATE_TIME);
    }

    /** Builds a {@link UsageRecordParams}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Metric name; {@code api_calls} is metered by the server itself.
         *
         * @param metric the {@code metric} value
         * @return this builder
         */
        public Builder metric(String metric) {
            Json.put(json, "metric", metric);
            return this;
        }

        /**
         * How much was used, 0 to 10^12 (fractions allowed).
         *
         * @param quantity the {@code quantity} value
         * @return this builder
         */
        public Builder quantity(double quantity) {
            Json.put(json, "quantity", quantity);
            return this;
        }

        /**
         * When it happened; defaults to now.
         *
         * @param timestamp the {@code timestamp} value
         * @return this builder
         */
        public Builder timestamp(OffsetDateTime timestamp) {
            Json.put(json, "timestamp", timestamp);
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
         * The {@code UsageRecordParams}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code UsageRecordParams}
         */
        public UsageRecordParams build() {
            return new UsageRecordParams(Json.requireFields(json, "UsageRecordParams", "metric", "quantity"));
        }
    }
}
