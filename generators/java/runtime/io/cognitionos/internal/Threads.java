package io.cognitionos.internal;

import io.cognitionos.errors.CognitionOSIoException;
import java.time.Duration;

final class Threads {
    private Threads() {}

    /** Waits between attempts or polls; an interrupt ends the call (and stays set for the caller). */
    static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CognitionOSIoException(Messages.format(Policy.CONNECTION_ERROR_MESSAGE, Messages.values("cause", "interrupted")), e, null);
        }
    }
}
