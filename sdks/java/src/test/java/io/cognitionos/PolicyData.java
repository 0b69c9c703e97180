// Generated from generators/java/tests/io/cognitionos/PolicyData.java by generators/java. Do not edit: change that file.
package io.cognitionos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** generators/policy/policy.json as the tests read it: the tables they are driven from. */
public final class PolicyData {
    public static final JsonNode POLICY = load();

    private PolicyData() {}

    private static JsonNode load() {
        try (InputStream in = PolicyData.class.getResourceAsStream("/policy.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
