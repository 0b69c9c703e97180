// Generated from generators/java/runtime/io/cognitionos/errors/CognitionOSException.java by generators/java. Do not edit: change that file.
package io.cognitionos.errors;

/** Base of every exception this SDK throws. Unchecked, as in the other JVM SDKs of its kind. */
public class CognitionOSException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String idempotencyKey;

    public CognitionOSException(String message) {
        this(message, null, null);
    }

    public CognitionOSException(String message, Throwable cause, String idempotencyKey) {
        super(message, cause);
        this.idempotencyKey = idempotencyKey;
    }

    /**
     * The Idempotency-Key a failed POST was sent with, else null. The request may have been written
     * despite the error: sending the same call with this key again replays the first answer instead
     * of writing twice.
     */
    public String idempotencyKey() {
        return idempotencyKey;
    }
}
