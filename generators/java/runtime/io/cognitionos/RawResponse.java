package io.cognitionos;

import java.net.http.HttpHeaders;

/** A successful answer as it came: its status and headers, beside the decoded value (null when the answer has no body). */
public final class RawResponse<T> {
    private final int statusCode;
    private final HttpHeaders headers;
    private final T data;

    /** Built by the SDK. */
    public RawResponse(int statusCode, HttpHeaders headers, T data) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.data = data;
    }

    public int statusCode() {
        return statusCode;
    }

    public HttpHeaders headers() {
        return headers;
    }

    /** The decoded value, as the method without {@code withRawResponse()} answers it. */
    public T data() {
        return data;
    }

    @Override
    public String toString() {
        return "RawResponse{" + statusCode + ", " + data + "}";
    }
}
