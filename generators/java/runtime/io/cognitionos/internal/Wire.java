package io.cognitionos.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.models.ApiObject;
import java.util.Set;

/**
 * Where a call's params go: the services say, from the spec, which fields are query parameters (sent
 * in the URL) and which form the JSON body. Each answer is a copy. Omitted (null) params give no query
 * but an empty body: an operation that takes a body always sends one, {@code {}} at least. Internal.
 */
public final class Wire {
    private Wire() {}

    /** Every field: params sent wholly in the URL. */
    public static ObjectNode all(ApiObject params) {
        return params == null ? null : Json.MAPPER.valueToTree(params);
    }

    /** Every field: params sent wholly as the body; {@code {}} when omitted. */
    public static ObjectNode body(ApiObject params) {
        return params == null ? Json.object() : Json.MAPPER.valueToTree(params);
    }

    /** Only the named fields: the query parameters of a call that also sends a body. */
    public static ObjectNode only(ApiObject params, String... names) {
        ObjectNode json = all(params);
        if (json != null) json.retain(names);
        return json;
    }

    /** Every field but the named ones: the body of a call that also has query parameters. */
    public static ObjectNode except(ApiObject params, String... names) {
        ObjectNode json = body(params);
        json.remove(Set.of(names));
        return json;
    }
}
