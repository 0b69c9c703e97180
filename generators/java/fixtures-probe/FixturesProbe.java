// Runs what the fixture SDKs promise beyond compiling (generators/java/fixtures.test.ts): a body call
// with query parameters sends them in the URL and the rest as the body; an unknown enum value (string
// or integer) and an unknown union variant (with and without a discriminator) are kept. Fails with
// the first broken promise.
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

public final class FixturesProbe {
    private FixturesProbe() {}

    public static void main(String[] args) throws Exception {
        queryInTheUrlBodyInTheBody();
        openEnumsKeepUnknownValues();
        unionsKeepUnknownVariants();
        System.out.println("fixtures probe: ok");
    }

    private static void queryInTheUrlBodyInTheBody() throws Exception {
        List<String> seen = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery());
            seen.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"hits\":[\"a\"],\"took_ms\":1}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        try {
            fixtures.path_query_body.io.cognitionos.CognitionOSClient client = fixtures.path_query_body.io.cognitionos.CognitionOSClient.builder()
                    .apiKey("k").baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/api").maxRetries(0).build();
            fixtures.path_query_body.io.cognitionos.models.QueryResult result = client.indexes().query("idx_1",
                    fixtures.path_query_body.io.cognitionos.models.IndexesQueryParams.builder().text("hello").topK(3).explain(true).timeoutMs(50).build());
            expect(List.of("a").equals(result.hits()), "the answer is read: " + result);
            expect(List.of("POST /api/indexes/idx_1/query?explain=true&timeout_ms=50", "{\"text\":\"hello\",\"top_k\":3}").equals(seen), "query in the URL, body in the body: " + seen);
        } finally {
            server.stop(0);
        }
    }

    private static void openEnumsKeepUnknownValues() throws Exception {
        fixtures.open_enums.io.cognitionos.models.Job job = new fixtures.open_enums.io.cognitionos.models.Job(
                object("{\"id\":\"j\",\"priority\":\"urgent\",\"state\":\"done\",\"level\":9}"));
        expect("urgent".equals(job.priority().asString()), "unknown string value kept");
        expect(job.priority().value() == fixtures.open_enums.io.cognitionos.models.Priority.Value._UNKNOWN, "unknown string value is _UNKNOWN");
        expect(job.state() == fixtures.open_enums.io.cognitionos.models.JobState.DONE, "known value is its constant");
        expect(job.level().orElseThrow().asLong() == 9, "unknown integer value kept");
        expect(job.level().orElseThrow().value() == fixtures.open_enums.io.cognitionos.models.Level.Value._UNKNOWN, "unknown integer value is _UNKNOWN");
        expect(fixtures.open_enums.io.cognitionos.models.Level.of(2).value() == fixtures.open_enums.io.cognitionos.models.Level.Value.NUMBER_2, "known integer value");
        String sent = fixtures.open_enums.io.cognitionos.internal.Json.MAPPER.writeValueAsString(fixtures.open_enums.io.cognitionos.models.Level.NUMBER_2);
        expect("2".equals(sent), "an integer enum is sent as a number: " + sent);
    }

    private static void unionsKeepUnknownVariants() throws Exception {
        fixtures.union_plain.io.cognitionos.models.Cell cell = new fixtures.union_plain.io.cognitionos.models.Cell(object("{\"id\":\"c\",\"value\":{\"expression\":\"=A1\"}}"));
        expect(cell.value().isFormula() && "=A1".equals(cell.value().formula().orElseThrow().expression()), "object variant read");
        expect(!cell.value().isString() && !cell.value().isNumber(), "other variants do not match an object");
        fixtures.union_plain.io.cognitionos.models.Cell number = new fixtures.union_plain.io.cognitionos.models.Cell(object("{\"id\":\"c\",\"value\":2.5}"));
        expect(number.value().number().orElseThrow() == 2.5, "number variant read");
        fixtures.union_plain.io.cognitionos.models.Cell odd = new fixtures.union_plain.io.cognitionos.models.Cell(object("{\"id\":\"c\",\"value\":[true]}"));
        expect(!odd.value().isString() && !odd.value().isNumber() && !odd.value().isFormula(), "a value of another shape matches no variant");
        expect(List.of(true).equals(odd.value()._json()), "a value of another shape is kept: " + odd.value()._json());

        fixtures.union_discriminated.io.cognitionos.models.Drawing drawing = new fixtures.union_discriminated.io.cognitionos.models.Drawing(
                object("{\"id\":\"d\",\"shapes\":[{\"kind\":\"circle\",\"radius\":1},{\"kind\":\"triangle\",\"base\":2}]}"));
        fixtures.union_discriminated.io.cognitionos.models.Shape triangle = drawing.shapes().get(1);
        expect(drawing.shapes().get(0).circle().orElseThrow().radius() == 1, "known variant read");
        expect("triangle".equals(triangle.kind()) && !triangle.isCircle() && !triangle.isSquare(), "unknown variant named, matching none");
        expect(Integer.valueOf(2).equals(triangle._json().get("base")), "unknown variant kept whole: " + triangle._json());
    }

    private static ObjectNode object(String json) throws Exception {
        return (ObjectNode) fixtures.open_enums.io.cognitionos.internal.Json.MAPPER.readTree(json);
    }

    private static void expect(boolean holds, String promise) {
        if (!holds) throw new AssertionError("broken: " + promise);
    }
}
