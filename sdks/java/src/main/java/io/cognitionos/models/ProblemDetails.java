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

    /** Wraps decoded JSON; build one yourself with {@link #builder()}. */
    public ProblemDetails(ObjectNode json) {
        super(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Set<String> declaredFields() {
        return FIELDS;
    }

    /** A URI naming the problem type. */
    public String type() {
        return required("type", Json.STRING);
    }

    /** A short summary of the problem type, the same for every problem of its type. */
    public String title() {
        return required("title", Json.STRING);
    }

    /** The HTTP status code of the answer. */
    public long status() {
        return requiredOr("status", Json.LONG, 0L);
    }

    /** What went wrong with this request, for a person to read. */
    public String detail() {
        return required("detail", Json.STRING);
    }

    /** The request's id, as in the {@code X-Request-Id} header; quote it when asking for support. */
    public String requestId() {
        return required("request_id", Json.STRING);
    }

    /** Each offending field, for bad input. */
    public Optional<List<FieldError>> errors() {
        return optional("errors", Json.list(Json.model(FieldError::new)));
    }

    public static final class Builder {
        private final ObjectNode json = Json.object();

        private Builder() {
        }

        /** A URI naming the problem type. */
        public Builder type(String type) {
            Json.put(json, "type", type);
            return this;
        }

        /** A short summary of the problem type, the same for every problem of its type. */
        public Builder title(String title) {
            Json.put(json, "title", title);
            return this;
        }

        /** The HTTP status code of the answer. */
        public Builder status(long status) {
            Json.put(json, "status", status);
            return this;
        }

        /** What went wrong with this request, for a person to read. */
        public Builder detail(String detail) {
            Json.put(json, "detail", detail);
            return this;
        }

        /** The request's id, as in the {@code X-Request-Id} header; quote it when asking for support. */
        public Builder requestId(String requestId) {
            Json.put(json, "request_id", requestId);
            return this;
        }

        /** Each offending field, for bad input. */
        public Builder errors(List<FieldError> errors) {
            Json.put(json, "errors", errors);
            return this;
        }

        public Builder addError(FieldError error) {
            Json.add(json, "errors", error);
            return this;
        }

        /** A field this SDK version does not declare yet, sent as given. */
        public Builder putAdditionalProperty(String name, Object value) {
            Json.put(json, name, value);
            return this;
        }

        public ProblemDetails build() {
            return new ProblemDetails(Json.requireFields(json, "ProblemDetails", "type", "title", "status", "detail", "request_id"));
        }
    }
}
