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

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public UsageRecordParams(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Metric name; {@code api_calls} is metered by the server itself. */
    public String metric() {
        return required("metric", Json.STRING);
    }

    /** How much was used, 0 to 10^12 (fractions allowed). */
    public double quantity() {
        return requiredOr("quantity", Json.DOUBLE, 0.0);
    }

    /** When it happened; defaults to now. */
    public Optional<OffsetDateTime> timestamp() {
        return optional("timestamp", Json.DATE_TIME);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** Metric name; {@code api_calls} is metered by the server itself. */
        public Builder metric(String metric) {
            Json.put(json, "metric", metric);
            return this;
        }

        /** How much was used, 0 to 10^12 (fractions allowed). */
        public Builder quantity(double quantity) {
            Json.put(json, "quantity", quantity);
            return this;
        }

        /** When it happened; defaults to now. */
        public Builder timestamp(OffsetDateTime timestamp) {
            Json.put(json, "timestamp", timestamp);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public UsageRecordParams build() {
            return new UsageRecordParams(Json.requireFields(json, "UsageRecordParams", "metric", "quantity"));
        }
    }
}
