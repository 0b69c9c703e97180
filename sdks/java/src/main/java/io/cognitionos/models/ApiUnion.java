// Generated from generators/java/runtime/io/cognitionos/models/ApiUnion.java by generators/java. Do not edit: change that file.
package io.cognitionos.models;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import io.cognitionos.internal.Json;

/**
 * Base of every union without a discriminator: an immutable view of one JSON value of any shape. Its
 * variants are told apart by the value's shape; a value of a shape this SDK version does not know is
 * kept and reachable through {@link #_json()}.
 */
public abstract class ApiUnion {
    private final JsonNode json;

    /**
     * Wraps a decoded JSON value.
     *
     * @param json the value, as the API sent it
     */
    protected ApiUnion(JsonNode json) {
        this.json = json;
    }

    /**
     * The value as plain Java values.
     *
     * @return a map, list, string, number, boolean or null
     */
    public final Object _json() {
        return Json.toJava(json);
    }

    /**
     * What Jackson writes for this value: its JSON, untouched. A copy, so the value stays immutable.
     *
     * @return a copy of the JSON value
     */
    @JsonValue
    protected final JsonNode toJsonNode() {
        return json.deepCopy();
    }

    /**
     * The JSON value, for the variants' accessors.
     *
     * @return the JSON value itself
     */
    protected final JsonNode node() {
        return json;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((ApiUnion) other).json.equals(json);
    }

    @Override
    public final int hashCode() {
        return json.hashCode();
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + json;
    }
}
