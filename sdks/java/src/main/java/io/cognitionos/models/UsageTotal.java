// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Set;

/** One metric's usage over the whole range. */
public final class UsageTotal extends ApiObject {
    private static final Set<String> FIELDS = Set.of("metric", "quantity");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public UsageTotal(ObjectNode json) {
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

        public UsageTotal build() {
            return new UsageTotal(Json.requireFields(json, "UsageTotal", "metric", "quantity"));
        }
    }
}
