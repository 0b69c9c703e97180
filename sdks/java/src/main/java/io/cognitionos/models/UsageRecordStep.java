// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Set;

/** Records usage for the tenant; the step's output names the record ({@code usage_record_id}). */
public final class UsageRecordStep extends ApiObject {
    private static final Set<String> FIELDS = Set.of("type", "metric", "quantity");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public UsageRecordStep(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code UsageRecordStep}.
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
     * Always {@code usage_record}.
     *
     * @return the {@code type} value
     */
    public String type() {
        return required("type", Json.STRING);
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

    /** Builds a {@link UsageRecordStep}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
            json.put("type", "usage_record");
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
         * The {@code UsageRecordStep}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code UsageRecordStep}
         */
        public UsageRecordStep build() {
            return new UsageRecordStep(Json.requireFields(json, "UsageRecordStep", "type", "metric", "quantity"));
        }
    }
}
