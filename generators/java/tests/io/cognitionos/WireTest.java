package io.cognitionos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cognitionos.internal.ClientCore;
import io.cognitionos.internal.Json;
import io.cognitionos.internal.Wire;
import io.cognitionos.models.ApiKeyWithSecret;
import io.cognitionos.models.MemorySearchParams;
import io.cognitionos.models.MemorySearchResult;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where params travel (the services place each field as the spec does) and what a model's string form shows. */
class WireTest extends StubTest {
    private ClientCore core() {
        return new ClientCore(new ClientCore.ClientConfig(ClientTest.KEY, stub.baseUrl(), 0, Duration.ofSeconds(5), HttpClient.newHttpClient(), Map.of(), List.of(), null));
    }

    @Test
    void queryFieldsGoInTheUrlAndTheOthersInTheBody() {
        stub.then(StubServer.json(200, "{\"data\":[]}"));
        MemorySearchParams params = MemorySearchParams.builder().query("q").topK(3).build();
        MemorySearchResult result = core().call("POST", "/memories/search", "/memories/search", Wire.only(params, "top_k"), Wire.except(params, "top_k"), RequestOptions.none(),
                Json.model(MemorySearchResult::new));
        assertEquals(0, result.data().size());
        assertEquals("/api/v3/memories/search?top_k=3", stub.seen.get(0).rawPath);
        assertEquals("{\"query\":\"q\"}", stub.seen.get(0).body);
        assertEquals("q", params.query()); // the split copies: the params object is left whole
    }

    @Test
    void paramsWhollyInTheUrlSendNoBody() {
        stub.then(StubServer.json(200, "{\"data\":[]}"));
        MemorySearchParams params = MemorySearchParams.builder().query("q").build();
        core().call("GET", "/memories/search", "/memories/search", Wire.all(params), null, RequestOptions.none(), Json.model(MemorySearchResult::new));
        assertEquals("/api/v3/memories/search?query=q", stub.seen.get(0).rawPath);
        assertEquals("", stub.seen.get(0).body);
    }

    @Test
    void aSecretIsRedactedInTheStringFormOnly() {
        ApiKeyWithSecret key = new ApiKeyWithSecret(Json.object().put("id", "key_1").put("secret", "cog_live_abc"));
        assertFalse(key.toString().contains("cog_live_abc"), key.toString());
        assertTrue(key.toString().contains("[redacted]"), key.toString());
        assertEquals("cog_live_abc", key.secret());
        assertEquals("cog_live_abc", key._json().get("secret"));
    }
}
