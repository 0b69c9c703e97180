package io.cognitionos.errors;

/**
 * createAndPoll gave up: the object had not reached a terminal status within the poll timeout. Not a
 * network failure (every read succeeded), so not a CognitionOSIoException; the object goes on, and
 * can be read again or canceled.
 */
public class CognitionOSPollTimeoutException extends CognitionOSException {
    private static final long serialVersionUID = 1L;

    /** The status of the last read. */
    private final String lastStatus;

    /**
     * Polling that gave up, raised by the SDK.
     *
     * @param message the policy's message, with how long it waited
     * @param lastStatus the status of the last read
     */
    public CognitionOSPollTimeoutException(String message, String lastStatus) {
        super(message);
        this.lastStatus = lastStatus;
    }

    /**
     * The status of the last read.
     *
     * @return that status, as on the wire
     */
    public String lastStatus() {
        return lastStatus;
    }
}
