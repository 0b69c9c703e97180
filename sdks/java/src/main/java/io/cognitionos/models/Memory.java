// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Something an agent remembers, searchable by its content. */
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
     * Unique id of the memory; opaque, quote it as it is.
     *
     * @return the {@code id} value
     */
    public String id() {
        return required("id", Json.STRING);
    }

    /**
     * Who a memory is meant for: {@code private} (one agent), {@code shared} (a group of agents), {@code global} (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant.
     *
     * @return the {@code scope} value
     */
    public MemoryScope scope() {
        return required("scope", Json.enumeration(MemoryScope::of));
    }

    /**
     * The agent the memory is about or for; null when none was given.
     *
     * @return the {@code agent_id} value, empty when null or absent
     */
    public Optional<String> agentId() {
        return optional("agent_id", Json.STRING);
    }

    /**
     * The text remembered; what search matches.
     *
     * @return the {@code content} value
     */
    public String content() {
        return required("content", Json.STRING);
    }

    /**
     * Labels to filter on.
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
     * Derived from age and last access: {@code hot} (used within a day), {@code warm} (within a week), {@code cold}.
     *
     * @return the {@code tier} value
     */
    public MemoryTier tier() {
        return required("tier", Json.enumeration(MemoryTier::of));
    }

    /**
     * How many times it was retrieved or found by a search.
     *
     * @return the {@code access_count} value
     */
    public long accessCount() {
        return requiredOr("access_count", Json.LONG, 0L);
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
     * When it was last retrieved or found by a search; its creation time until then.
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
         * Unique id of the memory; opaque, quote it as it is.
         *
         * @param id the {@code id} value
         * @return this builder
         */
        public Builder id(String id) {
            Json.put(json, "id", id);
            return this;
        }

        /**
         * Who a memory is meant for: {@code private} (one agent), {@code shared} (a group of agents), {@code global} (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant.
         *
         * @param scope the {@code scope} value
         * @return this builder
         */
        public Builder scope(MemoryScope scope) {
            Json.put(json, "scope", scope);
            return this;
        }

        /**
         * The agent the memory is about or for; null when none was given.
         *
         * @param agentId the {@code agent_id} value (null sends JSON null)
         * @return this builder
         */
        public Builder agentId(String agentId) {
            Json.put(json, "agent_id", agentId);
            return this;
        }

        /**
         * The text remembered; what search matches.
         *
         * @param content the {@code content} value
         * @return this builder
         */
        public Builder content(String content) {
            Json.put(json, "content", content);
            return this;
        }

        /**
         * Labels to filter on.
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
         * Derived from age and last access: {@code hot} (used within a day), {@code warm} (within a week), {@code cold}.
         *
         * @param tier the {@code tier} value
         * @return this builder
         */
        public Builder tier(MemoryTier tier) {
            Json.put(json, "tier", tier);
            return this;
        }

        /**
         * How many times it was retrieved or found by a search.
         *
         * @param accessCount the {@code access_count} value
         * @return this builder
         */
        public Builder accessCount(long accessCount) {
            Json.put(json, "access_count", accessCount);
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
         * When it was last retrieved or found by a search; its creation time until then.
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
