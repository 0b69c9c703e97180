// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;



/**
 * Where a step is: {@code pending} (not reached yet), {@code running}, {@code succeeded}, {@code failed}, or {@code canceled} (its execution was canceled before it finished).
 * <p>A value the spec does not list (from a newer server) is kept: {@link #asString()} returns it and {@link #value()} says {@code _UNKNOWN}.
 */
public final class StepStatus extends ApiEnum {
    /** The value {@code pending}. */
    public static final StepStatus PENDING = new StepStatus("pending");
    /** The value {@code running}. */
    public static final StepStatus RUNNING = new StepStatus("running");
    /** The value {@code succeeded}. */
    public static final StepStatus SUCCEEDED = new StepStatus("succeeded");
    /** The value {@code failed}. */
    public static final StepStatus FAILED = new StepStatus("failed");
    /** The value {@code canceled}. */
    public static final StepStatus CANCELED = new StepStatus("canceled");

    /** The values this SDK version knows, for a switch; {@code _UNKNOWN} for any other. */
    public enum Value {
        /** {@link #PENDING}. */
        PENDING,
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

    private StepStatus(String value) {
        super(value);
    }

    /**
     * The constant for a known value, else a new instance that keeps the value.
     *
     * @param value the wire value
     * @return the enum value
     */
    public static StepStatus of(String value) {
        switch (value) {
            case "pending":
                return PENDING;
            case "running":
                return RUNNING;
            case "succeeded":
                return SUCCEEDED;
            case "failed":
                return FAILED;
            case "canceled":
                return CANCELED;
            default:
                return new StepStatus(value);
        }
    }

    /**
     * Which known value this is, for a switch.
     *
     * @return the constant of {@link Value}, {@code _UNKNOWN} for a value this SDK version does not know
     */
    public Value value() {
        switch (asString()) {
            case "pending":
                return Value.PENDING;
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
