// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;



/**
 * The plan a tenant pays for: {@code starter} (every new tenant), {@code professional} or {@code enterprise}.
 * <p>A value the spec does not list (from a newer server) is kept: {@link #asString()} returns it and {@link #value()} says {@code _UNKNOWN}.
 */
public final class Plan extends ApiEnum {
    /** The value {@code starter}. */
    public static final Plan STARTER = new Plan("starter");
    /** The value {@code professional}. */
    public static final Plan PROFESSIONAL = new Plan("professional");
    /** The value {@code enterprise}. */
    public static final Plan ENTERPRISE = new Plan("enterprise");

    /** The values this SDK version knows, for a switch; {@code _UNKNOWN} for any other. */
    public enum Value {
        /** {@link #STARTER}. */
        STARTER,
        /** {@link #PROFESSIONAL}. */
        PROFESSIONAL,
        /** {@link #ENTERPRISE}. */
        ENTERPRISE,
        /** A value this SDK version does not know. */
        _UNKNOWN
    }

    private Plan(String value) {
        super(value);
    }

    /**
     * The constant for a known value, else a new instance that keeps the value.
     *
     * @param value the wire value
     * @return the enum value
     */
    public static Plan of(String value) {
        switch (value) {
            case "starter":
                return STARTER;
            case "professional":
                return PROFESSIONAL;
            case "enterprise":
                return ENTERPRISE;
            default:
                return new Plan(value);
        }
    }

    /**
     * Which known value this is, for a switch.
     *
     * @return the constant of {@link Value}, {@code _UNKNOWN} for a value this SDK version does not know
     */
    public Value value() {
        switch (asString()) {
            case "starter":
                return Value.STARTER;
            case "professional":
                return Value.PROFESSIONAL;
            case "enterprise":
                return Value.ENTERPRISE;
            default:
                return Value._UNKNOWN;
        }
    }
}
