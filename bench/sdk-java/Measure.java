// Requests per second for GET one tenant: raw java.net.http.HttpClient + Jackson against the SDK, on
// one server, keep-alive. Run by run.ts with the server's base URL and admin key (single-file source
// launch, the SDK's classes and Jackson on the class path); prints one JSON line. Rounds alternate
// raw / SDK so that drift of the machine hits both alike; a long warm-up lets the JIT finish first.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognitionos.CognitionOSClient;
import io.cognitionos.models.TenantCreateParams;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

public class Measure {
    static final int ROUNDS = 15;
    static final long ROUND_NANOS = 600_000_000L;
    static final long WARM_UP_NANOS = 4_000_000_000L;

    static double perSecond(Callable<Object> call, long nanos) throws Exception {
        long started = System.nanoTime();
        long done = 0;
        while (System.nanoTime() - started < nanos) {
            call.call();
            done++;
        }
        return done / ((System.nanoTime() - started) / 1e9);
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String adminKey = args[1];
        CognitionOSClient client = CognitionOSClient.builder().apiKey(adminKey).baseUrl(baseUrl).maxRetries(0).build();
        String tenantId = client.tenants().create(TenantCreateParams.builder().name("bench").build()).id();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ObjectMapper mapper = new ObjectMapper();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/tenants/" + tenantId))
                .header("Authorization", "Bearer " + adminKey).header("Accept", "application/json").build();
        Map<String, Callable<Object>> cases = new LinkedHashMap<>();
        cases.put("raw", () -> {
            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) throw new IllegalStateException("status " + answer.statusCode());
            JsonNode tenant = mapper.readTree(answer.body());
            return tenant.get("id").asText();
        });
        cases.put("sdk", () -> client.tenants().retrieve(tenantId).id());
        for (Callable<Object> call : cases.values()) perSecond(call, WARM_UP_NANOS);
        Map<String, List<Double>> rounds = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Callable<Object>> entry : cases.entrySet()) {
                rounds.computeIfAbsent(entry.getKey(), name -> new ArrayList<>()).add(perSecond(entry.getValue(), ROUND_NANOS));
            }
        }
        System.out.println(mapper.writeValueAsString(Map.of("rounds", rounds, "java", System.getProperty("java.version"))));
    }
}
