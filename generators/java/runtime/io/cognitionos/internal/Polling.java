package io.cognitionos.internal;

import io.cognitionos.errors.CognitionOSPollTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/** Repeats a read until the object's status is terminal, or gives up after maxWait. */
public final class Polling {
    private Polling() {}

    public static <T> T untilTerminal(T created, Supplier<T> retrieve, Function<T, String> status, Set<String> terminal, Duration interval, Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        T current = created;
        while (!finished(current, status, terminal, deadline, maxWait)) {
            Threads.sleep(interval);
            current = retrieve.get();
        }
        return current;
    }

    /** The same without blocking a thread: each read is scheduled interval after the last answer. */
    public static <T> CompletableFuture<T> untilTerminalAsync(T created, Supplier<CompletableFuture<T>> retrieve, Function<T, String> status, Set<String> terminal,
            Duration interval, Duration maxWait) {
        return next(created, retrieve, status, terminal, interval, maxWait, System.nanoTime() + maxWait.toNanos());
    }

    private static <T> CompletableFuture<T> next(T current, Supplier<CompletableFuture<T>> retrieve, Function<T, String> status, Set<String> terminal,
            Duration interval, Duration maxWait, long deadline) {
        try {
            if (finished(current, status, terminal, deadline, maxWait)) return CompletableFuture.completedFuture(current);
        } catch (CognitionOSPollTimeoutException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(interval.toMillis(), TimeUnit.MILLISECONDS))
                .thenCompose(ignored -> retrieve.get())
                .thenCompose(read -> next(read, retrieve, status, terminal, interval, maxWait, deadline));
    }

    /** True at a terminal status; throws once the deadline has passed without one. */
    private static <T> boolean finished(T current, Function<T, String> status, Set<String> terminal, long deadline, Duration maxWait) {
        if (terminal.contains(status.apply(current))) return true;
        if (System.nanoTime() - deadline >= 0) {
            throw new CognitionOSPollTimeoutException(Messages.format(Policy.POLL_TIMEOUT_MESSAGE,
                    Messages.values("status", status.apply(current), "timeout_ms", Long.toString(maxWait.toMillis()))), status.apply(current));
        }
        return false;
    }
}
