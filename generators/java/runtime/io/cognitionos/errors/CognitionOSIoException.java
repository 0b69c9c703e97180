package io.cognitionos.errors;

/** The connection failed or dropped before a complete answer arrived. Retried by the client. */
public class CognitionOSIoException extends CognitionOSException {
    private static final long serialVersionUID = 1L;

    /**
     * A connection failure, raised by the SDK.
     *
     * @param message the policy's message: the call, then the cause
     * @param cause the exception java.net.http raised
     * @param idempotencyKey the Idempotency-Key the request carried, or null
     */
    public CognitionOSIoException(String message, Throwable cause, String idempotencyKey) {
        super(message, cause, idempotencyKey);
    }
}
