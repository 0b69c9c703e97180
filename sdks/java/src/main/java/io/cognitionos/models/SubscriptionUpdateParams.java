// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Optional;
import java.util.Set;

/** The fields to change; a field left out keeps its value. */
public final class SubscriptionUpdateParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("plan", "seats", "cancel_at_period_end");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public SubscriptionUpdateParams(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** The plan a tenant pays for: {@code starter} (every new tenant), {@code professional} or {@code enterprise}. */
    public Optional<Plan> plan() {
        return optional("plan", Json.enumeration(Plan::of));
    }

    /** How many seats, 1 to 10000. */
    public Optional<Long> seats() {
        return optional("seats", Json.LONG);
    }

    /** Set false to undo a cancellation before the period ends. */
    public Optional<Boolean> cancelAtPeriodEnd() {
        return optional("cancel_at_period_end", Json.BOOLEAN);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** The plan a tenant pays for: {@code starter} (every new tenant), {@code professional} or {@code enterprise}. */
        public Builder plan(Plan plan) {
            Json.put(json, "plan", plan);
            return this;
        }

        /** How many seats, 1 to 10000. */
        public Builder seats(long seats) {
            Json.put(json, "seats", seats);
            return this;
        }

        /** Set false to undo a cancellation before the period ends. */
        public Builder cancelAtPeriodEnd(boolean cancelAtPeriodEnd) {
            Json.put(json, "cancel_at_period_end", cancelAtPeriodEnd);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public SubscriptionUpdateParams build() {
            return new SubscriptionUpdateParams(Json.requireFields(json, "SubscriptionUpdateParams"));
        }
    }
}
