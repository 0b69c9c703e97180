package io.cognitionos.errors;

/** Base of every exception this SDK throws. Unchecked, as in the other JVM SDKs of its kind. */
public class CognitionOSException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CognitionOSException(String message) {
        super(message);
    }

    public CognitionOSException(String message, Throwable cause) {
        super(message, cause);
    }
}
