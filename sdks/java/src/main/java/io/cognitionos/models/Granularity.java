// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;



/**
 * The length of a summary bucket: {@code hour} or {@code day} (UTC).
 * <p>A value the spec does not list (from a newer server) is kept: {@link #asString()} returns it and {@link #value()} says {@code _UNKNOWN}.
 */
public final class Granularity extends ApiEnum {
    /** The value {@code hour}. */
    public static final Granularity HOUR = new Granularity("hour");
    /** The value {@code day}. */
    public static final Granularity DAY = new Granularity("day");

    /** The values this SDK version knows, for a switch; {@code _UNKNOWN} for any other. */
    public enum Value {
        /** {@link #HOUR}. */
        HOUR,
        /** {@link #DAY}. */
        DAY,
        /** A value this SDK version does not know. */
        _UNKNOWN
    }

    private Granularity(String value) {
        super(value);
    }

    /**
     * The constant for a known value, else a new instance that keeps the value.
     *
     * @param value the wire value
     * @return the enum value
     */
    public static Granularity of(String value) {
        switch (value) {
            case "hour":
                return HOUR;
            case "day":
                return DAY;
            default:
                return new Granularity(value);
        }
    }

    /**
     * Which known value this is, for a switch.
     *
     * @return the constant of {@link Value}, {@code _UNKNOWN} for a value this SDK version does not know
     */
    public Value value() {
        switch (asString()) {
            case "hour":
                return Value.HOUR;
            case "day":
                return Value.DAY;
            default:
                return Value._UNKNOWN;
        }
    }
}
