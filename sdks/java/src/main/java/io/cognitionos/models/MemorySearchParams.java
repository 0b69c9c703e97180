// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Optional;
import java.util.Set;

/** What to search for, and where; {@code scope} and {@code agent_id} narrow the search to those memories. */
public final class MemorySearchParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("query", "scope", "agent_id", "top_k");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public MemorySearchParams(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code MemorySearchParams}.
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
     * The words to look for, 1 to 1000 characters.
     *
     * @return the {@code query} value
     */
    public String query() {
        return required("query", Json.STRING);
    }

    /**
     * Who a memory is meant for: {@code private} (one agent), {@code shared} (a group of agents), {@code global} (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant.
     *
     * @return the {@code scope} value, empty when absent
     */
    public Optional<MemoryScope> scope() {
        return optional("scope", Json.enumeration(MemoryScope::of));
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
     * How many matches at most, 1 to 50 (default 10).
     *
     * @return the {@code top_k} value, empty when absent
     */
    public Optional<Long> topK() {
        return optional("top_k", Json.LONG);
    }

    /** Builds a {@link MemorySearchParams}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * The words to look for, 1 to 1000 characters.
         *
         * @param query the {@code query} value
         * @return this builder
         */
        public Builder query(String query) {
            Json.put(json, "query", query);
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
         * How many matches at most, 1 to 50 (default 10).
         *
         * @param topK the {@code top_k} value
         * @return this builder
         */
        public Builder topK(long topK) {
            Json.put(json, "top_k", topK);
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
         * The {@code MemorySearchParams}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code MemorySearchParams}
         */
        public MemorySearchParams build() {
            return new MemorySearchParams(Json.requireFields(json, "MemorySearchParams", "query"));
        }
    }
}
