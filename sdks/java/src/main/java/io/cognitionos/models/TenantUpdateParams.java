// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The fields to change; a field left out keeps its value. */
public final class TenantUpdateParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("name", "status", "metadata");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public TenantUpdateParams(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code TenantUpdateParams}.
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
     * @return the {@code name} value, empty when absent
     */
    public Optional<String> name() {
        return optional("name", Json.STRING);
    }

    /**
     * A tenant's state: {@code active}, its keys work; {@code suspended}, its keys answer 403 until it is active again (its data is kept).
     *
     * @return the {@code status} value, empty when absent
     */
    public Optional<TenantStatus> status() {
        return optional("status", Json.enumeration(TenantStatus::of));
    }

    /**
     * Free-form string pairs for the caller.
     *
     * @return the {@code metadata} value, empty when absent
     */
    public Optional<Map<String, String>> metadata() {
        return optional("metadata", Json.STRINGS);
    }

    /** Builds a {@link TenantUpdateParams}: set each field, then {@link #build()}. */
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
         * A tenant's state: {@code active}, its keys work; {@code suspended}, its keys answer 403 until it is active again (its data is kept).
         *
         * @param status the {@code status} value
         * @return this builder
         */
        public Builder status(TenantStatus status) {
            Json.put(json, "status", status);
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
         * The {@code TenantUpdateParams}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code TenantUpdateParams}
         */
        public TenantUpdateParams build() {
            return new TenantUpdateParams(Json.requireFields(json, "TenantUpdateParams"));
        }
    }
}
