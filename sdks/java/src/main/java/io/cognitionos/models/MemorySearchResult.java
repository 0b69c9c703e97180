// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.List;
import java.util.Set;

/** The best matches of a search. */
public final class MemorySearchResult extends ApiObject {
    private static final Set<String> FIELDS = Set.of("data");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public MemorySearchResult(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** The matches, best first. */
    public List<MemorySearchHit> data() {
        return required("data", Json.list(Json.model(MemorySearchHit::new)));
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** The matches, best first. */
        public Builder data(List<MemorySearchHit> data) {
            Json.put(json, "data", data);
            return this;
        }

        public Builder addData(MemorySearchHit data) {
            Json.add(json, "data", data);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public MemorySearchResult build() {
            return new MemorySearchResult(Json.requireFields(json, "MemorySearchResult", "data"));
        }
    }
}
