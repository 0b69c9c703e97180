// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.List;
import java.util.Set;

/** The best matches of a search. */
public final class MemorySearchResult extends ApiObject {
    private static final Set<String> FIELDS = Set.of("data");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public MemorySearchResult(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code MemorySearchResult}.
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
     * The matches, best first.
     *
     * @return the {@code data} value
     */
    public List<MemorySearchHit> data() {
        return required("data", Json.list(Json.model(MemorySearchHit::new)));
    }

    /** Builds a {@link MemorySearchResult}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * The matches, best first.
         *
         * @param data the {@code data} value
         * @return this builder
         */
        public Builder data(List<MemorySearchHit> data) {
            Json.put(json, "data", data);
            return this;
        }

        /**
         * Adds one item to {@code data}.
         *
         * @param data the item to append
         * @return this builder
         */
        public Builder addData(MemorySearchHit data) {
            Json.add(json, "data", data);
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
         * The {@code MemorySearchResult}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code MemorySearchResult}
         */
        public MemorySearchResult build() {
            return new MemorySearchResult(Json.requireFields(json, "MemorySearchResult", "data"));
        }
    }
}
