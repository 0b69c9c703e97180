// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;



/**
 * Whether the store answered a query of its tables: {@code ok} or {@code error}.
 * <p>A value the spec does not list (from a newer server) is kept: {@link #asString()} returns it and {@link #value()} says {@code _UNKNOWN}.
 */
public final class HealthStore extends ApiEnum {
    /** The value {@code ok}. */
    public static final HealthStore OK = new HealthStore("ok");
    /** The value {@code error}. */
    public static final HealthStore ERROR = new HealthStore("error");

    /** The values this SDK version knows, for a switch; {@code _UNKNOWN} for any other. */
    public enum Value {
        /** {@link #OK}. */
        OK,
        /** {@link #ERROR}. */
        ERROR,
        /** A value this SDK version does not know. */
        _UNKNOWN
    }

    private HealthStore(String value) {
        super(value);
    }

    /**
     * The constant for a known value, else a new instance that keeps the value.
     *
     * @param value the wire value
     * @return the enum value
     */
    public static HealthStore of(String value) {
        switch (value) {
            case "ok":
                return OK;
            case "error":
                return ERROR;
            default:
                return new HealthStore(value);
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
            case "error":
                return Value.ERROR;
            default:
                return Value._UNKNOWN;
        }
    }
}
