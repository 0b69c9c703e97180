// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Optional;
import java.util.Set;

/** The fields to change; a field left out keeps its value. */
public final class SubscriptionUpdateParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("plan", "seats", "cancel_at_period_end");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public SubscriptionUpdateParams(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code SubscriptionUpdateParams}.
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
     * The plan a tenant pays for: {@code starter} (every new tenant), {@code professional} or {@code enterprise}.
     *
     * @return the {@code plan} value, empty when absent
     */
    public Optional<Plan> plan() {
        return optional("plan", Json.enumeration(Plan::of));
    }

    /**
     * How many seats, 1 to 10000.
     *
     * @return the {@code seats} value, empty when absent
     */
    public Optional<Long> seats() {
        return optional("seats", Json.LONG);
    }

    /**
     * Set false to undo a cancellation before the period ends.
     *
     * @return the {@code cancel_at_period_end} value, empty when absent
     */
    public Optional<Boolean> cancelAtPeriodEnd() {
        return optional("cancel_at_period_end", Json.BOOLEAN);
    }

    /** Builds a {@link SubscriptionUpdateParams}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * The plan a tenant pays for: {@code starter} (every new tenant), {@code professional} or {@code enterprise}.
         *
         * @param plan the {@code plan} value
         * @return this builder
         */
        public Builder plan(Plan plan) {
            Json.put(json, "plan", plan);
            return this;
        }

        /**
         * How many seats, 1 to 10000.
         *
         * @param seats the {@code seats} value
         * @return this builder
         */
        public Builder seats(long seats) {
            Json.put(json, "seats", seats);
            return this;
        }

        /**
         * Set false to undo a cancellation before the period ends.
         *
         * @param cancelAtPeriodEnd the {@code cancel_at_period_end} value
         * @return this builder
         */
        public Builder cancelAtPeriodEnd(boolean cancelAtPeriodEnd) {
            Json.put(json, "cancel_at_period_end", cancelAtPeriodEnd);
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
         * The {@code SubscriptionUpdateParams}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code SubscriptionUpdateParams}
         */
        public SubscriptionUpdateParams build() {
            return new SubscriptionUpdateParams(Json.requireFields(json, "SubscriptionUpdateParams"));
        }
    }
}
