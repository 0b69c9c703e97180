// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Set;

/** Writes a memory in the tenant; the step's output names it ({@code memory_id}). */
public final class MemoryWriteStep extends ApiObject {
    private static final Set<String> FIELDS = Set.of("type", "scope", "content");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public MemoryWriteStep(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code MemoryWriteStep}.
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
     * Always {@code memory_write}.
     *
     * @return the {@code type} value
     */
    public String type() {
        return required("type", Json.STRING);
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
     * Memory text; {@code {{input.&lt;field&gt;}}} is replaced by that field of the execution input.
     *
     * @return the {@code content} value
     */
    public String content() {
        return required("content", Json.STRING);
    }

    /** Builds a {@link MemoryWriteStep}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
            json.put("type", "memory_write");
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
         * Memory text; {@code {{input.&lt;field&gt;}}} is replaced by that field of the execution input.
         *
         * @param content the {@code content} value
         * @return this builder
         */
        public Builder content(String content) {
            Json.put(json, "content", content);
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
         * The {@code MemoryWriteStep}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code MemoryWriteStep}
         */
        public MemoryWriteStep build() {
            return new MemoryWriteStep(Json.requireFields(json, "MemoryWriteStep", "type", "scope", "content"));
        }
    }
}
