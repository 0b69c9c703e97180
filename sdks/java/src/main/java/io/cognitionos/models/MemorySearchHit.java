// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Set;

/** A memory that matches, and how well. */
public final class MemorySearchHit extends ApiObject {
    private static final Set<String> FIELDS = Set.of("memory", "score");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public MemorySearchHit(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code MemorySearchHit}.
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
     * Something an agent remembers, searchable by its content.
     *
     * @return the {@code memory} value
     */
    public Memory memory() {
        return required("memory", Json.model(Memory::new));
    }

    /**
     * BM25 relevance; higher is better.
     *
     * @return the {@code score} value
     */
    public double score() {
        return requiredOr("score", Json.DOUBLE, 0.0);
    }

    /** Builds a {@link MemorySearchHit}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Something an agent remembers, searchable by its content.
         *
         * @param memory the {@code memory} value
         * @return this builder
         */
        public Builder memory(Memory memory) {
            Json.put(json, "memory", memory);
            return this;
        }

        /**
         * BM25 relevance; higher is better.
         *
         * @param score the {@code score} value
         * @return this builder
         */
        public Builder score(double score) {
            Json.put(json, "score", score);
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
         * The {@code MemorySearchHit}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code MemorySearchHit}
         */
        public MemorySearchHit build() {
            return new MemorySearchHit(Json.requireFields(json, "MemorySearchHit", "memory", "score"));
        }
    }
}
