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

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public Tenant(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    public String id() {
        return required("id", Json.STRING);
    }

    public String name() {
        return required("name", Json.STRING);
    }

    public String slug() {
        return required("slug", Json.STRING);
    }

    public TenantStatus status() {
        return required("status", Json.enumeration(TenantStatus::of));
    }

    /** Free-form string pairs for the caller. */
    public Map<String, String> metadata() {
        return required("metadata", Json.STRINGS);
    }

    public OffsetDateTime createdAt() {
        return required("created_at", Json.DATE_TIME);
    }

    public OffsetDateTime updatedAt() {
        return required("updated_at", Json.DATE_TIME);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        public Builder id(String id) {
            Json.put(json, "id", id);
            return this;
        }

        public Builder name(String name) {
            Json.put(json, "name", name);
            return this;
        }

        public Builder slug(String slug) {
            Json.put(json, "slug", slug);
            return this;
        }

        public Builder status(TenantStatus status) {
            Json.put(json, "status", status);
            return this;
        }

        /** Free-form string pairs for the caller. */
        public Builder metadata(Map<String, String> metadata) {
            Json.put(json, "metadata", metadata);
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            Json.put(json, "created_at", createdAt);
            return this;
        }

        public Builder updatedAt(OffsetDateTime updatedAt) {
            Json.put(json, "updated_at", updatedAt);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public Tenant build() {
            return new Tenant(Json.requireFields(json, "Tenant", "id", "name", "slug", "status", "metadata", "created_at", "updated_at"));
        }
    }
}
