// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.Set;

/** Subscription. */
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
     * The {@code tenant_id} field.
     *
     * @return the {@code tenant_id} value
     */
    public String tenantId() {
        return required("tenant_id", Json.STRING);
    }

    /**
     * The {@code plan} field.
     *
     * @return the {@code plan} value
     */
    public Plan plan() {
        return required("plan", Json.enumeration(Plan::of));
    }

    /**
     * The {@code seats} field.
     *
     * @return the {@code seats} value
     */
    public long seats() {
        return requiredOr("seats", Json.LONG, 0L);
    }

    /**
     * {@code canceled} once a subscription set to cancel reaches its period end.
     *
     * @return the {@code status} value
     */
    public SubscriptionStatus status() {
        return required("status", Json.enumeration(SubscriptionStatus::of));
    }

    /**
     * The {@code cancel_at_period_end} field.
     *
     * @return the {@code cancel_at_period_end} value
     */
    public boolean cancelAtPeriodEnd() {
        return requiredOr("cancel_at_period_end", Json.BOOLEAN, false);
    }

    /**
     * The {@code current_period_start} field.
     *
     * @return the {@code current_period_start} value
     */
    public OffsetDateTime currentPeriodStart() {
        return required("current_period_start", Json.DATE_TIME);
    }

    /**
     * The {@code current_period_end} field.
     *
     * @return the {@code current_period_end} value
     */
    public OffsetDateTime currentPeriodEnd() {
        return required("current_period_end", Json.DATE_TIME);
    }

    /**
     * The {@code created_at} field.
     *
     * @return the {@code created_at} value
     */
    public OffsetDateTime createdAt() {
        return required("created_at", Json.DATE_TIME);
    }

    /**
     * The {@code updated_at} field.
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
         * The {@code tenant_id} field.
         *
         * @param tenantId the {@code tenant_id} value
         * @return this builder
         */
        public Builder tenantId(String tenantId) {
            Json.put(json, "tenant_id", tenantId);
            return this;
        }

        /**
         * The {@code plan} field.
         *
         * @param plan the {@code plan} value
         * @return this builder
         */
        public Builder plan(Plan plan) {
            Json.put(json, "plan", plan);
            return this;
        }

        /**
         * The {@code seats} field.
         *
         * @param seats the {@code seats} value
         * @return this builder
         */
        public Builder seats(long seats) {
            Json.put(json, "seats", seats);
            return this;
        }

        /**
         * {@code canceled} once a subscription set to cancel reaches its period end.
         *
         * @param status the {@code status} value
         * @return this builder
         */
        public Builder status(SubscriptionStatus status) {
            Json.put(json, "status", status);
            return this;
        }

        /**
         * The {@code cancel_at_period_end} field.
         *
         * @param cancelAtPeriodEnd the {@code cancel_at_period_end} value
         * @return this builder
         */
        public Builder cancelAtPeriodEnd(boolean cancelAtPeriodEnd) {
            Json.put(json, "cancel_at_period_end", cancelAtPeriodEnd);
            return this;
        }

        /**
         * The {@code current_period_start} field.
         *
         * @param currentPeriodStart the {@code current_period_start} value
         * @return this builder
         */
        public Builder currentPeriodStart(OffsetDateTime currentPeriodStart) {
            Json.put(json, "current_period_start", currentPeriodStart);
            return this;
        }

        /**
         * The {@code current_period_end} field.
         *
         * @param currentPeriodEnd the {@code current_period_end} value
         * @return this builder
         */
        public Builder currentPeriodEnd(OffsetDateTime currentPeriodEnd) {
            Json.put(json, "current_period_end", currentPeriodEnd);
            return this;
        }

        /**
         * The {@code created_at} field.
         *
         * @param createdAt the {@code created_at} value
         * @return this builder
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            Json.put(json, "created_at", createdAt);
            return this;
        }

        /**
         * The {@code updated_at} field.
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
