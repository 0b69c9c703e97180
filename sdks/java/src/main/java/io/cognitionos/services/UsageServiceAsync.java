// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.RawResponse;
import io.cognitionos.RequestOptions;
import io.cognitionos.internal.ClientCore;
import io.cognitionos.internal.Json;
import io.cognitionos.internal.PathTemplate;
import io.cognitionos.internal.Wire;
import io.cognitionos.models.UsageRecord;
import io.cognitionos.models.UsageRecordParams;
import io.cognitionos.models.UsageSummary;
import io.cognitionos.models.UsageSummaryParams;
import java.util.concurrent.CompletableFuture;

/** The usage operations, each answering a CompletableFuture. */
public final class UsageServiceAsync {
    private final ClientCore core;
    private final WithRawResponse raw = new WithRawResponse();

    /** Built by the client (io.cognitionos.internal.Construct). */
    UsageServiceAsync(ClientCore core) {
        this.core = core;
    }

    /**
     * Record usage.
     * <p>{@code api_calls} is reserved: the server meters it and a key may not record it (403).
     * <p>Sends {@code POST /usage}.
     *
     * @param params the {@link UsageRecordParams}
     * @return a future of the {@link UsageRecord}
     */
    public CompletableFuture<UsageRecord> record(UsageRecordParams params) {
        return record(params, RequestOptions.none());
    }

    /**
     * Record usage.
     * <p>{@code api_calls} is reserved: the server meters it and a key may not record it (403).
     * <p>Sends {@code POST /usage}.
     *
     * @param params the {@link UsageRecordParams}
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link UsageRecord}
     */
    public CompletableFuture<UsageRecord> record(UsageRecordParams params, RequestOptions options) {
        return core.callAsync("POST", "/usage", PathTemplate.fill("/usage"), null, Wire.body(params), options, Json.model(UsageRecord::new));
    }

    /**
     * Summarize usage.
     * <p>Sums per metric and period over [start, end); includes {@code api_calls}, metered by the server. An empty range gives empty data; {@code start} after {@code end} is a 400. {@code api_calls} counts each call made with a tenant key that was valid and authorized for its operation, whatever its answer after that (2xx, or 404/409/422 found by the operation); refused calls are not counted (400 for an invalid request, 401, 403, 413, 429), nor are answers replayed for an {@code Idempotency-Key}.
     * <p>Sends {@code GET /usage/summary}.
     *
     * @param params the {@link UsageSummaryParams}; null leaves every field out (no query)
     * @return a future of the {@link UsageSummary}
     */
    public CompletableFuture<UsageSummary> summary(UsageSummaryParams params) {
        return summary(params, RequestOptions.none());
    }

    /**
     * Summarize usage.
     * <p>Sums per metric and period over [start, end); includes {@code api_calls}, metered by the server. An empty range gives empty data; {@code start} after {@code end} is a 400. {@code api_calls} counts each call made with a tenant key that was valid and authorized for its operation, whatever its answer after that (2xx, or 404/409/422 found by the operation); refused calls are not counted (400 for an invalid request, 401, 403, 413, 429), nor are answers replayed for an {@code Idempotency-Key}.
     * <p>Sends {@code GET /usage/summary}.
     *
     * @return a future of the {@link UsageSummary}
     */
    public CompletableFuture<UsageSummary> summary() {
        return summary(null, RequestOptions.none());
    }

