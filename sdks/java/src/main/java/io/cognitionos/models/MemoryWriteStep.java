// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Set;

/** Writes a memory in the tenant; the step's output names it ({@code memory_id}). */
public final class MemoryWriteStep extends ApiObject {
    private static final Set<String> FIELDS = Set.of("type", "scope", "content");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public MemoryWriteStep(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Always {@code memory_write}. */
    public String type() {
        return required("type", Json.STRING);
    }

    /** Who a memory is meant for: {@code private} (one agent), {@code shared} (a group of agents), {@code global} (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant. */
    public MemoryScope scope() {
        return required("scope", Json.enumeration(MemoryScope::of));
    }

    /** Memory text; {@code {{input.&lt;field&gt;}}} is replaced by that field of the execution input. */
    public String content() {
        return required("content", Json.STRING);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
            json.put("type", "memory_write");
        }

        /** Who a memory is meant for: {@code private} (one agent), {@code shared} (a group of agents), {@code global} (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant. */
        public Builder scope(MemoryScope scope) {
            Json.put(json, "scope", scope);
            return this;
        }

        /** Memory text; {@code {{input.&lt;field&gt;}}} is replaced by that field of the execution input. */
        public Builder content(String content) {
            Json.put(json, "content", content);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public MemoryWriteStep build() {
            return new MemoryWriteStep(Json.requireFields(json, "MemoryWriteStep", "type", "scope", "content"));
        }
    }
}
