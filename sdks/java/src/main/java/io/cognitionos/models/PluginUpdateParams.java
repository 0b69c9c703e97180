// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The fields to change; a field left out keeps its value. */
public final class PluginUpdateParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("version", "permissions", "enabled", "config");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public PluginUpdateParams(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code PluginUpdateParams}.
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
     * Semantic version.
     *
     * @return the {@code version} value, empty when absent
     */
    public Optional<String> version() {
        return optional("version", Json.STRING);
    }

    /**
     * What the plugin may do, up to 4 permissions.
     *
     * @return the {@code permissions} value, empty when absent
     */
    public Optional<List<PluginPermission>> permissions() {
        return optional("permissions", Json.list(Json.enumeration(PluginPermission::of)));
    }

    /**
     * Switch the plugin on or off.
     *
     * @return the {@code enabled} value, empty when absent
     */
    public Optional<Boolean> enabled() {
        return optional("enabled", Json.BOOLEAN);
    }

    /**
     * Plugin-specific settings.
     *
     * @return the {@code config} value, empty when absent
     */
    public Optional<Map<String, Object>> config() {
        return optional("config", Json.OBJECT);
    }

    /** Builds a {@link PluginUpdateParams}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Semantic version.
         *
         * @param version the {@code version} value
         * @return this builder
         */
        public Builder version(String version) {
            Json.put(json, "version", version);
            return this;
        }

        /**
         * What the plugin may do, up to 4 permissions.
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
         * Switch the plugin on or off.
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
         * The {@code PluginUpdateParams}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code PluginUpdateParams}
         */
        public PluginUpdateParams build() {
            return new PluginUpdateParams(Json.requireFields(json, "PluginUpdateParams"));
        }
    }
}
