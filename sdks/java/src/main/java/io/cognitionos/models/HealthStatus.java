// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;



/**
 * The server as a whole: {@code ok}, or {@code degraded} when its store does not answer.
 * <p>A value the spec does not list (from a newer server) is kept: {@link #asString()} returns it and {@link #value()} says {@code _UNKNOWN}.
 */
public final class HealthStatus extends ApiEnum {
    /** The value {@code ok}. */
    public static final HealthStatus OK = new HealthStatus("ok");
    /** The value {@code degraded}. */
    public static final HealthStatus DEGRADED = new HealthStatus("degraded");

    /** The values this SDK version knows, for a switch; {@code _UNKNOWN} for any other. */
    public enum Value {
        /** {@link #OK}. */
        OK,
        /** {@link #DEGRADED}. */
        DEGRADED,
        /** A value this SDK version does not know. */
        _UNKNOWN
    }

    private HealthStatus(String value) {
        super(value);
    }

    /**
     * The constant for a known value, else a new instance that keeps the value.
     *
     * @param value the wire value
     * @return the enum value
     */
    public static HealthStatus of(String value) {
        switch (value) {
            case "ok":
                return OK;
            case "degraded":
                return DEGRADED;
            default:
                return new HealthStatus(value);
        }
    }

    /**
     * Which known value this is, for a switch.
     *
     * @return the constant of {@link Value}, {@code _UNKNOWN} for a value this SDK version does not know
     */
    public Value value() {
        switch (asString()) {
            case "ok":
                return Value.OK;
            case "degraded":
                return Value.DEGRADED;
            default:
                return Value._UNKNOWN;
        }
    }
}
