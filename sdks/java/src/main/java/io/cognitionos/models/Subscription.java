// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.Set;

/** A tenant's plan and seats; every tenant has exactly one. */
public final class Subscription extends ApiObject {
    private static final Set<String> FIELDS = Set.of("tenant_id", "plan", "seats", "status", "cancel_at_period_end", "current_period_start", "current_period_end", "created_at", "updated_at");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public Subscription(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code Subscription}.
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
     * Id of the tenant it belongs to.
     *
     * @return the {@code tenant_id} value
     */
    public String tenantId() {
        return required("tenant_id", Json.STRING);
    }

    /**
     * The plan a tenant pays for: {@code starter} (every new tenant), {@code professional} or {@code enterprise}.
     *
     * @return the {@code plan} value
     */
    public Plan plan() {
        return required("plan", Json.enumeration(Plan::of));
    }

    /**
     * How many seats the tenant pays for.
     *
     * @return the {@code seats} value
     */
    public long seats() {
        return requiredOr("seats", Json.LONG, 0L);
    }

    /**
     * Whether the subscription runs: {@code active}, or {@code canceled} once a subscription set to cancel reaches its period end.
     *
     * @return the {@code status} value
     */
    public SubscriptionStatus status() {
        return required("status", Json.enumeration(SubscriptionStatus::of));
    }

    /**
     * Whether the subscription ends at {@code current_period_end} instead of renewing.
     *
     * @return the {@code cancel_at_period_end} value
     */
    public boolean cancelAtPeriodEnd() {
        return requiredOr("cancel_at_period_end", Json.BOOLEAN, false);
    }

    /**
     * Start of the billing period under way.
     *
     * @return the {@code current_period_start} value
     */
    public OffsetDateTime currentPeriodStart() {
        return required("current_period_start", Json.DATE_TIME);
    }

    /**
     * End of the billing period under way: the subscription renews or, set to cancel, ends then.
     *
     * @return the {@code current_period_end} value
     */
    public OffsetDateTime currentPeriodEnd() {
        return required("current_period_end", Json.DATE_TIME);
    }

    /**
     * When the object was created (RFC 3339, UTC).
     *
     * @return the {@code created_at} value
     */
    public OffsetDateTime createdAt() {
        return required("created_at", Json.DATE_TIME);
    }

    /**
     * When the object last changed (RFC 3339, UTC); its creation time until then.
     *
     * @return the {@code updated_at} value
     */
    public OffsetDateTime updatedAt() {
        return required("updated_at", Json.DATE_TIME);
    }

    /** Builds a {@link Subscription}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Id of the tenant it belongs to.
         *
         * @param tenantId the {@code tenant_id} value
         * @return this builder
         */
        public Builder tenantId(String tenantId) {
            Json.put(json, "tenant_id", tenantId);
            return this;
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
         * How many seats the tenant pays for.
         *
         * @param seats the {@code seats} value
         * @return this builder
         */
        public Builder seats(long seats) {
            Json.put(json, "seats", seats);
            return this;
        }

        /**
         * Whether the subscription runs: {@code active}, or {@code canceled} once a subscription set to cancel reaches its period end.
         *
         * @param status the {@code status} value
         * @return this builder
         */
        public Builder status(SubscriptionStatus status) {
            Json.put(json, "status", status);
            return this;
        }

        /**
         * Whether the subscription ends at {@code current_period_end} instead of renewing.
         *
         * @param cancelAtPeriodEnd the {@code cancel_at_period_end} value
         * @return this builder
         */
        public Builder cancelAtPeriodEnd(boolean cancelAtPeriodEnd) {
            Json.put(json, "cancel_at_period_end", cancelAtPeriodEnd);
            return this;
        }

        /**
         * Start of the billing period under way.
         *
         * @param currentPeriodStart the {@code current_period_start} value
         * @return this builder
         */
        public Builder currentPeriodStart(OffsetDateTime currentPeriodStart) {
            Json.put(json, "current_period_start", currentPeriodStart);
            return this;
        }

        /**
         * End of the billing period under way: the subscription renews or, set to cancel, ends then.
         *
         * @param currentPeriodEnd the {@code current_period_end} value
         * @return this builder
         */
        public Builder currentPeriodEnd(OffsetDateTime currentPeriodEnd) {
            Json.put(json, "current_period_end", currentPeriodEnd);
            return this;
        }

        /**
         * When the object was created (RFC 3339, UTC).
         *
         * @param createdAt the {@code created_at} value
         * @return this builder
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            Json.put(json, "created_at", createdAt);
            return this;
        }

        /**
         * When the object last changed (RFC 3339, UTC); its creation time until then.
         *
         * @param updatedAt the {@code updated_at} value
         * @return this builder
         */
        public Builder updatedAt(OffsetDateTime updatedAt) {
            Json.put(json, "updated_at", updatedAt);
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
         * The {@code Subscription}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code Subscription}
         */
        public Subscription build() {
            return new Subscription(Json.requireFields(json, "Subscription", "tenant_id", "plan", "seats", "status", "cancel_at_period_end", "current_period_start", "current_period_end", "created_at", "updated_at"));
        }
    }
}
