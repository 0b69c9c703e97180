// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;



/**
 * A tenant's state: {@code active}, its keys work; {@code suspended}, its keys answer 403 until it is active again (its data is kept).
 * <p>A value the spec does not list (from a newer server) is kept: {@link #asString()} returns it and {@link #value()} says {@code _UNKNOWN}.
 */
public final class TenantStatus extends ApiEnum {
    /** The value {@code active}. */
    public static final TenantStatus ACTIVE = new TenantStatus("active");
    /** The value {@code suspended}. */
    public static final TenantStatus SUSPENDED = new TenantStatus("suspended");

    /** The values this SDK version knows, for a switch; {@code _UNKNOWN} for any other. */
    public enum Value {
        /** {@link #ACTIVE}. */
        ACTIVE,
        /** {@link #SUSPENDED}. */
        SUSPENDED,
        /** A value this SDK version does not know. */
        _UNKNOWN
    }

    private TenantStatus(String value) {
        super(value);
    }

    /**
     * The constant for a known value, else a new instance that keeps the value.
     *
     * @param value the wire value
     * @return the enum value
     */
    public static TenantStatus of(String value) {
        switch (value) {
            case "active":
                return ACTIVE;
            case "suspended":
                return SUSPENDED;
            default:
                return new TenantStatus(value);
        }
    }

    /**
     * Which known value this is, for a switch.
     *
     * @return the constant of {@link Value}, {@code _UNKNOWN} for a value this SDK version does not know
     */
    public Value value() {
        switch (asString()) {
            case "active":
                return Value.ACTIVE;
            case "suspended":
                return Value.SUSPENDED;
            default:
                return Value._UNKNOWN;
        }
    }
}
