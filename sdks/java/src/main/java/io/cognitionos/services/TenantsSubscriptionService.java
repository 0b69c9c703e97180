// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.RequestOptions;
import io.cognitionos.internal.ClientCore;
import io.cognitionos.internal.Json;
import io.cognitionos.internal.PathTemplate;
import io.cognitionos.internal.Wire;
import io.cognitionos.models.Subscription;
import io.cognitionos.models.SubscriptionUpdateParams;

/** The tenants.subscription operations. */
public final class TenantsSubscriptionService {
    private final ClientCore core;

    public TenantsSubscriptionService(ClientCore core) {
        this.core = core;
    }

    /** Retrieve a tenant's subscription */
    public Subscription retrieve(String tenantId) {
        return retrieve(tenantId, RequestOptions.none());
    }

    /** Retrieve a tenant's subscription */
    public Subscription retrieve(String tenantId, RequestOptions options) {
        return core.call("GET", PathTemplate.fill("/tenants/{tenant_id}/subscription", "tenantId", tenantId), null, null, options, Json.model(Subscription::new));
    }

    /** Change plan or seats */
    public Subscription update(String tenantId, SubscriptionUpdateParams params) {
        return update(tenantId, params, RequestOptions.none());
    }

    /** Change plan or seats */
    public Subscription update(String tenantId) {
        return update(tenantId, null, RequestOptions.none());
    }

    /** Change plan or seats */
    public Subscription update(String tenantId, SubscriptionUpdateParams params, RequestOptions options) {
        return core.call("PATCH", PathTemplate.fill("/tenants/{tenant_id}/subscription", "tenantId", tenantId), null, Wire.all(params), options, Json.model(Subscription::new));
    }

    /**
     * Cancel at period end.
     * <p>Sets {@code cancel_at_period_end}; the subscription stays active until {@code current_period_end}.
     */
    public Subscription cancel(String tenantId) {
        return cancel(tenantId, RequestOptions.none());
    }

    /**
     * Cancel at period end.
     * <p>Sets {@code cancel_at_period_end}; the subscription stays active until {@code current_period_end}.
     */
    public Subscription cancel(String tenantId, RequestOptions options) {
        return core.call("POST", PathTemplate.fill("/tenants/{tenant_id}/subscription/cancel", "tenantId", tenantId), null, null, options, Json.model(Subscription::new));
    }
}
