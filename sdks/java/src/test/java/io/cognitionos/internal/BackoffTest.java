// Generated from generators/java/tests/io/cognitionos/internal/BackoffTest.java by generators/java. Do not edit: change that file.
package io.cognitionos.internal;

import static io.cognitionos.PolicyData.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BackoffTest {
    static final long INITIAL = POLICY.at("/retries/initialDelayMs").asLong();
    static final long MAX = POLICY.at("/retries/maxDelayMs").asLong();
    static final double JITTER = POLICY.at("/retries/jitter").asDouble();

    @ParameterizedTest(name = "retry {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 10})
    void exponentialDoublesUpToTheCapAndJitterOnlyShortens(int retry) {
        long full = Math.min(INITIAL << (retry - 1), MAX);
        assertEquals(full, Backoff.exponential(retry, 0).toMillis());
        assertEquals(Math.round(full * (1 - JITTER)), Backoff.exponential(retry, 1).toMillis());
    }

    @ParameterizedTest(name = "Retry-After: {0}")
    @CsvSource({"0,0", "1,1000", "7,7000", " 2 ,2000"})
    void retryAfterSecondsAreWaitedAsGiven(String header, long expectedMs) {
        assertEquals(expectedMs, Backoff.delay(1, headers(header)).toMillis());
    }

    @ParameterizedTest(name = "Retry-After: {0}")
    @ValueSource(strings = {"soon", "-3", "100000"})
    void anInsaneRetryAfterFallsBackToBackoff(String header) {
        long waited = Backoff.delay(1, headers(header)).toMillis();
        assertTrue(waited <= INITIAL && waited >= Math.round(INITIAL * (1 - JITTER)), Long.toString(waited));
    }

    @org.junit.jupiter.api.Test
    void retryAfterAsAnHttpDate() {
        String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(5));
        Duration waited = Backoff.delay(1, headers(inFiveSeconds));
        assertTrue(waited.toMillis() > 3000 && waited.toMillis() <= 5000, waited.toString());
    }

    static Optional<HttpHeaders> headers(String retryAfter) {
        return Optional.of(HttpHeaders.of(Map.of("Retry-After", List.of(retryAfter)), (name, value) -> true));
    }
}
