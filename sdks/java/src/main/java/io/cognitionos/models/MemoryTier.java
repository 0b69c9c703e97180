// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;



/**
 * Derived from age and last access: {@code hot} (used within a day), {@code warm} (within a week), {@code cold}.
 * <p>A value the spec does not list (from a newer server) is kept: {@link #asString()} returns it and {@link #value()} says {@code _UNKNOWN}.
 */
public final class MemoryTier extends ApiEnum {
    /** The value {@code hot}. */
    public static final MemoryTier HOT = new MemoryTier("hot");
    /** The value {@code warm}. */
    public static final MemoryTier WARM = new MemoryTier("warm");
    /** The value {@code cold}. */
    public static final MemoryTier COLD = new MemoryTier("cold");

    /** The values this SDK version knows, for a switch; {@code _UNKNOWN} for any other. */
    public enum Value {
        /** {@link #HOT}. */
        HOT,
        /** {@link #WARM}. */
        WARM,
        /** {@link #COLD}. */
        COLD,
        /** A value this SDK version does not know. */
        _UNKNOWN
    }

    private MemoryTier(String value) {
        super(value);
    }

    /**
     * The constant for a known value, else a new instance that keeps the value.
     *
     * @param value the wire value
     * @return the enum value
     */
    public static MemoryTier of(String value) {
        switch (value) {
            case "hot":
                return HOT;
            case "warm":
                return WARM;
            case "cold":
                return COLD;
            default:
                return new MemoryTier(value);
        }
    }

    /**
     * Which known value this is, for a switch.
     *
     * @return the constant of {@link Value}, {@code _UNKNOWN} for a value this SDK version does not know
     */
    public Value value() {
        switch (asString()) {
            case "hot":
                return Value.HOT;
            case "warm":
                return Value.WARM;
            case "cold":
                return Value.COLD;
            default:
                return Value._UNKNOWN;
        }
    }
}
