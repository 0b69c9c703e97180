// Generated from generators/java/runtime/io/cognitionos/models/ApiEnum.java by generators/java. Do not edit: change that file.
package io.cognitionos.models;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Base of every enum-like value: the spec's values are constants, any other string (from a newer
 * server) is kept as it came, so reading it never fails.
 */
public abstract class ApiEnum {
    private final String value;

    /**
     * A value of the enum, known or not.
     *
     * @param value the value as on the wire
     */
    protected ApiEnum(String value) {
        this.value = value;
    }

    /**
     * The value exactly as on the wire, known or not.
     *
     * @return the wire value
     */
    @JsonValue
    public final String asString() {
        return value;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((ApiEnum) other).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final String toString() {
        return value;
    }
}
