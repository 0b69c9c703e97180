// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;



/**
 * Whether the subscription runs: {@code active}, or {@code canceled} once a subscription set to cancel reaches its period end.
 * <p>A value the spec does not list (from a newer server) is kept: {@link #asString()} returns it and {@link #value()} says {@code _UNKNOWN}.
 */
public final class SubscriptionStatus extends ApiEnum {
    /** The value {@code active}. */
    public static final SubscriptionStatus ACTIVE = new SubscriptionStatus("active");
    /** The value {@code canceled}. */
    public static final SubscriptionStatus CANCELED = new SubscriptionStatus("canceled");

    /** The values this SDK version knows, for a switch; {@code _UNKNOWN} for any other. */
    public enum Value {
        /** {@link #ACTIVE}. */
        ACTIVE,
        /** {@link #CANCELED}. */
        CANCELED,
        /** A value this SDK version does not know. */
        _UNKNOWN
    }

    private SubscriptionStatus(String value) {
        super(value);
    }

    /**
     * The constant for a known value, else a new instance that keeps the value.
     *
     * @param value the wire value
     * @return the enum value
     */
    public static SubscriptionStatus of(String value) {
        switch (value) {
            case "active":
                return ACTIVE;
            case "canceled":
                return CANCELED;
            default:
                return new SubscriptionStatus(value);
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
            case "canceled":
                return Value.CANCELED;
            default:
                return Value._UNKNOWN;
        }
    }
}
