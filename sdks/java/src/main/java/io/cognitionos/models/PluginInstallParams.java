// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a plugin is installed with. */
public final class PluginInstallParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("name", "version", "permissions", "enabled", "config");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public PluginInstallParams(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Unique within the tenant. */
    public String name() {
        return required("name", Json.STRING);
    }

    /** Semantic version. */
    public String version() {
        return required("version", Json.STRING);
    }

    /** What the plugin may do, up to 4 permissions. */
    public Optional<List<PluginPermission>> permissions() {
        return optional("permissions", Json.list(Json.enumeration(PluginPermission::of)));
    }

    /** Whether the plugin starts switched on (default true). */
    public Optional<Boolean> enabled() {
        return optional("enabled", Json.BOOLEAN);
    }

    /** Plugin-specific settings. */
    public Optional<Map<String, Object>> config() {
        return optional("config", Json.OBJECT);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** Unique within the tenant. */
        public Builder name(String name) {
            Json.put(json, "name", name);
            return this;
        }

        /** Semantic version. */
        public Builder version(String version) {
            Json.put(json, "version", version);
            return this;
        }

        /** What the plugin may do, up to 4 permissions. */
        public Builder permissions(List<PluginPermission> permissions) {
            Json.put(json, "permissions", permissions);
            return this;
        }

        public Builder addPermission(PluginPermission permission) {
            Json.add(json, "permissions", permission);
            return this;
        }

        /** Whether the plugin starts switched on (default true). */
        public Builder enabled(boolean enabled) {
            Json.put(json, "enabled", enabled);
            return this;
        }

        /** Plugin-specific settings. */
        public Builder config(Map<String, Object> config) {
            Json.put(json, "config", config);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public PluginInstallParams build() {
            return new PluginInstallParams(Json.requireFields(json, "PluginInstallParams", "name", "version"));
        }
    }
}
