// Generated from generators/java/runtime/io/cognitionos/internal/Interception.java by generators/java. Do not edit: change that file.
package io.cognitionos.internal;

import io.cognitionos.Interceptor;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Sends one attempt through the caller's interceptors, the first one outermost, then the HttpClient. */
final class Interception {
    private Interception() {}

    static HttpResponse<byte[]> send(HttpClient http, List<Interceptor> interceptors, HttpRequest request) throws IOException, InterruptedException {
        return chain(http, interceptors, 0).proceed(request);
    }

    static CompletableFuture<HttpResponse<byte[]>> sendAsync(HttpClient http, List<Interceptor> interceptors, HttpRequest request) {
        return asyncChain(http, interceptors, 0).proceed(request);
    }

    private static Interceptor.Chain chain(HttpClient http, List<Interceptor> interceptors, int index) {
        if (index == interceptors.size()) return request -> http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return request -> interceptors.get(index).intercept(request, chain(http, interceptors, index + 1));
    }

    private static Interceptor.AsyncChain asyncChain(HttpClient http, List<Interceptor> interceptors, int index) {
        if (index == interceptors.size()) return request -> http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        return request -> {
            try {
                return interceptors.get(index).interceptAsync(request, asyncChain(http, interceptors, index + 1));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        };
    }
}
