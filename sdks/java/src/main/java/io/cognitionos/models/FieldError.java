// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Set;

/** One invalid field of a request. */
public final class FieldError extends ApiObject {
    private static final Set<String> FIELDS = Set.of("path", "message");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public FieldError(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Where the problem is: {@code body.name}, {@code query.limit}, {@code path.tenant_id}, {@code header.authorization}. */
    public String path() {
        return required("path", Json.STRING);
    }

    /** What is wrong with it. */
    public String message() {
        return required("message", Json.STRING);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** Where the problem is: {@code body.name}, {@code query.limit}, {@code path.tenant_id}, {@code header.authorization}. */
        public Builder path(String path) {
            Json.put(json, "path", path);
            return this;
        }

        /** What is wrong with it. */
        public Builder message(String message) {
            Json.put(json, "message", message);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public FieldError build() {
            return new FieldError(Json.requireFields(json, "FieldError", "path", "message"));
        }
    }
}
