// Generated from generators/java/tests/io/cognitionos/internal/MessagesTest.java by generators/java. Do not edit: change that file.
package io.cognitionos.internal;

import static io.cognitionos.PolicyData.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MessagesTest {
    static Stream<Arguments> cases() {
        String apiError = POLICY.at("/messages/apiError").asText();
        return Stream.of(
                Arguments.of(apiError, new String[] {"status", "404", "title", "Not found", "detail", "No tenant ten_1", "field_errors", "", "request_id", "req_1"},
                        "404 Not found: No tenant ten_1 (request req_1)"),
                Arguments.of(apiError, new String[] {"status", "400", "title", "Invalid request", "detail", null, "field_errors", "body.name: Required", "request_id", null},
                        "400 Invalid request [body.name: Required]"),
                Arguments.of(apiError, new String[] {"method", "POST", "path", "/workflows/{workflow_id}/executions/{execution_id}/cancel", "status", "409", "title", "Conflict", "detail", "Already finished"},
                        "POST /workflows/{workflow_id}/executions/{execution_id}/cancel: 409 Conflict: Already finished"),
                Arguments.of(POLICY.at("/messages/timeout").asText(), new String[] {"timeout_ms", "250"}, "Request timed out after 250 ms"),
                Arguments.of(POLICY.at("/messages/invalidPathParam").asText(), new String[] {"param", "tenantId", "value", "\"..\""},
                        "tenantId must be a non-empty id that is not '.' or '..'; got \"..\""));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("cases")
    void fillsThePolicyFormats(String template, String[] values, String expected) {
        assertEquals(expected, Messages.format(template, Messages.values(values)));
    }
}
