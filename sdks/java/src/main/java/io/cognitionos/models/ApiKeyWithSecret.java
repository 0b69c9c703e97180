// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/** A key just created, with its secret: the only answer that shows it. */
public final class ApiKeyWithSecret extends ApiObject {
    private static final Set<String> FIELDS = Set.of("id", "tenant_id", "name", "masked", "created_at", "last_used_at", "revoked_at", "secret");
    private static final Set<String> SECRETS = Set.of("secret");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public ApiKeyWithSecret(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code ApiKeyWithSecret}.
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

    @Override
    protected Set<String> secretFields() {
        return SECRETS;
    }

    /**
     * Unique id of the API key; opaque, quote it as it is.
     *
     * @return the {@code id} value
     */
    public String id() {
        return required("id", Json.STRING);
    }

    /**
     * Id of the tenant the key belongs to.
     *
     * @return the {@code tenant_id} value
     */
    public String tenantId() {
        return required("tenant_id", Json.STRING);
    }

    /**
     * What the key is for, as given when it was created.
     *
     * @return the {@code name} value
     */
    public String name() {
        return required("name", Json.STRING);
    }

    /**
     * The key with all but its last four characters hidden.
     *
     * @return the {@code masked} value
     */
    public String masked() {
        return required("masked", Json.STRING);
    }

    /**
     * When the object was created (RFC 3339, UTC).
     *
     * @return the {@code created_at} value
     */
    public OffsetDateTime createdAt() {
        return required("created_at", Json.DATE_TIME);
    }

    /**
     * Last use, to the minute.
     *
     * @return the {@code last_used_at} value, empty when null or absent
     */
    public Optional<OffsetDateTime> lastUsedAt() {
        return optional("last_used_at", Json.DATE_TIME);
    }

    /**
     * When the key was revoked; null while it works.
     *
     * @return the {@code revoked_at} value, empty when null or absent
     */
    public Optional<OffsetDateTime> revokedAt() {
        return optional("revoked_at", Json.DATE_TIME);
    }

    /**
     * The full key. Shown only in this response: store it now. SDKs redact it in a model's string form (the JSON keeps it).
     *
     * @return the {@code secret} value
     */
    public String secret() {
        return required("secret", Json.STRING);
    }

    /** Builds a {@link ApiKeyWithSecret}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Unique id of the API key; opaque, quote it as it is.
         *
         * @param id the {@code id} value
         * @return this builder
         */
        public Builder id(String id) {
            Json.put(json, "id", id);
            return this;
        }

        /**
         * Id of the tenant the key belongs to.
         *
         * @param tenantId the {@code tenant_id} value
         * @return this builder
         */
        public Builder tenantId(String tenantId) {
            Json.put(json, "tenant_id", tenantId);
            return this;
        }

        /**
         * What the key is for, as given when it was created.
         *
         * @param name the {@code name} value
         * @return this builder
         */
        public Builder name(String name) {
            Json.put(json, "name", name);
            return this;
        }

        /**
         * The key with all but its last four characters hidden.
         *
         * @param masked the {@code masked} value
         * @return this builder
         */
        public Builder masked(String masked) {
            Json.put(json, "masked", masked);
            return this;
        }

        /**
         * When the object was created (RFC 3339, UTC).
         *
         * @param createdAt the {@code created_at} value
         * @return this builder
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            Json.put(json, "created_at", createdAt);
            return this;
        }

        /**
         * Last use, to the minute.
         *
         * @param lastUsedAt the {@code last_used_at} value (null sends JSON null)
         * @return this builder
         */
        public Builder lastUsedAt(OffsetDateTime lastUsedAt) {
            Json.put(json, "last_used_at", lastUsedAt);
            return this;
        }

        /**
         * When the key was revoked; null while it works.
         *
         * @param revokedAt the {@code revoked_at} value (null sends JSON null)
         * @return this builder
         */
        public Builder revokedAt(OffsetDateTime revokedAt) {
            Json.put(json, "revoked_at", revokedAt);
            return this;
        }

        /**
         * The full key. Shown only in this response: store it now. SDKs redact it in a model's string form (the JSON keeps it).
         *
         * @param secret the {@code secret} value
         * @return this builder
         */
        public Builder secret(String secret) {
            Json.put(json, "secret", secret);
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
         * The {@code ApiKeyWithSecret}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code ApiKeyWithSecret}
         */
        public ApiKeyWithSecret build() {
            return new ApiKeyWithSecret(Json.requireFields(json, "ApiKeyWithSecret", "id", "tenant_id", "name", "masked", "created_at", "last_used_at", "revoked_at", "secret"));
        }
    }
}
