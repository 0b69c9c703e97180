package io.cognitionos.internal;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** How long to wait before retry n: the server's Retry-After when sane, else exponential backoff with jitter. */
public final class Backoff {
    private Backoff() {}

    /** `retry` counts from 1; headers are absent after a connection error or timeout. */
    public static Duration delay(int retry, Optional<HttpHeaders> headers) {
        Optional<Duration> asked = headers.flatMap(h -> h.firstValue("Retry-After")).flatMap(Backoff::retryAfter);
        if (asked.isPresent() && asked.get().toMillis() <= Policy.MAX_RETRY_AFTER_MS) return asked.get();
        return exponential(retry, ThreadLocalRandom.current().nextDouble());
    }

    /** 0.5 s doubling per retry, capped, then shortened by up to the jitter share (random in [0, 1)). */
    static Duration exponential(int retry, double random) {
        double base = Math.min(Policy.INITIAL_DELAY_MS * Math.pow(2, retry - 1), Policy.MAX_DELAY_MS);
        return Duration.ofMillis(Math.round(base * (1 - Policy.JITTER * random)));
    }

    /** Integer seconds or an HTTP-date; anything else (or a negative wait) is ignored. */
    static Optional<Duration> retryAfter(String value) {
        String text = value.trim();
        try {
            long seconds = Long.parseLong(text);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
