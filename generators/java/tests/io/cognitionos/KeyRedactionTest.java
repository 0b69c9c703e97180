package io.cognitionos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cognitionos.errors.AuthenticationException;
import org.junit.jupiter.api.Test;

/** An error message cuts the caller's exact key out, and keeps every word the server wrote. */
class KeyRedactionTest extends StubTest {
    private static final String MALFORMED = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Malformed Authorization header: expected Bearer cog_...\"}";

    private AuthenticationException failWith(String key, String body) {
        stub.then(StubServer.json(401, body));
        return assertThrows(AuthenticationException.class, () -> stub.client().apiKey(key).build().tenants().retrieve("ten_1"));
    }

    @Test
    void theDocsPlaceholderAsAKeyKeepsTheServersHint() {
        AuthenticationException error = failWith("cog_...", MALFORMED);
        assertEquals("GET /tenants/{tenant_id}: 401 Unauthorized: Malformed Authorization header: expected Bearer cog_...", error.getMessage());
        assertEquals("Malformed Authorization header: expected Bearer cog_...", error.problem().orElseThrow().detail());
    }

    @Test
    void aKeyTheServerEchoesIsCutAndItsOtherWordsStay() {
        String echoed = "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"expected Bearer cog_..., got Bearer " + ClientTest.KEY + "\"}";
        AuthenticationException error = failWith(ClientTest.KEY, echoed);
        assertEquals("GET /tenants/{tenant_id}: 401 Unauthorized: expected Bearer cog_..., got Bearer [redacted]", error.getMessage());
        assertEquals("expected Bearer cog_..., got Bearer [redacted]", error.problem().orElseThrow().detail());
    }
}
