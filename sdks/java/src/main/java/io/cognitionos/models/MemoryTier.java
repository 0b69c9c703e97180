// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;



/**
 * Derived from age and last access: {@code hot} (used within a day), {@code warm} (within a week), {@code cold}.
 * <p>A value the spec does not list (from a newer server) is kept: {@link #asString()} returns it and {@link #value()} says {@code _UNKNOWN}.
 */
public final class MemoryTier extends ApiEnum {
    public static final MemoryTier HOT = new MemoryTier("hot");
    public static final MemoryTier WARM = new MemoryTier("warm");
    public static final MemoryTier COLD = new MemoryTier("cold");

    /** The values this SDK version knows, for a switch; {@code _UNKNOWN} for any other. */
    public enum Value {
        HOT,
        WARM,
        COLD,
        _UNKNOWN
    }

    private MemoryTier(String value) {
        super(value);
    }

    /** The constant for a known value, else a new instance that keeps the value. */
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
