// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Set;

/** One invalid field of a request. */
public final class FieldError extends ApiObject {
    private static final Set<String> FIELDS = Set.of("path", "message");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public FieldError(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code FieldError}.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /**
     * Where the problem is: {@code body.name}, {@code query.limit}, {@code path.tenant_id}, {@code header.authorization}.
     *
     * @return the {@code path} value
     */
    public String path() {
        return required("path", Json.STRING);
    }

    /**
     * What is wrong with it.
     *
     * @return the {@code message} value
     */
    public String message() {
        return required("message", Json.STRING);
    }

    /** Builds a {@link FieldError}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Where the problem is: {@code body.name}, {@code query.limit}, {@code path.tenant_id}, {@code header.authorization}.
         *
         * @param path the {@code path} value
         * @return this builder
         */
        public Builder path(String path) {
            Json.put(json, "path", path);
            return this;
        }

        /**
         * What is wrong with it.
         *
         * @param message the {@code message} value
         * @return this builder
         */
        public Builder message(String message) {
            Json.put(json, "message", message);
            return this;
        }

        /**
         * A field this SDK version does not declare yet, sent as given.
         *
         * @param name its name on the wire
         * @param value its value, written as JSON
         * @return this builder
         */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        /**
         * The {@code FieldError}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code FieldError}
         */
        public FieldError build() {
            return new FieldError(Json.requireFields(json, "FieldError", "path", "message"));
        }
    }
}
