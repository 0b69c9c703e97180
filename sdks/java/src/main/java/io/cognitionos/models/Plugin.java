// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A plugin installed in a tenant. */
public final class Plugin extends ApiObject {
    private static final Set<String> FIELDS = Set.of("id", "tenant_id", "name", "version", "permissions", "enabled", "config", "created_at", "updated_at");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public Plugin(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Unique id of the plugin; opaque, quote it as it is. */
    public String id() {
        return required("id", Json.STRING);
    }

    /** Id of the tenant it is installed in. */
    public String tenantId() {
        return required("tenant_id", Json.STRING);
    }

    /** Name, unique within the tenant. */
    public String name() {
        return required("name", Json.STRING);
    }

    /** Installed version (semantic versioning). */
    public String version() {
        return required("version", Json.STRING);
    }

    /** What the plugin may do. */
    public List<PluginPermission> permissions() {
        return required("permissions", Json.list(Json.enumeration(PluginPermission::of)));
    }

    /** Whether the plugin is switched on. */
    public boolean enabled() {
        return requiredOr("enabled", Json.BOOLEAN, false);
    }

    /** Plugin-specific settings. */
    public Map<String, Object> config() {
        return required("config", Json.OBJECT);
    }

    /** When the object was created (RFC 3339, UTC). */
    public OffsetDateTime createdAt() {
        return required("created_at", Json.DATE_TIME);
    }

    /** When the object last changed (RFC 3339, UTC); its creation time until then. */
    public OffsetDateTime updatedAt() {
        return required("updated_at", Json.DATE_TIME);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** Unique id of the plugin; opaque, quote it as it is. */
        public Builder id(String id) {
            Json.put(json, "id", id);
            return this;
        }

        /** Id of the tenant it is installed in. */
        public Builder tenantId(String tenantId) {
            Json.put(json, "tenant_id", tenantId);
            return this;
        }

        /** Name, unique within the tenant. */
        public Builder name(String name) {
            Json.put(json, "name", name);
            return this;
        }

        /** Installed version (semantic versioning). */
        public Builder version(String version) {
            Json.put(json, "version", version);
            return this;
        }

        /** What the plugin may do. */
        public Builder permissions(List<PluginPermission> permissions) {
            Json.put(json, "permissions", permissions);
            return this;
        }

        public Builder addPermission(PluginPermission permission) {
            Json.add(json, "permissions", permission);
            return this;
        }

        /** Whether the plugin is switched on. */
        public Builder enabled(boolean enabled) {
            Json.put(json, "enabled", enabled);
            return this;
        }

        /** Plugin-specific settings. */
        public Builder config(Map<String, Object> config) {
            Json.put(json, "config", config);
            return this;
        }

        /** When the object was created (RFC 3339, UTC). */
        public Builder createdAt(OffsetDateTime createdAt) {
            Json.put(json, "created_at", createdAt);
            return this;
        }

        /** When the object last changed (RFC 3339, UTC); its creation time until then. */
        public Builder updatedAt(OffsetDateTime updatedAt) {
            Json.put(json, "updated_at", updatedAt);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public Plugin build() {
            return new Plugin(Json.requireFields(json, "Plugin", "id", "tenant_id", "name", "version", "permissions", "enabled", "config", "created_at", "updated_at"));
        }
    }
}
