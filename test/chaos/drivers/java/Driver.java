// The chaos run's Java column: steady traffic through the Java SDK (protocol in test/chaos/columns.ts),
// launched as a single source file on the SDK's compiled classes. Each iteration creates a memory,
// reads it back and records a usage metric, each named by the iteration so the store audit can count
// it; the SDK sends its own Idempotency-Keys.
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognitionos.CognitionOSClient;
import io.cognitionos.errors.CognitionOSException;
import io.cognitionos.errors.CognitionOSServiceException;
import io.cognitionos.errors.CognitionOSTimeoutException;
import io.cognitionos.models.Memory;
import io.cognitionos.models.MemoryCreateParams;
import io.cognitionos.models.MemoryScope;
import io.cognitionos.models.UsageRecordParams;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

public class Driver {
    static final ObjectMapper JSON = new ObjectMapper();

    static int env(String name) {
        return Integer.parseInt(System.getenv(name));
    }

    /** One SDK call, printed as one JSON line: what it was for, and how it ended as the caller saw it. */
    static Map<String, Object> call(String op, String key, Supplier<Map<String, Object>> run) throws Exception {
        long started = System.nanoTime();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("op", op);
        line.put("key", key);
        try {
            Map<String, Object> fields = run.get();
            line.put("ok", true);
            line.putAll(fields);
        } catch (CognitionOSException error) {
            line.put("ok", false);
            line.put("error", error.getClass().getSimpleName());
            line.put("status", error instanceof CognitionOSServiceException service ? service.statusCode() : null);
            line.put("timeout", error instanceof CognitionOSTimeoutException);
        }
        line.put("ms", (System.nanoTime() - started) / 1_000_000);
        System.out.println(JSON.writeValueAsString(line));
        return line;
    }

    public static void main(String[] args) throws Exception {
        CognitionOSClient client = CognitionOSClient.builder()
                .apiKey(System.getenv("COGNITIONOS_API_KEY"))
                .baseUrl(System.getenv("COGNITIONOS_BASE_URL"))
                .timeout(Duration.ofMillis(env("CHAOS_TIMEOUT_MS")))
                .maxRetries(env("CHAOS_MAX_RETRIES"))
                .build();
        String marker = System.getenv("CHAOS_MARKER");
        System.out.println("{\"ready\":true}");
        long endAt = Long.parseLong(new BufferedReader(new InputStreamReader(System.in)).readLine().trim());
        for (int i = 0; System.currentTimeMillis() < endAt && i < env("CHAOS_MAX_ITERATIONS"); i++) {
            String content = marker + " " + i;
            String[] id = new String[1];
            Map<String, Object> created = call("create", content, () -> {
                Memory memory = client.memories().create(MemoryCreateParams.builder().scope(MemoryScope.PRIVATE).content(content).build());
                id[0] = memory.id();
                return Map.of("id", memory.id());
            });
            if (Boolean.TRUE.equals(created.get("ok"))) {
                call("retrieve", content, () -> {
                    Memory memory = client.memories().retrieve(id[0]);
                    return Map.of("id", memory.id(), "mismatch", !content.equals(memory.content()));
                });
            }
            String metric = "chaos_" + marker + "_" + i;
            call("record", metric, () -> Map.of("id", client.usage().record(UsageRecordParams.builder().metric(metric).quantity(1).build()).id()));
            Thread.sleep(env("CHAOS_PAUSE_MS"));
        }
        System.exit(0);
    }
}
