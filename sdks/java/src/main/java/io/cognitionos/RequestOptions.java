// Generated from generators/java/runtime/io/cognitionos/RequestOptions.java by generators/java. Do not edit: change that file.
package io.cognitionos;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Per-request overrides of the client's settings: extra headers, timeout, retries, idempotency key, and createAndPoll's polling. */
public final class RequestOptions {
    private static final RequestOptions NONE = builder().build();

    private final Map<String, String> headers;
    private final Duration timeout;
    private final Integer maxRetries;
    private final String idempotencyKey;
    private final Duration pollInterval;
    private final Duration pollTimeout;

    private RequestOptions(Builder builder) {
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
        this.timeout = builder.timeout;
        this.maxRetries = builder.maxRetries;
        this.idempotencyKey = builder.idempotencyKey;
        this.pollInterval = builder.pollInterval;
        this.pollTimeout = builder.pollTimeout;
    }

    public static RequestOptions none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    public Optional<Integer> maxRetries() {
        return Optional.ofNullable(maxRetries);
    }

    /** The Idempotency-Key to send with a POST instead of a generated one. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** createAndPoll: the pause between reads. */
    public Optional<Duration> pollInterval() {
        return Optional.ofNullable(pollInterval);
    }

    /** createAndPoll: how long to wait for a terminal status before giving up. */
    public Optional<Duration> pollTimeout() {
        return Optional.ofNullable(pollTimeout);
    }

    public static final class Builder {
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Duration timeout;
        private Integer maxRetries;
        private String idempotencyKey;
        private Duration pollInterval;
        private Duration pollTimeout;

        private Builder() {}

        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** Per attempt; a retried request gets the full timeout again. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        /** createAndPoll reads again this long after each answer (default: the policy's interval). */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
            return this;
        }

        /** createAndPoll gives up with CognitionOSPollTimeoutException after this long (default: the policy's). */
        public Builder pollTimeout(Duration pollTimeout) {
            this.pollTimeout = pollTimeout;
            return this;
        }

        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
