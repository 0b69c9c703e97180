// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.RawResponse;
import io.cognitionos.RequestOptions;
import io.cognitionos.internal.ClientCore;
import io.cognitionos.internal.Json;
import io.cognitionos.internal.PathTemplate;
import io.cognitionos.internal.Wire;
import io.cognitionos.models.Subscription;
import io.cognitionos.models.SubscriptionUpdateParams;
import java.util.concurrent.CompletableFuture;

/** The tenants.subscription operations, each answering a CompletableFuture. */
public final class TenantsSubscriptionServiceAsync {
    private final ClientCore core;
    private final WithRawResponse raw = new WithRawResponse();

    /** Built by the client (io.cognitionos.internal.Construct). */
    TenantsSubscriptionServiceAsync(ClientCore core) {
        this.core = core;
    }

    /**
     * Retrieve a tenant's subscription.
     * <p>Every tenant has one, from its creation on: a starter plan until changed.
     * <p>Sends {@code GET /tenants/{tenant_id}/subscription}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @return a future of the {@link Subscription}
     */
    public CompletableFuture<Subscription> retrieve(String tenantId) {
        return retrieve(tenantId, RequestOptions.none());
    }

    /**
     * Retrieve a tenant's subscription.
     * <p>Every tenant has one, from its creation on: a starter plan until changed.
     * <p>Sends {@code GET /tenants/{tenant_id}/subscription}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link Subscription}
     */
    public CompletableFuture<Subscription> retrieve(String tenantId, RequestOptions options) {
        return core.callAsync("GET", "/tenants/{tenant_id}/subscription", PathTemplate.fill("/tenants/{tenant_id}/subscription", "tenantId", tenantId), null, null, options, Json.model(Subscription::new));
    }

    /**
     * Change plan or seats.
     * <p>Takes effect at once; setting {@code cancel_at_period_end} to false undoes a cancellation before the period ends.
     * <p>Sends {@code PATCH /tenants/{tenant_id}/subscription}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link SubscriptionUpdateParams}; null leaves every field out (the body is {@code {}})
     * @return a future of the {@link Subscription}
     */
    public CompletableFuture<Subscription> update(String tenantId, SubscriptionUpdateParams params) {
        return update(tenantId, params, RequestOptions.none());
    }

    /**
     * Change plan or seats.
     * <p>Takes effect at once; setting {@code cancel_at_period_end} to false undoes a cancellation before the period ends.
     * <p>Sends {@code PATCH /tenants/{tenant_id}/subscription}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @return a future of the {@link Subscription}
     */
    public CompletableFuture<Subscription> update(String tenantId) {
        return update(tenantId, null, RequestOptions.none());
    }

    /**
     * Change plan or seats.
     * <p>Takes effect at once; setting {@code cancel_at_period_end} to false undoes a cancellation before the period ends.
     * <p>Sends {@code PATCH /tenants/{tenant_id}/subscription}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link SubscriptionUpdateParams}; null leaves every field out (the body is {@code {}})
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link Subscription}
     */
    public CompletableFuture<Subscription> update(String tenantId, SubscriptionUpdateParams params, RequestOptions options) {
        return core.callAsync("PATCH", "/tenants/{tenant_id}/subscription", PathTemplate.fill("/tenants/{tenant_id}/subscription", "tenantId", tenantId), null, Wire.body(params), options, Json.model(Subscription::new));
    }

    /**
     * Cancel at period end.
     * <p>Sets {@code cancel_at_period_end}; the subscription stays active until {@code current_period_end}.
     * <p>Sends {@code POST /tenants/{tenant_id}/subscription/cancel}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @return a future of the {@link Subscription}
     */
    public CompletableFuture<Subscription> cancel(String tenantId) {
        return cancel(tenantId, RequestOptions.none());
    }

    /**
     * Cancel at period end.
     * <p>Sets {@code cancel_at_period_end}; the subscription stays active until {@code current_period_end}.
     * <p>Sends {@code POST /tenants/{tenant_id}/subscription/cancel}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link Subscription}
     */
    public CompletableFuture<Subscription> cancel(String tenantId, RequestOptions options) {
        return core.callAsync("POST", "/tenants/{tenant_id}/subscription/cancel", PathTemplate.fill("/tenants/{tenant_id}/subscription/cancel", "tenantId", tenantId), null, null, options, Json.model(Subscription::new));
    }

