// Generated from generators/java/runtime/io/cognitionos/models/ApiObject.java by generators/java. Do not edit: change that file.
package io.cognitionos.models;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Base of every model: an immutable view of one JSON object. Accessors decode their field when called,
 * so a field, enum value or step type this SDK version does not know never fails a response; whatever
 * the spec does not declare stays reachable through {@link #_additionalProperties()}.
 */
public abstract class ApiObject {
    private final ObjectNode json;

    /**
     * Wraps a decoded JSON object.
     *
     * @param json the object, as the API sent it or a builder made it
     */
    protected ApiObject(ObjectNode json) {
        this.json = json;
    }

    /**
     * The wire names this model declares; everything else is an additional property.
     *
     * @return the declared wire names
     */
    protected abstract Set<String> declaredFields();

    /**
     * Fields holding a secret the API returns once: {@link #toString()} redacts them, the JSON keeps them.
     *
     * @return the secret fields' wire names (none by default)
     */
    protected Set<String> secretFields() {
        return Set.of();
    }

    /**
     * Fields the spec does not declare (e.g. added by a newer server), as plain Java values.
     *
     * @return each undeclared field's name and value
     */
    public final Map<String, Object> _additionalProperties() {
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = json.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!declaredFields().contains(field.getKey())) extra.put(field.getKey(), Json.toJava(field.getValue()));
        }
        return extra;
    }

    /**
     * The whole object as plain Java values (maps, lists, strings, numbers, booleans, nulls).
     *
     * @return every field's name and value
     */
    public final Map<String, Object> _json() {
        return Json.toJavaMap(json);
    }

    /**
     * What Jackson writes for this model: its JSON, untouched. A copy, so the model stays immutable.
     *
     * @return a copy of the JSON object
     */
    @JsonValue
    protected final ObjectNode toJsonNode() {
        return json.deepCopy();
    }

    /**
     * A required field; null only when a (broken) answer left it out.
     *
     * @param <T> the field's Java type
     * @param name the wire name
     * @param decode reads the JSON value
     * @return the decoded value, or null
     */
    protected final <T> T required(String name, Function<JsonNode, T> decode) {
        JsonNode value = json.get(name);
        return value == null || value.isNull() ? null : decode.apply(value);
    }

    /**
     * A required primitive field: {@code zero} when a (broken) answer left it out, so the accessor never unboxes a null.
     *
     * @param <T> the field's boxed Java type
     * @param name the wire name
     * @param decode reads the JSON value
     * @param zero the value for a missing field
     * @return the decoded value, or {@code zero}
     */
    protected final <T> T requiredOr(String name, Function<JsonNode, T> decode, T zero) {
        T value = required(name, decode);
        return value == null ? zero : value;
    }

    /**
     * An optional or nullable field.
     *
     * @param <T> the field's Java type
     * @param name the wire name
     * @param decode reads the JSON value
     * @return the decoded value, empty when absent or null
     */
    protected final <T> Optional<T> optional(String name, Function<JsonNode, T> decode) {
        return Optional.ofNullable(required(name, decode));
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((ApiObject) other).json.equals(json);
    }

    @Override
    public final int hashCode() {
        return json.hashCode();
    }

    /** The class name and the JSON, secrets redacted: safe to log. */
    @Override
    public final String toString() {
        ObjectNode shown = json;
        for (String secret : secretFields()) {
            if (!json.has(secret)) continue;
            if (shown == json) shown = json.deepCopy();
            shown.put(secret, "[redacted]");
        }
        return getClass().getSimpleName() + shown;
    }
}
