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

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public UsageSummary(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Start of the range, inclusive. */
    public OffsetDateTime start() {
        return required("start", Json.DATE_TIME);
    }

    /** End of the range, exclusive. */
    public OffsetDateTime end() {
        return required("end", Json.DATE_TIME);
    }

    /** The length of a summary bucket: {@code hour} or {@code day} (UTC). */
    public Granularity granularity() {
        return required("granularity", Json.enumeration(Granularity::of));
    }

    /** Non-empty buckets, by period then metric. */
    public List<UsageBucket> data() {
        return required("data", Json.list(Json.model(UsageBucket::new)));
    }

    /** Sum per metric over the range. */
    public List<UsageTotal> totals() {
        return required("totals", Json.list(Json.model(UsageTotal::new)));
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** Start of the range, inclusive. */
        public Builder start(OffsetDateTime start) {
            Json.put(json, "start", start);
            return this;
        }

        /** End of the range, exclusive. */
        public Builder end(OffsetDateTime end) {
            Json.put(json, "end", end);
            return this;
        }

        /** The length of a summary bucket: {@code hour} or {@code day} (UTC). */
        public Builder granularity(Granularity granularity) {
            Json.put(json, "granularity", granularity);
            return this;
        }

        /** Non-empty buckets, by period then metric. */
        public Builder data(List<UsageBucket> data) {
            Json.put(json, "data", data);
            return this;
        }

        public Builder addData(UsageBucket data) {
            Json.add(json, "data", data);
            return this;
        }

        /** Sum per metric over the range. */
        public Builder totals(List<UsageTotal> totals) {
            Json.put(json, "totals", totals);
            return this;
        }

        public Builder addTotal(UsageTotal total) {
            Json.add(json, "totals", total);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public UsageSummary build() {
            return new UsageSummary(Json.requireFields(json, "UsageSummary", "start", "end", "granularity", "data", "totals"));
        }
    }
}
