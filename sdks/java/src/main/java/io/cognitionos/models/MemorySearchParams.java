// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Optional;
import java.util.Set;

/** MemorySearchParams. */
public final class MemorySearchParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("query", "scope", "agent_id", "top_k");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public MemorySearchParams(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    public String query() {
        return required("query", Json.STRING);
    }

    public Optional<MemoryScope> scope() {
        return optional("scope", Json.enumeration(MemoryScope::of));
    }

    public Optional<String> agentId() {
        return optional("agent_id", Json.STRING);
    }

    public Optional<Long> topK() {
        return optional("top_k", Json.LONG);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        public Builder query(String query) {
            Json.put(json, "query", query);
            return this;
        }

        public Builder scope(MemoryScope scope) {
            Json.put(json, "scope", scope);
            return this;
        }

        public Builder agentId(String agentId) {
            Json.put(json, "agent_id", agentId);
            return this;
        }

        public Builder topK(long topK) {
            Json.put(json, "top_k", topK);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public MemorySearchParams build() {
            return new MemorySearchParams(Json.requireFields(json, "MemorySearchParams", "query"));
        }
    }
}
