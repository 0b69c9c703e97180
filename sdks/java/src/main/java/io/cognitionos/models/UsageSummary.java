// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** A tenant's usage over [start, end), per period and in total. */
public final class UsageSummary extends ApiObject {
    private static final Set<String> FIELDS = Set.of("start", "end", "granularity", "data", "totals");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public UsageSummary(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code UsageSummary}.
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
     * Start of the range, inclusive.
     *
     * @return the {@code start} value
     */
    public OffsetDateTime start() {
        return required("start", Json.DATE_TIME);
    }

    /**
     * End of the range, exclusive.
     *
     * @return the {@code end} value
     */
    public OffsetDateTime end() {
        return required("end", Json.DATE_TIME);
    }

    /**
     * The length of a summary bucket: {@code hour} or {@code day} (UTC).
     *
     * @return the {@code granularity} value
     */
    public Granularity granularity() {
        return required("granularity", Json.enumeration(Granularity::of));
    }

    /**
     * Non-empty buckets, by period then metric.
     *
     * @return the {@code data} value
     */
    public List<UsageBucket> data() {
        return required("data", Json.list(Json.model(UsageBucket::new)));
    }

    /**
     * Sum per metric over the range.
     *
     * @return the {@code totals} value
     */
    public List<UsageTotal> totals() {
        return required("totals", Json.list(Json.model(UsageTotal::new)));
    }

    /** Builds a {@link UsageSummary}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Start of the range, inclusive.
         *
         * @param start the {@code start} value
         * @return this builder
         */
        public Builder start(OffsetDateTime start) {
            Json.put(json, "start", start);
            return this;
        }

        /**
         * End of the range, exclusive.
         *
         * @param end the {@code end} value
         * @return this builder
         */
        public Builder end(OffsetDateTime end) {
            Json.put(json, "end", end);
            return this;
        }

        /**
         * The length of a summary bucket: {@code hour} or {@code day} (UTC).
         *
         * @param granularity the {@code granularity} value
         * @return this builder
         */
        public Builder granularity(Granularity granularity) {
            Json.put(json, "granularity", granularity);
            return this;
        }

        /**
         * Non-empty buckets, by period then metric.
         *
         * @param data the {@code data} value
         * @return this builder
         */
        public Builder data(List<UsageBucket> data) {
            Json.put(json, "data", data);
            return this;
        }

        /**
         * Adds one item to {@code data}.
         *
         * @param data the item to append
         * @return this builder
         */
        public Builder addData(UsageBucket data) {
            Json.add(json, "data", data);
            return this;
        }

        /**
         * Sum per metric over the range.
         *
         * @param totals the {@code totals} value
         * @return this builder
         */
        public Builder totals(List<UsageTotal> totals) {
            Json.put(json, "totals", totals);
            return this;
        }

        /**
         * Adds one item to {@code totals}.
         *
         * @param total the item to append
         * @return this builder
         */
        public Builder addTotal(UsageTotal total) {
            Json.add(json, "totals", total);
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
         * The {@code UsageSummary}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code UsageSummary}
         */
        public UsageSummary build() {
            return new UsageSummary(Json.requireFields(json, "UsageSummary", "start", "end", "granularity", "data", "totals"));
        }
    }
}
