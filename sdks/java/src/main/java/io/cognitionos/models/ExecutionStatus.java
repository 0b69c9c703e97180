// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;



/**
 * Where an execution is: {@code queued} (accepted, not started), {@code running} (a step is under way), and the final ones: {@code succeeded} (every step did), {@code failed} (a step failed or the server stopped mid-step; {@code error} says why), {@code canceled} (by request).
 * <p>A value the spec does not list (from a newer server) is kept: {@link #asString()} returns it and {@link #value()} says {@code _UNKNOWN}.
 */
public final class ExecutionStatus extends ApiEnum {
    /** The value {@code queued}. */
    public static final ExecutionStatus QUEUED = new ExecutionStatus("queued");
    /** The value {@code running}. */
    public static final ExecutionStatus RUNNING = new ExecutionStatus("running");
    /** The value {@code succeeded}. */
    public static final ExecutionStatus SUCCEEDED = new ExecutionStatus("succeeded");
    /** The value {@code failed}. */
    public static final ExecutionStatus FAILED = new ExecutionStatus("failed");
    /** The value {@code canceled}. */
    public static final ExecutionStatus CANCELED = new ExecutionStatus("canceled");

    /** The values this SDK version knows, for a switch; {@code _UNKNOWN} for any other. */
    public enum Value {
        /** {@link #QUEUED}. */
        QUEUED,
        /** {@link #RUNNING}. */
        RUNNING,
        /** {@link #SUCCEEDED}. */
        SUCCEEDED,
        /** {@link #FAILED}. */
        FAILED,
        /** {@link #CANCELED}. */
        CANCELED,
        /** A value this SDK version does not know. */
        _UNKNOWN
    }

    private ExecutionStatus(String value) {
        super(value);
    }

    /**
     * The constant for a known value, else a new instance that keeps the value.
     *
     * @param value the wire value
     * @return the enum value
     */
    public static ExecutionStatus of(String value) {
        switch (value) {
            case "queued":
                return QUEUED;
            case "running":
                return RUNNING;
            case "succeeded":
                return SUCCEEDED;
            case "failed":
                return FAILED;
            case "canceled":
                return CANCELED;
            default:
                return new ExecutionStatus(value);
        }
    }

    /**
     * Which known value this is, for a switch.
     *
     * @return the constant of {@link Value}, {@code _UNKNOWN} for a value this SDK version does not know
     */
    public Value value() {
        switch (asString()) {
            case "queued":
                return Value.QUEUED;
            case "running":
                return Value.RUNNING;
            case "succeeded":
                return Value.SUCCEEDED;
            case "failed":
                return Value.FAILED;
            case "canceled":
                return Value.CANCELED;
            default:
                return Value._UNKNOWN;
        }
    }
}
