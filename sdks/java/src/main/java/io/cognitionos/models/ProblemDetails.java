// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.internal.Json;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** RFC 9457 problem details. */
public final class ProblemDetails extends ApiObject {
    private static final Set<String> FIELDS = Set.of("type", "title", "status", "detail", "request_id", "errors");

    /**
     * Wraps decoded JSON; build one yourself with {@link #builder()}.
     *
     * @param json the JSON object, as the API sent it
     */
    public ProblemDetails(ObjectNode json) {
        super(json);
    }

    /**
     * A builder for a new {@code ProblemDetails}.
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
     * A URI naming the problem type.
     *
     * @return the {@code type} value
     */
    public String type() {
        return required("type", Json.STRING);
    }

    /**
     * A short summary of the problem type, the same for every problem of its type.
     *
     * @return the {@code title} value
     */
    public String title() {
        return required("title", Json.STRING);
    }

    /**
     * The HTTP status code of the answer.
     *
     * @return the {@code status} value
     */
    public long status() {
        return requiredOr("status", Json.LONG, 0L);
    }

    /**
     * What went wrong with this request, for a person to read.
     *
     * @return the {@code detail} value
     */
    public String detail() {
        return required("detail", Json.STRING);
    }

    /**
     * The request's id, as in the {@code X-Request-Id} header; quote it when asking for support.
     *
     * @return the {@code request_id} value
     */
    public String requestId() {
        return required("request_id", Json.STRING);
    }

    /**
     * Each offending field, for bad input.
     *
     * @return the {@code errors} value, empty when absent
     */
    public Optional<List<FieldError>> errors() {
        return optional("errors", Json.list(Json.model(FieldError::new)));
    }

    /** Builds a {@link ProblemDetails}: set each field, then {@link #build()}. */
    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /**
         * A URI naming the problem type.
         *
         * @param type the {@code type} value
         * @return this builder
         */
        public Builder type(String type) {
            Json.put(json, "type", type);
            return this;
        }

        /**
         * A short summary of the problem type, the same for every problem of its type.
         *
         * @param title the {@code title} value
         * @return this builder
         */
        public Builder title(String title) {
            Json.put(json, "title", title);
            return this;
        }

        /**
         * The HTTP status code of the answer.
         *
         * @param status the {@code status} value
         * @return this builder
         */
        public Builder status(long status) {
            Json.put(json, "status", status);
            return this;
        }

        /**
         * What went wrong with this request, for a person to read.
         *
         * @param detail the {@code detail} value
         * @return this builder
         */
        public Builder detail(String detail) {
            Json.put(json, "detail", detail);
            return this;
        }

        /**
         * The request's id, as in the {@code X-Request-Id} header; quote it when asking for support.
         *
         * @param requestId the {@code request_id} value
         * @return this builder
         */
        public Builder requestId(String requestId) {
            Json.put(json, "request_id", requestId);
            return this;
        }

        /**
         * Each offending field, for bad input.
         *
         * @param errors the {@code errors} value
         * @return this builder
         */
        public Builder errors(List<FieldError> errors) {
            Json.put(json, "errors", errors);
            return this;
        }

        /**
         * Adds one item to {@code errors}.
         *
         * @param error the item to append
         * @return this builder
         */
        public Builder addError(FieldError error) {
            Json.add(json, "errors", error);
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
         * The {@code ProblemDetails}; throws IllegalStateException when a required field is not set.
         *
         * @return the built {@code ProblemDetails}
         */
        public ProblemDetails build() {
            return new ProblemDetails(Json.requireFields(json, "ProblemDetails", "type", "title", "status", "detail", "request_id"));
        }
    }
}
