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

    /**
     * No overrides: the client's settings apply.
     *
     * @return the empty options
     */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * A builder for new options.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Headers sent with this request, over the client's.
     *
     * @return the headers, by name
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The timeout of each attempt, instead of the client's.
     *
     * @return the timeout, empty for the client's
     */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /**
     * Retries of a transient failure, instead of the client's.
     *
     * @return the number of retries, empty for the client's
     */
    public Optional<Integer> maxRetries() {
        return Optional.ofNullable(maxRetries);
    }

    /**
     * The Idempotency-Key to send with a POST instead of a generated one.
     *
     * @return the key, empty for a generated one
     */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /**
     * createAndPoll: the pause between reads.
     *
     * @return the pause, empty for the policy's
     */
    public Optional<Duration> pollInterval() {
        return Optional.ofNullable(pollInterval);
    }

    /**
     * createAndPoll: how long to wait for a terminal status before giving up.
     *
     * @return the limit, empty for the policy's
     */
    public Optional<Duration> pollTimeout() {
        return Optional.ofNullable(pollTimeout);
    }

    /** Builds {@link RequestOptions}; every setting left unset keeps the client's. */
    public static final class Builder {
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Duration timeout;
        private Integer maxRetries;
        private String idempotencyKey;
        private Duration pollInterval;
        private Duration pollTimeout;

        private Builder() {}

        /**
         * A header sent with this request; it replaces one of the same name (in any letter case).
         *
         * @param name the header name
         * @param value its value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /**
         * Per attempt; a retried request gets the full timeout again.
         *
         * @param timeout the timeout of each attempt
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * Retries of a transient failure for this call (0 disables retrying).
         *
         * @param maxRetries the number of retries
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * The Idempotency-Key of a POST, instead of a generated one: the same key replays the first answer.
         *
         * @param idempotencyKey the key
         * @return this builder
         */
        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        /**
         * createAndPoll reads again this long after each answer (default: the policy's interval).
         *
         * @param pollInterval the pause between reads
         * @return this builder
         */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
            return this;
        }

        /**
         * createAndPoll gives up with CognitionOSPollTimeoutException after this long (default: the policy's).
         *
         * @param pollTimeout how long to wait
         * @return this builder
         */
        public Builder pollTimeout(Duration pollTimeout) {
            this.pollTimeout = pollTimeout;
            return this;
        }

        /**
         * The options.
         *
         * @return immutable options
         */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
