package io.cognitionos.errors;

/**
 * createAndPoll gave up: the object had not reached a terminal status within the poll timeout. Not a
 * network failure (every read succeeded), so not a CognitionOSIoException; the object goes on, and
 * can be read again or canceled.
 */
public class CognitionOSPollTimeoutException extends CognitionOSException {
    private static final long serialVersionUID = 1L;

    private final String lastStatus;

    public CognitionOSPollTimeoutException(String message, String lastStatus) {
        super(message);
        this.lastStatus = lastStatus;
    }

    /** The status of the last read. */
    public String lastStatus() {
        return lastStatus;
    }
}