    /**
     * The same calls, each answering a {@link RawResponse}: the status and headers beside the value.
     *
     * @return the raw flavor of this service
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** Asynchronous calls that answer the status and headers beside the value. */
    public final class WithRawResponse {
        private WithRawResponse() {}

        /**
         * Retrieve a tenant's subscription.
         * <p>Every tenant has one, from its creation on: a starter plan until changed.
         * <p>Sends {@code GET /tenants/{tenant_id}/subscription}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @return a future of the status and headers, beside the {@link Subscription}
         */
        public CompletableFuture<RawResponse<Subscription>> retrieve(String tenantId) {
            return retrieve(tenantId, RequestOptions.none());
        }

        /**
         * Retrieve a tenant's subscription.
         * <p>Every tenant has one, from its creation on: a starter plan until changed.
         * <p>Sends {@code GET /tenants/{tenant_id}/subscription}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link Subscription}
         */
        public CompletableFuture<RawResponse<Subscription>> retrieve(String tenantId, RequestOptions options) {
            return core.callRawAsync("GET", "/tenants/{tenant_id}/subscription", PathTemplate.fill("/tenants/{tenant_id}/subscription", "tenantId", tenantId), null, null, options, Json.model(Subscription::new));
        }

        /**
         * Change plan or seats.
         * <p>Takes effect at once; setting {@code cancel_at_period_end} to false undoes a cancellation before the period ends.
         * <p>Sends {@code PATCH /tenants/{tenant_id}/subscription}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link SubscriptionUpdateParams}; null leaves every field out (the body is {@code {}})
         * @return a future of the status and headers, beside the {@link Subscription}
         */
        public CompletableFuture<RawResponse<Subscription>> update(String tenantId, SubscriptionUpdateParams params) {
            return update(tenantId, params, RequestOptions.none());
        }

        /**
         * Change plan or seats.
         * <p>Takes effect at once; setting {@code cancel_at_period_end} to false undoes a cancellation before the period ends.
         * <p>Sends {@code PATCH /tenants/{tenant_id}/subscription}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @return a future of the status and headers, beside the {@link Subscription}
         */
        public CompletableFuture<RawResponse<Subscription>> update(String tenantId) {
            return update(tenantId, null, RequestOptions.none());
        }

        /**
         * Change plan or seats.
         * <p>Takes effect at once; setting {@code cancel_at_period_end} to false undoes a cancellation before the period ends.
         * <p>Sends {@code PATCH /tenants/{tenant_id}/subscription}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link SubscriptionUpdateParams}; null leaves every field out (the body is {@code {}})
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link Subscription}
         */
        public CompletableFuture<RawResponse<Subscription>> update(String tenantId, SubscriptionUpdateParams params, RequestOptions options) {
            return core.callRawAsync("PATCH", "/tenants/{tenant_id}/subscription", PathTemplate.fill("/tenants/{tenant_id}/subscription", "tenantId", tenantId), null, Wire.body(params), options, Json.model(Subscription::new));
        }

        /**
         * Cancel at period end.
         * <p>Sets {@code cancel_at_period_end}; the subscription stays active until {@code current_period_end}.
         * <p>Sends {@code POST /tenants/{tenant_id}/subscription/cancel}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @return a future of the status and headers, beside the {@link Subscription}
         */
        public CompletableFuture<RawResponse<Subscription>> cancel(String tenantId) {
            return cancel(tenantId, RequestOptions.none());
        }

        /**
         * Cancel at period end.
         * <p>Sets {@code cancel_at_period_end}; the subscription stays active until {@code current_period_end}.
         * <p>Sends {@code POST /tenants/{tenant_id}/subscription/cancel}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link Subscription}
         */
        public CompletableFuture<RawResponse<Subscription>> cancel(String tenantId, RequestOptions options) {
            return core.callRawAsync("POST", "/tenants/{tenant_id}/subscription/cancel", PathTemplate.fill("/tenants/{tenant_id}/subscription/cancel", "tenantId", tenantId), null, null, options, Json.model(Subscription::new));
        }
    }
}
