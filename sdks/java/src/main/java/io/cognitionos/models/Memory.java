// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Memory. */
public final class Memory extends ApiObject {
    private static final Set<String> FIELDS = Set.of("id", "scope", "agent_id", "content", "tags", "metadata", "tier", "access_count", "created_at", "last_accessed_at");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public Memory(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code Memory}.
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
     * The {@code scope} field.
     *
     * @return the {@code scope} value
     */
    public MemoryScope scope() {
        return required("scope", Json.enumeration(MemoryScope::of));
    }

    /**
     * The {@code agent_id} field.
     *
     * @return the {@code agent_id} value, empty when null or absent
     */
    public Optional<String> agentId() {
        return optional("agent_id", Json.STRING);
    }

    /**
     * The {@code content} field.
     *
     * @return the {@code content} value
     */
    public String content() {
        return required("content", Json.STRING);
    }

    /**
     * The {@code tags} field.
     *
     * @return the {@code tags} value
     */
    public List<String> tags() {
        return required("tags", Json.list(Json.STRING));
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
     * Derived from age and last access: hot (used within a day), warm (within a week), cold.
     *
     * @return the {@code tier} value
     */
    public MemoryTier tier() {
        return required("tier", Json.enumeration(MemoryTier::of));
    }

    /**
     * The {@code access_count} field.
     *
     * @return the {@code access_count} value
     */
    public long accessCount() {
        return requiredOr("access_count", Json.LONG, 0L);
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
     * The {@code last_accessed_at} field.
     *
     * @return the {@code last_accessed_at} value
     */
    public OffsetDateTime lastAccessedAt() {
        return required("last_accessed_at", Json.DATE_TIME);
    }

    /** Builds a {@link Memory}: set each field, then {@link #build()}. */
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
         * The {@code scope} field.
         *
         * @param scope the {@code scope} value
         * @return this builder
         */
        public Builder scope(MemoryScope scope) {
            Json.put(json, "scope", scope);
            return this;
        }

        /**
         * The {@code agent_id} field.
         *
         * @param agentId the {@code agent_id} value (null sends JSON null)
         * @return this builder
         */
        public Builder agentId(String agentId) {
            Json.put(json, "agent_id", agentId);
            return this;
        }

        /**
         * The {@code content} field.
         *
         * @param content the {@code content} value
         * @return this builder
         */
        public Builder content(String content) {
            Json.put(json, "content", content);
            return this;
        }

        /**
         * The {@code tags} field.
         *
         * @param tags the {@code tags} value
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            Json.put(json, "tags", tags);
            return this;
        }

        /**
         * Adds one item to {@code tags}.
         *
         * @param tag the item to append
         * @return this builder
         */
        public Builder addTag(String tag) {
            Json.add(json, "tags", tag);
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
         * Derived from age and last access: hot (used within a day), warm (within a week), cold.
         *
         * @param tier the {@code tier} value
         * @return this builder
         */
        public Builder tier(MemoryTier tier) {
            Json.put(json, "tier", tier);
            return this;
        }

        /**
         * The {@code access_count} field.
         *
         * @param accessCount the {@code access_count} value
         * @return this builder
         */
        public Builder accessCount(long accessCount) {
            Json.put(json, "access_count", accessCount);
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
         * The {@code last_accessed_at} field.
         *
         * @param lastAccessedAt the {@code last_accessed_at} value
         * @return this builder
         */
        public Builder lastAccessedAt(OffsetDateTime lastAccessedAt) {
            Json.put(json, "last_accessed_at", lastAccessedAt);
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
         * The {@code Memory}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code Memory}
         */
        public Memory build() {
            return new Memory(Json.requireFields(json, "Memory", "id", "scope", "agent_id", "content", "tags", "metadata", "tier", "access_count", "created_at", "last_accessed_at"));
        }
    }
}
