// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Set;

/** What a new key is made of. */
public final class ApiKeyCreateParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("name");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public ApiKeyCreateParams(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** What the key is for, 1 to 100 characters. */
    public String name() {
        return required("name", Json.STRING);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** What the key is for, 1 to 100 characters. */
        public Builder name(String name) {
            Json.put(json, "name", name);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public ApiKeyCreateParams build() {
            return new ApiKeyCreateParams(Json.requireFields(json, "ApiKeyCreateParams", "name"));
        }
    }
}
