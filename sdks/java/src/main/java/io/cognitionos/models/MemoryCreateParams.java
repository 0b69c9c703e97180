// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a new memory is made of. */
public final class MemoryCreateParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("scope", "agent_id", "content", "tags", "metadata");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public MemoryCreateParams(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Who a memory is meant for: {@code private} (one agent), {@code shared} (a group of agents), {@code global} (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant. */
    public MemoryScope scope() {
        return required("scope", Json.enumeration(MemoryScope::of));
    }

    /** The agent the memory is about or for: letters, digits and {@code _.:-}, up to 128 characters. */
    public Optional<String> agentId() {
        return optional("agent_id", Json.STRING);
    }

    /** The text to remember, 1 to 20000 characters. */
    public String content() {
        return required("content", Json.STRING);
    }

    /** Labels to filter on. */
    public Optional<List<String>> tags() {
        return optional("tags", Json.list(Json.STRING));
    }

    /** Free-form string pairs for the caller. */
    public Optional<Map<String, String>> metadata() {
        return optional("metadata", Json.STRINGS);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** Who a memory is meant for: {@code private} (one agent), {@code shared} (a group of agents), {@code global} (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant. */
        public Builder scope(MemoryScope scope) {
            Json.put(json, "scope", scope);
            return this;
        }

        /** The agent the memory is about or for: letters, digits and {@code _.:-}, up to 128 characters. */
        public Builder agentId(String agentId) {
            Json.put(json, "agent_id", agentId);
            return this;
        }

        /** The text to remember, 1 to 20000 characters. */
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

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public MemoryCreateParams build() {
            return new MemoryCreateParams(Json.requireFields(json, "MemoryCreateParams", "scope", "content"));
        }
    }
}
