// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.RawResponse;
import io.cognitionos.RequestOptions;
import io.cognitionos.internal.ClientCore;
import io.cognitionos.internal.Json;
import io.cognitionos.internal.PathTemplate;
import io.cognitionos.models.Health;

/** The health operations. */
public final class HealthService {
    private final ClientCore core;
    private final WithRawResponse raw = new WithRawResponse();

    /** Built by the client (io.cognitionos.internal.Construct). */
    HealthService(ClientCore core) {
        this.core = core;
    }

    /**
     * Check the server.
     * <p>Liveness and store check; needs no key. Answers 503, with the same body, when the store does not answer.
     * <p>Sends {@code GET /health}.
     *
     * @return the {@link Health}
     */
    public Health check() {
        return check(RequestOptions.none());
    }

    /**
     * Check the server.
     * <p>Liveness and store check; needs no key. Answers 503, with the same body, when the store does not answer.
     * <p>Sends {@code GET /health}.
     *
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return the {@link Health}
     */
    public Health check(RequestOptions options) {
        return core.call("GET", "/health", PathTemplate.fill("/health"), null, null, options, Json.model(Health::new));
    }

    /**
     * The same calls, each answering a {@link RawResponse}: the status and headers beside the value.
     *
     * @return the raw flavor of this service
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** Calls that answer the status and headers beside the value. */
    public final class WithRawResponse {
        private WithRawResponse() {}

        /**
         * Check the server.
         * <p>Liveness and store check; needs no key. Answers 503, with the same body, when the store does not answer.
         * <p>Sends {@code GET /health}.
         *
         * @return the status and headers, beside the {@link Health}
         */
        public RawResponse<Health> check() {
            return check(RequestOptions.none());
        }

        /**
         * Check the server.
         * <p>Liveness and store check; needs no key. Answers 503, with the same body, when the store does not answer.
         * <p>Sends {@code GET /health}.
         *
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return the status and headers, beside the {@link Health}
         */
        public RawResponse<Health> check(RequestOptions options) {
            return core.callRaw("GET", "/health", PathTemplate.fill("/health"), null, null, options, Json.model(Health::new));
        }
    }
}
