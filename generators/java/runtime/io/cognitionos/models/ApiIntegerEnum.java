package io.cognitionos.models;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Base of every enum-like value whose values are integers: the spec's values are constants, any other
 * number (from a newer server) is kept as it came, so reading it never fails.
 */
public abstract class ApiIntegerEnum {
    private final long value;

    /**
     * A value of the enum, known or not.
     *
     * @param value the value as on the wire
     */
    protected ApiIntegerEnum(long value) {
        this.value = value;
    }

    /**
     * The value exactly as on the wire, known or not.
     *
     * @return the wire value
     */
    @JsonValue
    public final long asLong() {
        return value;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((ApiIntegerEnum) other).value == value;
    }

    @Override
    public final int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public final String toString() {
        return Long.toString(value);
    }
}