    /**
     * Summarize usage.
     * <p>Sums per metric and period over [start, end); includes {@code api_calls}, metered by the server. An empty range gives empty data; {@code start} after {@code end} is a 400. {@code api_calls} counts each call made with a tenant key that was valid and authorized for its operation, whatever its answer after that (2xx, or 404/409/422 found by the operation); refused calls are not counted (400 for an invalid request, 401, 403, 413, 429), nor are answers replayed for an {@code Idempotency-Key}.
     * <p>Sends {@code GET /usage/summary}.
     *
     * @param params the {@link UsageSummaryParams}; null leaves every field out (no query)
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link UsageSummary}
     */
    public CompletableFuture<UsageSummary> summary(UsageSummaryParams params, RequestOptions options) {
        return core.callAsync("GET", "/usage/summary", PathTemplate.fill("/usage/summary"), Wire.all(params), null, options, Json.model(UsageSummary::new));
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
         * Record usage.
         * <p>{@code api_calls} is reserved: the server meters it and a key may not record it (403).
         * <p>Sends {@code POST /usage}.
         *
         * @param params the {@link UsageRecordParams}
         * @return a future of the status and headers, beside the {@link UsageRecord}
         */
        public CompletableFuture<RawResponse<UsageRecord>> record(UsageRecordParams params) {
            return record(params, RequestOptions.none());
        }

        /**
         * Record usage.
         * <p>{@code api_calls} is reserved: the server meters it and a key may not record it (403).
         * <p>Sends {@code POST /usage}.
         *
         * @param params the {@link UsageRecordParams}
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link UsageRecord}
         */
        public CompletableFuture<RawResponse<UsageRecord>> record(UsageRecordParams params, RequestOptions options) {
            return core.callRawAsync("POST", "/usage", PathTemplate.fill("/usage"), null, Wire.body(params), options, Json.model(UsageRecord::new));
        }

        /**
         * Summarize usage.
         * <p>Sums per metric and period over [start, end); includes {@code api_calls}, metered by the server. An empty range gives empty data; {@code start} after {@code end} is a 400. {@code api_calls} counts each call made with a tenant key that was valid and authorized for its operation, whatever its answer after that (2xx, or 404/409/422 found by the operation); refused calls are not counted (400 for an invalid request, 401, 403, 413, 429), nor are answers replayed for an {@code Idempotency-Key}.
         * <p>Sends {@code GET /usage/summary}.
         *
         * @param params the {@link UsageSummaryParams}; null leaves every field out (no query)
         * @return a future of the status and headers, beside the {@link UsageSummary}
         */
        public CompletableFuture<RawResponse<UsageSummary>> summary(UsageSummaryParams params) {
            return summary(params, RequestOptions.none());
        }

        /**
         * Summarize usage.
         * <p>Sums per metric and period over [start, end); includes {@code api_calls}, metered by the server. An empty range gives empty data; {@code start} after {@code end} is a 400. {@code api_calls} counts each call made with a tenant key that was valid and authorized for its operation, whatever its answer after that (2xx, or 404/409/422 found by the operation); refused calls are not counted (400 for an invalid request, 401, 403, 413, 429), nor are answers replayed for an {@code Idempotency-Key}.
         * <p>Sends {@code GET /usage/summary}.
         *
         * @return a future of the status and headers, beside the {@link UsageSummary}
         */
        public CompletableFuture<RawResponse<UsageSummary>> summary() {
            return summary(null, RequestOptions.none());
        }

        /**
         * Summarize usage.
         * <p>Sums per metric and period over [start, end); includes {@code api_calls}, metered by the server. An empty range gives empty data; {@code start} after {@code end} is a 400. {@code api_calls} counts each call made with a tenant key that was valid and authorized for its operation, whatever its answer after that (2xx, or 404/409/422 found by the operation); refused calls are not counted (400 for an invalid request, 401, 403, 413, 429), nor are answers replayed for an {@code Idempotency-Key}.
         * <p>Sends {@code GET /usage/summary}.
         *
         * @param params the {@link UsageSummaryParams}; null leaves every field out (no query)
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link UsageSummary}
         */
        public CompletableFuture<RawResponse<UsageSummary>> summary(UsageSummaryParams params, RequestOptions options) {
            return core.callRawAsync("GET", "/usage/summary", PathTemplate.fill("/usage/summary"), Wire.all(params), null, options, Json.model(UsageSummary::new));
        }
    }
}
