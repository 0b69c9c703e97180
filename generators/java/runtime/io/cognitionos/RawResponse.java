package io.cognitionos;

import java.net.http.HttpHeaders;

/**
 * A successful answer as it came: its status and headers, beside the decoded value (null when the answer has no body).
 *
 * @param <T> the decoded value's type
 */
public final class RawResponse<T> {
    private final int statusCode;
    private final HttpHeaders headers;
    private final T data;

    /**
     * Built by the SDK.
     *
     * @param statusCode the answer's HTTP status
     * @param headers the answer's headers
     * @param data the decoded value, or null
     */
    public RawResponse(int statusCode, HttpHeaders headers, T data) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.data = data;
    }

    /**
     * The answer's status.
     *
     * @return the HTTP status (2xx)
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The answer's headers (X-Request-Id, CognitionOS-Spec-Version, ...).
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * The decoded value, as the method without {@code withRawResponse()} answers it.
     *
     * @return the value; null for a call that answers nothing
     */
    public T data() {
        return data;
    }

    @Override
    public String toString() {
        return "RawResponse{" + statusCode + ", " + data + "}";
    }
}
