// Generated from generators/java/runtime/io/cognitionos/internal/Polling.java by generators/java. Do not edit: change that file.
package io.cognitionos.internal;

import io.cognitionos.errors.CognitionOSTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** Repeats a read until the object's status is terminal, or gives up after maxWait. */
public final class Polling {
    private Polling() {}

    public static <T> T untilTerminal(T created, Supplier<T> retrieve, Function<T, String> status, Set<String> terminal, Duration interval, Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        T current = created;
        while (!terminal.contains(status.apply(current))) {
            if (System.nanoTime() - deadline >= 0) {
                throw new CognitionOSTimeoutException(Messages.format(Policy.POLL_TIMEOUT_MESSAGE,
                        Messages.values("status", status.apply(current), "timeout_ms", Long.toString(maxWait.toMillis()))), null, null);
            }
            Threads.sleep(interval);
            current = retrieve.get();
        }
        return current;
    }
}
