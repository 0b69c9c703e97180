// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.RequestOptions;
import io.cognitionos.internal.ClientCore;
import io.cognitionos.internal.Json;
import io.cognitionos.internal.PathTemplate;
import io.cognitionos.models.Health;
import java.util.concurrent.CompletableFuture;

/** The health operations, each answering a CompletableFuture. */
public final class HealthServiceAsync {
    private final ClientCore core;

    public HealthServiceAsync(ClientCore core) {
        this.core = core;
    }

    /**
     * Check the server.
     * <p>Liveness and store check; needs no key. Answers 503, with the same body, when the store does not answer.
     */
    public CompletableFuture<Health> check() {
        return check(RequestOptions.none());
    }

    /**
     * Check the server.
     * <p>Liveness and store check; needs no key. Answers 503, with the same body, when the store does not answer.
     */
    public CompletableFuture<Health> check(RequestOptions options) {
        return core.callAsync("GET", PathTemplate.fill("/health"), null, null, options, Json.model(Health::new));
    }
}
