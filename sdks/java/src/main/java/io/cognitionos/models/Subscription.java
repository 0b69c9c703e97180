// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.Set;

/** Subscription. */
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

    public String tenantId() {
        return required("tenant_id", Json.STRING);
    }

    public Plan plan() {
        return required("plan", Json.enumeration(Plan::of));
    }

    public long seats() {
        return requiredOr("seats", Json.LONG, 0L);
    }

    /** {@code canceled} once a subscription set to cancel reaches its period end. */
    public SubscriptionStatus status() {
        return required("status", Json.enumeration(SubscriptionStatus::of));
    }

    public boolean cancelAtPeriodEnd() {
        return requiredOr("cancel_at_period_end", Json.BOOLEAN, false);
    }

    public OffsetDateTime currentPeriodStart() {
        return required("current_period_start", Json.DATE_TIME);
    }

    public OffsetDateTime currentPeriodEnd() {
        return required("current_period_end", Json.DATE_TIME);
    }

    public OffsetDateTime createdAt() {
        return required("created_at", Json.DATE_TIME);
    }

    public OffsetDateTime updatedAt() {
        return required("updated_at", Json.DATE_TIME);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        public Builder tenantId(String tenantId) {
            Json.put(json, "tenant_id", tenantId);
            return this;
        }

        public Builder plan(Plan plan) {
            Json.put(json, "plan", plan);
            return this;
        }

        public Builder seats(long seats) {
            Json.put(json, "seats", seats);
            return this;
        }

        /** {@code canceled} once a subscription set to cancel reaches its period end. */
        public Builder status(SubscriptionStatus status) {
            Json.put(json, "status", status);
            return this;
        }

        public Builder cancelAtPeriodEnd(boolean cancelAtPeriodEnd) {
            Json.put(json, "cancel_at_period_end", cancelAtPeriodEnd);
            return this;
        }

        public Builder currentPeriodStart(OffsetDateTime currentPeriodStart) {
            Json.put(json, "current_period_start", currentPeriodStart);
            return this;
        }

        public Builder currentPeriodEnd(OffsetDateTime currentPeriodEnd) {
            Json.put(json, "current_period_end", currentPeriodEnd);
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            Json.put(json, "created_at", createdAt);
            return this;
        }

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
