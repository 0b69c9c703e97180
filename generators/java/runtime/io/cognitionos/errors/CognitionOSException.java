package io.cognitionos.errors;

/** Base of every exception this SDK throws. Unchecked, as in the other JVM SDKs of its kind. */
public class CognitionOSException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Idempotency-Key the request carried, or null. */
    private final String idempotencyKey;

    /**
     * An error the SDK raised before or without an answer.
     *
     * @param message what went wrong
     */
    public CognitionOSException(String message) {
        this(message, null, null);
    }

    /**
     * An error with its cause and the Idempotency-Key of the request it ended.
     *
     * @param message what went wrong
     * @param cause the underlying exception, or null
     * @param idempotencyKey the Idempotency-Key the request carried, or null
     */
    public CognitionOSException(String message, Throwable cause, String idempotencyKey) {
        super(message, cause);
        this.idempotencyKey = idempotencyKey;
    }

    /**
     * The Idempotency-Key a failed POST was sent with, else null. The request may have been written
     * despite the error: sending the same call with this key again replays the first answer instead
     * of writing twice.
     *
     * @return the key, or null when the request carried none
     */
    public String idempotencyKey() {
        return idempotencyKey;
    }
}
