// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/** Query parameters of usage.summary. */
public final class UsageSummaryParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("start", "end", "granularity", "metric");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public UsageSummaryParams(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code UsageSummaryParams}.
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
     * Inclusive; defaults to 7 days before {@code end}.
     *
     * @return the {@code start} value, empty when absent
     */
    public Optional<OffsetDateTime> start() {
        return optional("start", Json.DATE_TIME);
    }

    /**
     * Exclusive; defaults to now.
     *
     * @return the {@code end} value, empty when absent
     */
    public Optional<OffsetDateTime> end() {
        return optional("end", Json.DATE_TIME);
    }

    /**
     * Bucket length, {@code hour} or {@code day} (default {@code day}).
     *
     * @return the {@code granularity} value, empty when absent
     */
    public Optional<Granularity> granularity() {
        return optional("granularity", Json.enumeration(Granularity::of));
    }

    /**
     * Only this metric; all metrics when omitted.
     *
     * @return the {@code metric} value, empty when absent
     */
    public Optional<String> metric() {
        return optional("metric", Json.STRING);
    }

    /** Builds a {@link UsageSummaryParams}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Inclusive; defaults to 7 days before {@code end}.
         *
         * @param start the {@code start} value
         * @return this builder
         */
        public Builder start(OffsetDateTime start) {
            Json.put(json, "start", start);
            return this;
        }

        /**
         * Exclusive; defaults to now.
         *
         * @param end the {@code end} value
         * @return this builder
         */
        public Builder end(OffsetDateTime end) {
            Json.put(json, "end", end);
            return this;
        }

        /**
         * Bucket length, {@code hour} or {@code day} (default {@code day}).
         *
         * @param granularity the {@code granularity} value
         * @return this builder
         */
        public Builder granularity(Granularity granularity) {
            Json.put(json, "granularity", granularity);
            return this;
        }

        /**
         * Only this metric; all metrics when omitted.
         *
         * @param metric the {@code metric} value
         * @return this builder
         */
        public Builder metric(String metric) {
            Json.put(json, "metric", metric);
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
         * The {@code UsageSummaryParams}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code UsageSummaryParams}
         */
        public UsageSummaryParams build() {
            return new UsageSummaryParams(Json.requireFields(json, "UsageSummaryParams"));
        }
    }
}
