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
        /**
         * Sends the request on: to the next interceptor, or to the HttpClient.
         *
         * @param request the request to send (the one given, or a replacement)
         * @return the response
         * @throws IOException when sending fails
         * @throws InterruptedException when the thread is interrupted while waiting
         */
        HttpResponse<byte[]> proceed(HttpRequest request) throws IOException, InterruptedException;
    }

    /** The rest of the chain for an asynchronous call. */
    interface AsyncChain {
        /**
         * Sends the request on without blocking.
         *
         * @param request the request to send (the one given, or a replacement)
         * @return a future of the response
         */
        CompletableFuture<HttpResponse<byte[]>> proceed(HttpRequest request);
    }

    /**
     * Wraps one attempt of a blocking call.
     *
     * @param request the attempt's request
     * @param chain the rest of the chain: {@code chain.proceed(request)} sends it
     * @return the response (from the chain, or one of your own)
     * @throws IOException when sending fails
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    HttpResponse<byte[]> intercept(HttpRequest request, Chain chain) throws IOException, InterruptedException;

    /**
     * Wraps one attempt of a {@code client.async()} call; by default passes the request on unchanged.
     *
     * @param request the attempt's request
     * @param chain the rest of the chain: {@code chain.proceed(request)} sends it
     * @return a future of the response
     */
    default CompletableFuture<HttpResponse<byte[]>> interceptAsync(HttpRequest request, AsyncChain chain) {
        return chain.proceed(request);
    }
}
