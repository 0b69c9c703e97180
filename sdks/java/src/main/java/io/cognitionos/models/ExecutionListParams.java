// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Optional;
import java.util.Set;

/** Query parameters of workflows.executions.list. */
public final class ExecutionListParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("limit", "cursor");

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public ExecutionListParams(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** Page size, 1..100 (default 20). */
    public Optional<Long> limit() {
        return optional("limit", Json.LONG);
    }

    /** The {@code next_cursor} of the previous page; omit it for the first page. */
    public Optional<String> cursor() {
        return optional("cursor", Json.STRING);
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** Page size, 1..100 (default 20). */
        public Builder limit(long limit) {
            Json.put(json, "limit", limit);
            return this;
        }

        /** The {@code next_cursor} of the previous page; omit it for the first page. */
        public Builder cursor(String cursor) {
            Json.put(json, "cursor", cursor);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public ExecutionListParams build() {
            return new ExecutionListParams(Json.requireFields(json, "ExecutionListParams"));
        }
    }
}
