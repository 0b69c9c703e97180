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

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public Memory(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Unique id of the memory; opaque, quote it as it is. */
    public String id() {
        return required("id", Json.STRING);
    }

    /** Who a memory is meant for: {@code private} (one agent), {@code shared} (a group of agents), {@code global} (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant. */
    public MemoryScope scope() {
        return required("scope", Json.enumeration(MemoryScope::of));
    }

    /** The agent the memory is about or for; null when none was given. */
    public Optional<String> agentId() {
        return optional("agent_id", Json.STRING);
    }

    /** The text remembered; what search matches. */
    public String content() {
        return required("content", Json.STRING);
    }

    /** Labels to filter on. */
    public List<String> tags() {
        return required("tags", Json.list(Json.STRING));
    }

    /** Free-form string pairs for the caller. */
    public Map<String, String> metadata() {
        return required("metadata", Json.STRINGS);
    }

    /** Derived from age and last access: {@code hot} (used within a day), {@code warm} (within a week), {@code cold}. */
    public MemoryTier tier() {
        return required("tier", Json.enumeration(MemoryTier::of));
    }

    /** How many times it was retrieved or found by a search. */
    public long accessCount() {
        return requiredOr("access_count", Json.LONG, 0L);
    }

    /** When the object was created (RFC 3339, UTC). */
    public OffsetDateTime createdAt() {
        return required("created_at", Json.DATE_TIME);
    }

    /** When it was last retrieved or found by a search; its creation time until then. */
    public OffsetDateTime lastAccessedAt() {
        return required("last_accessed_at", Json.DATE_TIME);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** Unique id of the memory; opaque, quote it as it is. */
        public Builder id(String id) {
            Json.put(json, "id", id);
            return this;
        }

        /** Who a memory is meant for: {@code private} (one agent), {@code shared} (a group of agents), {@code global} (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant. */
        public Builder scope(MemoryScope scope) {
            Json.put(json, "scope", scope);
            return this;
        }

        /** The agent the memory is about or for; null when none was given. */
        public Builder agentId(String agentId) {
            Json.put(json, "agent_id", agentId);
            return this;
        }

        /** The text remembered; what search matches. */
        public Builder content(String content) {
            Json.put(json, "content", content);
            return this;
        }

        /** Labels to filter on. */
        public Builder tags(List<String> tags) {
            Json.put(json, "tags", tags);
            return this;
        }

        public Builder addTag(String tag) {
            Json.add(json, "tags", tag);
            return this;
        }

        /** Free-form string pairs for the caller. */
        public Builder metadata(Map<String, String> metadata) {
            Json.put(json, "metadata", metadata);
            return this;
        }

        /** Derived from age and last access: {@code hot} (used within a day), {@code warm} (within a week), {@code cold}. */
        public Builder tier(MemoryTier tier) {
            Json.put(json, "tier", tier);
            return this;
        }

        /** How many times it was retrieved or found by a search. */
        public Builder accessCount(long accessCount) {
            Json.put(json, "access_count", accessCount);
            return this;
        }

        /** When the object was created (RFC 3339, UTC). */
        public Builder createdAt(OffsetDateTime createdAt) {
            Json.put(json, "created_at", createdAt);
            return this;
        }

        /** When it was last retrieved or found by a search; its creation time until then. */
        public Builder lastAccessedAt(OffsetDateTime lastAccessedAt) {
            Json.put(json, "last_accessed_at", lastAccessedAt);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public Memory build() {
            return new Memory(Json.requireFields(json, "Memory", "id", "scope", "agent_id", "content", "tags", "metadata", "tier", "access_count", "created_at", "last_accessed_at"));
        }
    }
}
