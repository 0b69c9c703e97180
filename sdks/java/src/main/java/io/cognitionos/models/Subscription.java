// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.Set;

/** A tenant's plan and seats; every tenant has exactly one. */
public final class Subscription extends ApiObject {
    private static final Set<String> FIELDS = Set.of("tenant_id", "plan", "seats", "status", "cancel_at_period_end", "current_period_start", "current_period_end", "created_at", "updated_at");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public Subscription(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Id of the tenant it belongs to. */
    public String tenantId() {
        return required("tenant_id", Json.STRING);
    }

    /** The plan a tenant pays for: {@code starter} (every new tenant), {@code professional} or {@code enterprise}. */
    public Plan plan() {
        return required("plan", Json.enumeration(Plan::of));
    }

    /** How many seats the tenant pays for. */
    public long seats() {
        return requiredOr("seats", Json.LONG, 0L);
    }

    /** Whether the subscription runs: {@code active}, or {@code canceled} once a subscription set to cancel reaches its period end. */
    public SubscriptionStatus status() {
        return required("status", Json.enumeration(SubscriptionStatus::of));
    }

    /** Whether the subscription ends at {@code current_period_end} instead of renewing. */
    public boolean cancelAtPeriodEnd() {
        return requiredOr("cancel_at_period_end", Json.BOOLEAN, false);
    }

    /** Start of the billing period under way. */
    public OffsetDateTime currentPeriodStart() {
        return required("current_period_start", Json.DATE_TIME);
    }

    /** End of the billing period under way: the subscription renews or, set to cancel, ends then. */
    public OffsetDateTime currentPeriodEnd() {
        return required("current_period_end", Json.DATE_TIME);
    }

    /** When the object was created (RFC 3339, UTC). */
    public OffsetDateTime createdAt() {
        return required("created_at", Json.DATE_TIME);
    }

    /** When the object last changed (RFC 3339, UTC); its creation time until then. */
    public OffsetDateTime updatedAt() {
        return required("updated_at", Json.DATE_TIME);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** Id of the tenant it belongs to. */
        public Builder tenantId(String tenantId) {
            Json.put(json, "tenant_id", tenantId);
            return this;
        }

        /** The plan a tenant pays for: {@code starter} (every new tenant), {@code professional} or {@code enterprise}. */
        public Builder plan(Plan plan) {
            Json.put(json, "plan", plan);
            return this;
        }

        /** How many seats the tenant pays for. */
        public Builder seats(long seats) {
            Json.put(json, "seats", seats);
            return this;
        }

        /** Whether the subscription runs: {@code active}, or {@code canceled} once a subscription set to cancel reaches its period end. */
        public Builder status(SubscriptionStatus status) {
            Json.put(json, "status", status);
            return this;
        }

        /** Whether the subscription ends at {@code current_period_end} instead of renewing. */
        public Builder cancelAtPeriodEnd(boolean cancelAtPeriodEnd) {
            Json.put(json, "cancel_at_period_end", cancelAtPeriodEnd);
            return this;
        }

        /** Start of the billing period under way. */
        public Builder currentPeriodStart(OffsetDateTime currentPeriodStart) {
            Json.put(json, "current_period_start", currentPeriodStart);
            return this;
        }

        /** End of the billing period under way: the subscription renews or, set to cancel, ends then. */
        public Builder currentPeriodEnd(OffsetDateTime currentPeriodEnd) {
            Json.put(json, "current_period_end", currentPeriodEnd);
            return this;
        }

        /** When the object was created (RFC 3339, UTC). */
        public Builder createdAt(OffsetDateTime createdAt) {
            Json.put(json, "created_at", createdAt);
            return this;
        }

        /** When the object last changed (RFC 3339, UTC); its creation time until then. */
        public Builder updatedAt(OffsetDateTime updatedAt) {
            Json.put(json, "updated_at", updatedAt);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public Subscription build() {
            return new Subscription(Json.requireFields(json, "Subscription", "tenant_id", "plan", "seats", "status", "cancel_at_period_end", "current_period_start", "current_period_end", "created_at", "updated_at"));
        }
    }
}
