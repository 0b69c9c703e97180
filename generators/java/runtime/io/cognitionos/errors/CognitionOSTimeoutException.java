package io.cognitionos.errors;

/** No answer within one attempt's timeout (retried by the client). Polling that gives up is CognitionOSPollTimeoutException. */
public class CognitionOSTimeoutException extends CognitionOSIoException {
    private static final long serialVersionUID = 1L;

    /**
     * An attempt that timed out, raised by the SDK.
     *
     * @param message the policy's message: the call, then the cause
     * @param cause the exception java.net.http raised
     * @param idempotencyKey the Idempotency-Key the request carried, or null
     */
    public CognitionOSTimeoutException(String message, Throwable cause, String idempotencyKey) {
        super(message, cause, idempotencyKey);
    }
}
