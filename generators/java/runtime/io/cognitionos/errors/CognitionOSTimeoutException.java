package io.cognitionos.errors;

/** No answer within one attempt's timeout (retried by the client). Polling that gives up is CognitionOSPollTimeoutException. */
public class CognitionOSTimeoutException extends CognitionOSIoException {
    private static final long serialVersionUID = 1L;

    public CognitionOSTimeoutException(String message, Throwable cause, String idempotencyKey) {
        super(message, cause, idempotencyKey);
    }
}
