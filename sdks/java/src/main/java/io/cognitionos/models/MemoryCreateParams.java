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

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public MemoryCreateParams(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code MemoryCreateParams}.
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
     * Who a memory is meant for: {@code private} (one agent), {@code shared} (a group of agents), {@code global} (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant.
     *
     * @return the {@code scope} value
     */
    public MemoryScope scope() {
        return required("scope", Json.enumeration(MemoryScope::of));
    }

    /**
     * The agent the memory is about or for: letters, digits and {@code _.:-}, up to 128 characters.
     *
     * @return the {@code agent_id} value, empty when absent
     */
    public Optional<String> agentId() {
        return optional("agent_id", Json.STRING);
    }

    /**
     * The text to remember, 1 to 20000 characters.
     *
     * @return the {@code content} value
     */
    public String content() {
        return required("content", Json.STRING);
    }

    /**
     * Labels to filter on.
     *
     * @return the {@code tags} value, empty when absent
     */
    public Optional<List<String>> tags() {
        return optional("tags", Json.list(Json.STRING));
    }

    /**
     * Free-form string pairs for the caller.
     *
     * @return the {@code metadata} value, empty when absent
     */
    public Optional<Map<String, String>> metadata() {
        return optional("metadata", Json.STRINGS);
    }

    /** Builds a {@link MemoryCreateParams}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
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
         * The agent the memory is about or for: letters, digits and {@code _.:-}, up to 128 characters.
         *
         * @param agentId the {@code agent_id} value
         * @return this builder
         */
        public Builder agentId(String agentId) {
            Json.put(json, "agent_id", agentId);
            return this;
        }

        /**
         * The text to remember, 1 to 20000 characters.
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
         * The {@code MemoryCreateParams}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code MemoryCreateParams}
         */
        public MemoryCreateParams build() {
            return new MemoryCreateParams(Json.requireFields(json, "MemoryCreateParams", "scope", "content"));
        }
    }
}
