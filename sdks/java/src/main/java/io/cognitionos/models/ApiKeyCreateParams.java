// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Set;

/** What a new key is made of. */
public final class ApiKeyCreateParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("name");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public ApiKeyCreateParams(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code ApiKeyCreateParams}.
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
     * What the key is for, 1 to 100 characters.
     *
     * @return the {@code name} value
     */
    public String name() {
        return required("name", Json.STRING);
    }

    /** Builds a {@link ApiKeyCreateParams}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * What the key is for, 1 to 100 characters.
         *
         * @param name the {@code name} value
         * @return this builder
         */
        public Builder name(String name) {
            Json.put(json, "name", name);
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
         * The {@code ApiKeyCreateParams}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code ApiKeyCreateParams}
         */
        public ApiKeyCreateParams build() {
            return new ApiKeyCreateParams(Json.requireFields(json, "ApiKeyCreateParams", "name"));
        }
    }
}
