// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;



/**
 * Who a memory is meant for: {@code private} (one agent), {@code shared} (a group of agents), {@code global} (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant.
 * <p>A value the spec does not list (from a newer server) is kept: {@link #asString()} returns it and {@link #value()} says {@code _UNKNOWN}.
 */
public final class MemoryScope extends ApiEnum {
    /** The value {@code private}. */
    public static final MemoryScope PRIVATE = new MemoryScope("private");
    /** The value {@code shared}. */
    public static final MemoryScope SHARED = new MemoryScope("shared");
    /** The value {@code global}. */
    public static final MemoryScope GLOBAL = new MemoryScope("global");

    /** The values this SDK version knows, for a switch; {@code _UNKNOWN} for any other. */
    public enum Value {
        /** {@link #PRIVATE}. */
        PRIVATE,
        /** {@link #SHARED}. */
        SHARED,
        /** {@link #GLOBAL}. */
        GLOBAL,
        /** A value this SDK version does not know. */
        _UNKNOWN
    }

    private MemoryScope(String value) {
        super(value);
    }

    /**
     * The constant for a known value, else a new instance that keeps the value.
     *
     * @param value the wire value
     * @return the enum value
     */
    public static MemoryScope of(String value) {
        switch (value) {
            case "private":
                return PRIVATE;
            case "shared":
                return SHARED;
            case "global":
                return GLOBAL;
            default:
                return new MemoryScope(value);
        }
    }

    /**
     * Which known value this is, for a switch.
     *
     * @return the constant of {@link Value}, {@code _UNKNOWN} for a value this SDK version does not know
     */
    public Value value() {
        switch (asString()) {
            case "private":
                return Value.PRIVATE;
            case "shared":
                return Value.SHARED;
            case "global":
                return Value.GLOBAL;
            default:
                return Value._UNKNOWN;
        }
    }
}
