// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/** A customer of the platform: it owns API keys, a subscription, plugins, workflows, memories and usage. */
public final class Tenant extends ApiObject {
    private static final Set<String> FIELDS = Set.of("id", "name", "slug", "status", "metadata", "created_at", "updated_at");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public Tenant(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code Tenant}.
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
     * Unique id of the tenant; opaque, quote it as it is.
     *
     * @return the {@code id} value
     */
    public String id() {
        return required("id", Json.STRING);
    }

    /**
     * Display name, in Unicode NFC.
     *
     * @return the {@code name} value
     */
    public String name() {
        return required("name", Json.STRING);
    }

    /**
     * URL-safe name, unique among tenants.
     *
     * @return the {@code slug} value
     */
    public String slug() {
        return required("slug", Json.STRING);
    }

    /**
     * A tenant's state: {@code active}, its keys work; {@code suspended}, its keys answer 403 until it is active again (its data is kept).
     *
     * @return the {@code status} value
     */
    public TenantStatus status() {
        return required("status", Json.enumeration(TenantStatus::of));
    }

    /**
     * Free-form string pairs for the caller.
     *
     * @return the {@code metadata} value
     */
    public Map<String, String> metadata() {
        return required("metadata", Json.STRINGS);
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
     * When the object last changed (RFC 3339, UTC); its creation time until then.
     *
     * @return the {@code updated_at} value
     */
    public OffsetDateTime updatedAt() {
        return required("updated_at", Json.DATE_TIME);
    }

    /** Builds a {@link Tenant}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Unique id of the tenant; opaque, quote it as it is.
         *
         * @param id the {@code id} value
         * @return this builder
         */
        public Builder id(String id) {
            Json.put(json, "id", id);
            return this;
        }

        /**
         * Display name, in Unicode NFC.
         *
         * @param name the {@code name} value
         * @return this builder
         */
        public Builder name(String name) {
            Json.put(json, "name", name);
            return this;
        }

        /**
         * URL-safe name, unique among tenants.
         *
         * @param slug the {@code slug} value
         * @return this builder
         */
        public Builder slug(String slug) {
            Json.put(json, "slug", slug);
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
         * When the object last changed (RFC 3339, UTC); its creation time until then.
         *
         * @param updatedAt the {@code updated_at} value
         * @return this builder
         */
        public Builder updatedAt(OffsetDateTime updatedAt) {
            Json.put(json, "updated_at", updatedAt);
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
         * The {@code Tenant}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code Tenant}
         */
        public Tenant build() {
            return new Tenant(Json.requireFields(json, "Tenant", "id", "name", "slug", "status", "metadata", "created_at", "updated_at"));
        }
    }
}
