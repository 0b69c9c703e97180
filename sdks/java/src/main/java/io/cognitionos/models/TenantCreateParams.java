// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a new tenant is made of; it starts {@code active} with a starter subscription. */
public final class TenantCreateParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("name", "slug", "metadata");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public TenantCreateParams(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code TenantCreateParams}.
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
     * Stored in Unicode NFC; bidirectional controls and zero-width characters are refused.
     *
     * @return the {@code name} value
     */
    public String name() {
        return required("name", Json.STRING);
    }

    /**
     * URL-safe unique name; derived from {@code name} when omitted.
     *
     * @return the {@code slug} value, empty when absent
     */
    public Optional<String> slug() {
        return optional("slug", Json.STRING);
    }

    /**
     * Free-form string pairs for the caller.
     *
     * @return the {@code metadata} value, empty when absent
     */
    public Optional<Map<String, String>> metadata() {
        return optional("metadata", Json.STRINGS);
    }

    /** Builds a {@link TenantCreateParams}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Stored in Unicode NFC; bidirectional controls and zero-width characters are refused.
         *
         * @param name the {@code name} value
         * @return this builder
         */
        public Builder name(String name) {
            Json.put(json, "name", name);
            return this;
        }

        /**
         * URL-safe unique name; derived from {@code name} when omitted.
         *
         * @param slug the {@code slug} value
         * @return this builder
         */
        public Builder slug(String slug) {
            Json.put(json, "slug", slug);
            return this;
        }

        /**
         * Free-form string pairs for the caller.
         *
         * @param metadata the {@code metadata} value
         * @return this builder
         */
        public Builder metadata(Map<String, String> metadata) {
            Json.put(json, "metadata", metadata);
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
         * The {@code TenantCreateParams}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code TenantCreateParams}
         */
        public TenantCreateParams build() {
            return new TenantCreateParams(Json.requireFields(json, "TenantCreateParams", "name"));
        }
    }
}
