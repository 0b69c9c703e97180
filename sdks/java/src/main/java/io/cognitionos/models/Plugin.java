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

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public Plugin(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code Plugin}.
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
     * Unique id of the plugin; opaque, quote it as it is.
     *
     * @return the {@code id} value
     */
    public String id() {
        return required("id", Json.STRING);
    }

    /**
     * Id of the tenant it is installed in.
     *
     * @return the {@code tenant_id} value
     */
    public String tenantId() {
        return required("tenant_id", Json.STRING);
    }

    /**
     * Name, unique within the tenant.
     *
     * @return the {@code name} value
     */
    public String name() {
        return required("name", Json.STRING);
    }

    /**
     * Installed version (semantic versioning).
     *
     * @return the {@code version} value
     */
    public String version() {
        return required("version", Json.STRING);
    }

    /**
     * What the plugin may do.
     *
     * @return the {@code permissions} value
     */
    public List<PluginPermission> permissions() {
        return required("permissions", Json.list(Json.enumeration(PluginPermission::of)));
    }

    /**
     * Whether the plugin is switched on.
     *
     * @return the {@code enabled} value
     */
    public boolean enabled() {
        return requiredOr("enabled", Json.BOOLEAN, false);
    }

    /**
     * Plugin-specific settings.
     *
     * @return the {@code config} value
     */
    public Map<String, Object> config() {
        return required("config", Json.OBJECT);
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

    /** Builds a {@link Plugin}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Unique id of the plugin; opaque, quote it as it is.
         *
         * @param id the {@code id} value
         * @return this builder
         */
        public Builder id(String id) {
            Json.put(json, "id", id);
            return this;
        }

        /**
         * Id of the tenant it is installed in.
         *
         * @param tenantId the {@code tenant_id} value
         * @return this builder
         */
        public Builder tenantId(String tenantId) {
            Json.put(json, "tenant_id", tenantId);
            return this;
        }

        /**
         * Name, unique within the tenant.
         *
         * @param name the {@code name} value
         * @return this builder
         */
        public Builder name(String name) {
            Json.put(json, "name", name);
            return this;
        }

        /**
         * Installed version (semantic versioning).
         *
         * @param version the {@code version} value
         * @return this builder
         */
        public Builder version(String version) {
            Json.put(json, "version", version);
            return this;
        }

        /**
         * What the plugin may do.
         *
         * @param permissions the {@code permissions} value
         * @return this builder
         */
        public Builder permissions(List<PluginPermission> permissions) {
            Json.put(json, "permissions", permissions);
            return this;
        }

        /**
         * Adds one item to {@code permissions}.
         *
         * @param permission the item to append
         * @return this builder
         */
        public Builder addPermission(PluginPermission permission) {
            Json.add(json, "permissions", permission);
            return this;
        }

        /**
         * Whether the plugin is switched on.
         *
         * @param enabled the {@code enabled} value
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            Json.put(json, "enabled", enabled);
            return this;
        }

        /**
         * Plugin-specific settings.
         *
         * @param config the {@code config} value
         * @return this builder
         */
        public Builder config(Map<String, Object> config) {
            Json.put(json, "config", config);
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
         * The {@code Plugin}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code Plugin}
         */
        public Plugin build() {
            return new Plugin(Json.requireFields(json, "Plugin", "id", "tenant_id", "name", "version", "permissions", "enabled", "config", "created_at", "updated_at"));
        }
    }
}
