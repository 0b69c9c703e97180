// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.Optional;
import java.util.Set;

/** Query parameters of workflows.executions.list. */
public final class ExecutionListParams extends ApiObject {
    private static final Set<String> FIELDS = Set.of("limit", "cursor");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public ExecutionListParams(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code ExecutionListParams}.
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
     * Page size, 1..100 (default 20).
     *
     * @return the {@code limit} value, empty when absent
     */
    public Optional<Long> limit() {
        return optional("limit", Json.LONG);
    }

    /**
     * The {@code next_cursor} of the previous page; omit it for the first page.
     *
     * @return the {@code cursor} value, empty when absent
     */
    public Optional<String> cursor() {
        return optional("cursor", Json.STRING);
    }

    /** Builds a {@link ExecutionListParams}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * Page size, 1..100 (default 20).
         *
         * @param limit the {@code limit} value
         * @return this builder
         */
        public Builder limit(long limit) {
            Json.put(json, "limit", limit);
            return this;
        }

        /**
         * The {@code next_cursor} of the previous page; omit it for the first page.
         *
         * @param cursor the {@code cursor} value
         * @return this builder
         */
        public Builder cursor(String cursor) {
            Json.put(json, "cursor", cursor);
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
         * The {@code ExecutionListParams}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code ExecutionListParams}
         */
        public ExecutionListParams build() {
            return new ExecutionListParams(Json.requireFields(json, "ExecutionListParams"));
        }
    }
}
