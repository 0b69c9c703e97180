// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos;

import io.cognitionos.internal.ClientCore;
import io.cognitionos.internal.Construct;
import io.cognitionos.internal.Policy;
import io.cognitionos.errors.CognitionOSException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.cognitionos.services.HealthService;
import io.cognitionos.services.TenantsService;
import io.cognitionos.services.WorkflowsService;
import io.cognitionos.services.MemoriesService;
import io.cognitionos.services.UsageService;

/**
 * The CognitionOS API client. Thread-safe; build one and share it.
 *
 * <pre>{@code
 * CognitionOSClient client = CognitionOSClient.builder().apiKey("cog_...").build(); // or CognitionOSClient.fromEnv()
 * Tenant tenant = client.tenants().create(TenantCreateParams.builder().name("Acme").build());
 * }</pre>
 */
public final class CognitionOSClient {
    private final CognitionOSClientAsync async;
    private final HealthService health;
    private final TenantsService tenants;
    private final WorkflowsService workflows;
    private final MemoriesService memories;
    private final UsageService usage;

    private CognitionOSClient(ClientCore core) {
        this.async = new CognitionOSClientAsync(core);
        this.health = Construct.service(HealthService.class, core);
        this.tenants = Construct.service(TenantsService.class, core);
        this.workflows = Construct.service(WorkflowsService.class, core);
        this.memories = Construct.service(MemoriesService.class, core);
        this.usage = Construct.service(UsageService.class, core);
    }

    /**
     * A builder for a client.
     *
     * @return an empty builder; unset settings fall back to the environment, then to the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from COGNITIONOS_API_KEY and COGNITIONOS_BASE_URL alone.
     *
     * @return the client
     */
    public static CognitionOSClient fromEnv() {
        return builder().build();
    }

    /**
     * The same services, each method answering a CompletableFuture; same settings and connections.
     *
     * @return the asynchronous services
     */
    public CognitionOSClientAsync async() {
        return async;
    }

    /**
     * The health operations.
     *
     * @return that service
     */
    public HealthService health() {
        return health;
    }

    /**
     * The tenants operations.
     *
     * @return that service
     */
    public TenantsService tenants() {
        return tenants;
    }

    /**
     * The workflows operations.
     *
     * @return that service
     */
    public WorkflowsService workflows() {
        return workflows;
    }

    /**
     * The memories operations.
     *
     * @return that service
     */
    public MemoriesService memories() {
        return memories;
    }

    /**
     * The usage operations.
     *
     * @return that service
     */
    public UsageService usage() {
        return usage;
    }

    /** Settings left unset fall back to the environment (key, base URL), then to the policy's defaults. */
    public static final class Builder {
        private String apiKey;
        private String baseUrl;
        private int maxRetries = Policy.MAX_RETRIES;
        private Duration timeout = Duration.ofMillis(Policy.TIMEOUT_MS);
        private HttpClient httpClient;
        private ProxySelector proxy;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<Interceptor> interceptors = new ArrayList<>();
        private System.Logger logger;

        private Builder() {}

        /**
         * The API key, sent as {@code Authorization: Bearer &lt;key&gt;} (else COGNITIONOS_API_KEY).
         *
         * @param apiKey the key, {@code cog_...}
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * The API's root, {@code /api/v3} included, e.g. {@code http://localhost:8100/api/v3} (else COGNITIONOS_BASE_URL).
         *
         * @param baseUrl the root URL
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Retries of a transient failure per call (0 disables retrying).
         *
         * @param maxRetries the number of retries
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * The timeout of each attempt.
         *
         * @param timeout the timeout
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * Your own java.net.http client (proxy, executor, TLS); by default one with HTTP/1.1 keep-alive.
         *
         * @param httpClient the client every request goes through
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /**
         * A proxy for the default HttpClient (ignored when you give your own).
         *
         * @param proxy e.g. {@code ProxySelector.of(new InetSocketAddress("proxy", 3128))}
         * @return this builder
         */
        public Builder proxy(ProxySelector proxy) {
            this.proxy = proxy;
            return this;
        }

        /**
         * Middleware around each attempt; the first one added is outermost.
         *
         * @param interceptor the interceptor to add
         * @return this builder
         */
        public Builder interceptor(Interceptor interceptor) {
            interceptors.add(interceptor);
            return this;
        }

        /**
         * Logs one line per attempt at DEBUG (method, path, status, request id, attempt, elapsed; never headers or bodies).
         * COGNITIONOS_LOG=debug does so without one.
         *
         * @param logger where the lines go
         * @return this builder
         */
        public Builder logger(System.Logger logger) {
            this.logger = logger;
            return this;
        }

        /**
         * A header sent with every request.
         *
         * @param name the header name
         * @param value its value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /**
         * The client; throws CognitionOSException when no API key is given or in the environment.
         *
         * @return a thread-safe client to share
         */
        public CognitionOSClient build() {
            String key = apiKey != null ? apiKey : System.getenv(Policy.API_KEY_ENV);
            if (key == null || key.isEmpty()) {
                throw new CognitionOSException("No API key: call apiKey(...) on the builder or set " + Policy.API_KEY_ENV);
            }
            String url = baseUrl != null ? baseUrl : System.getenv(Policy.BASE_URL_ENV);
            HttpClient http = httpClient != null ? httpClient : defaultHttpClient();
            return new CognitionOSClient(new ClientCore(new ClientCore.ClientConfig(key, url == null || url.isEmpty() ? Policy.DEFAULT_BASE_URL : url, maxRetries, timeout, http, headers,
                    interceptors, logger)));
        }

        private HttpClient defaultHttpClient() {
            HttpClient.Builder http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
            if (proxy != null) http.proxy(proxy);
            return http.build();
        }
    }
}
