// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/** Tenant. */
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
     * The {@code id} field.
     *
     * @return the {@code id} value
     */
    public String id() {
        return required("id", Json.STRING);
    }

    /**
     * The {@code name} field.
     *
     * @return the {@code name} value
     */
    public String name() {
        return required("name", Json.STRING);
    }

    /**
     * The {@code slug} field.
     *
     * @return the {@code slug} value
     */
    public String slug() {
        return required("slug", Json.STRING);
    }

    /**
     * The {@code status} field.
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
     * The {@code created_at} field.
     *
     * @return the {@code created_at} value
     */
    public OffsetDateTime createdAt() {
        return required("created_at", Json.DATE_TIME);
    }

    /**
     * The {@code updated_at} field.
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
         * The {@code id} field.
         *
         * @param id the {@code id} value
         * @return this builder
         */
        public Builder id(String id) {
            Json.put(json, "id", id);
            return this;
        }

        /**
         * The {@code name} field.
         *
         * @param name the {@code name} value
         * @return this builder
         */
        public Builder name(String name) {
            Json.put(json, "name", name);
            return this;
        }

        /**
         * The {@code slug} field.
         *
         * @param slug the {@code slug} value
         * @return this builder
         */
        public Builder slug(String slug) {
            Json.put(json, "slug", slug);
            return this;
        }

        /**
         * The {@code status} field.
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
         * The {@code created_at} field.
         *
         * @param createdAt the {@code created_at} value
         * @return this builder
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            Json.put(json, "created_at", createdAt);
            return this;
        }

        /**
         * The {@code updated_at} field.
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
