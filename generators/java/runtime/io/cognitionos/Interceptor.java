package io.cognitionos;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Middleware around each attempt of a call (a retried call passes through once per attempt): see or
 * replace the request, time it, see the response, or answer without sending. Blocking calls go
 * through {@link #intercept}, {@code client.async()} calls through {@link #interceptAsync}, which by
 * default passes the request on unchanged; override both to act on both.
 */
public interface Interceptor {
    /** The rest of the chain, ending in the HttpClient. */
    interface Chain {
        HttpResponse<byte[]> proceed(HttpRequest request) throws IOException, InterruptedException;
    }

    /** The rest of the chain for an asynchronous call. */
    interface AsyncChain {
        CompletableFuture<HttpResponse<byte[]>> proceed(HttpRequest request);
    }

    HttpResponse<byte[]> intercept(HttpRequest request, Chain chain) throws IOException, InterruptedException;

    default CompletableFuture<HttpResponse<byte[]>> interceptAsync(HttpRequest request, AsyncChain chain) {
        return chain.proceed(request);
    }
}
